// The casefile is standard SQLCipher 4 (docs/contracts/design.md section 2), not something only our driver
// reads: decrypt it here with Node's own crypto from the published format (PBKDF2-HMAC-SHA512
// with 256,000 iterations, AES-256-CBC per 4096-byte page, 16-byte IV and 64-byte HMAC
// reserved at the end of each page, the salt in the file's first 16 bytes), and open the
// result as a plain SQLite database.
import Database from 'better-sqlite3-multiple-ciphers';
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const PAGE = 4096;
const RESERVED = 80;

function decryptSqlcipher4(file: Buffer, passphrase: string): Buffer {
  const salt = file.subarray(0, 16);
  const key = pbkdf2Sync(passphrase, salt, 256_000, 32, 'sha512');
  const out = Buffer.alloc(file.length);
  for (let offset = 0; offset < file.length; offset += PAGE) {
    const page = file.subarray(offset, offset + PAGE);
    const start = offset === 0 ? 16 : 0;
    const iv = page.subarray(PAGE - RESERVED, PAGE - RESERVED + 16);
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(page.subarray(start, PAGE - RESERVED)), decipher.final()]);
    if (offset === 0) Buffer.from('SQLite format 3\0', 'latin1').copy(out, 0);
    plain.copy(out, offset + start);
    page.copy(out, offset + PAGE - RESERVED, PAGE - RESERVED);
  }
  return out;
}

describe('the casefile format', () => {
  it('is SQLCipher 4: decrypted from the published scheme, it is an ordinary SQLite database holding the case', () => {
    const dir = tempDir();
    const path = join(dir, 'format.casefile');
    createCasefile(path, 'open sesame', sampleCase()).close();

    const plain = decryptSqlcipher4(readFileSync(path), 'open sesame');
    expect(plain.readUInt16BE(16)).toBe(PAGE); // page size, from the decrypted header
    expect(plain[20]).toBe(RESERVED); // bytes reserved per page for the IV and HMAC
    const plainPath = join(dir, 'decrypted.sqlite');
    writeFileSync(plainPath, plain);
    const db = new Database(plainPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT title FROM case_header').pluck().get()).toBe(sampleCase().case.title);
    expect(db.prepare('SELECT number FROM points ORDER BY position').pluck().all()).toEqual(['1', '2', '3', '4', '5']);
    db.close();
  });

  it('decrypts to nothing readable with another passphrase', () => {
    const path = join(tempDir(), 'other.casefile');
    createCasefile(path, 'open sesame', sampleCase()).close();
    const plain = decryptSqlcipher4(readFileSync(path), 'close sesame');
    expect(plain.readUInt16BE(16)).not.toBe(PAGE);
  });

  it('has a salt of its own: two casefiles made with one passphrase never share a key', () => {
    const dir = tempDir();
    const salts = ['one.casefile', 'two.casefile'].map((name) => {
      createCasefile(join(dir, name), 'open sesame', sampleCase()).close();
      return readFileSync(join(dir, name)).subarray(0, 16);
    });
    expect(salts[0]!.equals(salts[1]!)).toBe(false);
    expect(salts[0]!.equals(Buffer.alloc(16))).toBe(false);
  });
});
