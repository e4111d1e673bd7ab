// Checks the HMAC of every page of a SQLCipher 4 file in Node, independently of SQLite.
// SQLite3 Multiple Ciphers has no `PRAGMA cipher_integrity_check`, and reports a failed page
// 1 as "file is not a database", exactly as it reports a wrong passphrase. Reading the pages
// ourselves tells the two apart (a wrong passphrase fails every page, damage fails some) and
// lets verify find damage in pages SQLite never reads (free pages, unused space). The journal
// check (journal-check.ts) uses the same keys and page test on the pages held in the -wal.
//
// SQLCipher 4 defaults (legacy=4): 4096-byte pages; the first 16 bytes of the file are the
// KDF salt; key = PBKDF2-HMAC-SHA512(passphrase, salt, 256000, 32 bytes); HMAC key =
// PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2, 32 bytes); every page ends with a 16-byte IV and
// a 64-byte HMAC-SHA512 over the page's ciphertext and IV followed by its page number (4
// bytes, little endian). Page 1's ciphertext starts after the salt.
import { createHmac, pbkdf2, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const PAGE_SIZE = 4096;
export const SALT_SIZE = 16;
const HMAC = 64;
const KDF_ITERATIONS = 256_000;

export interface PageCheck {
  pages: number;
  badPages: number[];
}

/** What opening a casefile needs, derived once: SQLite is handed `key` raw, so it runs no KDF of its own. */
export interface CipherKeys {
  key: Buffer;
  salt: Buffer;
  hmacKey: Buffer;
}

// SQLCipher reads a passphrase of the form x'<64 hex digits>' as the raw key, and x'<96 hex
// digits>' as the raw key followed by the salt; the same rule here keeps Node and SQLite agreed.
const RAW_KEY = /^x'([0-9a-f]{64})([0-9a-f]{32})?'$/i;

/** The salt the key is made with, and the key itself when the passphrase is a raw key. */
function keyInputs(passphrase: Buffer, salt: Buffer): { keySalt: Buffer; rawKey?: Buffer } {
  const raw = RAW_KEY.exec(passphrase.toString('latin1'));
  const keySalt = raw?.[2] ? Buffer.from(raw[2], 'hex') : Buffer.from(salt);
  return raw ? { keySalt, rawKey: Buffer.from(raw[1]!, 'hex') } : { keySalt };
}

function keysFrom(key: Buffer, keySalt: Buffer): CipherKeys {
  const hmacSalt = Buffer.from(keySalt.map((b) => b ^ 0x3a));
  return { key, salt: keySalt, hmacKey: pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512') };
}

/** The keys of a file whose first 16 bytes are `salt`; the slow step (PBKDF2, 256,000 rounds) runs here, once. */
export function deriveKeys(passphrase: Buffer, salt: Buffer): CipherKeys {
  const { keySalt, rawKey } = keyInputs(passphrase, salt);
  return keysFrom(rawKey ?? pbkdf2Sync(passphrase, keySalt, KDF_ITERATIONS, 32, 'sha512'), keySalt);
}

/**
 * deriveKeys, the same rounds, with the slow step on Node's thread pool: the main thread is
 * free meanwhile for work that does not need the casefile (a command loading what it will use).
 */
export async function deriveKeysAsync(passphrase: Buffer, salt: Buffer): Promise<CipherKeys> {
  const { keySalt, rawKey } = keyInputs(passphrase, salt);
  const key = rawKey ?? await new Promise<Buffer>((resolve, reject) => {
    pbkdf2(passphrase, keySalt, KDF_ITERATIONS, 32, 'sha512', (error, derived) => (error ? reject(error) : resolve(derived)));
  });
  return keysFrom(key, keySalt);
}

/** The keys as SQLite3 Multiple Ciphers takes a raw key: x'<key><salt>'. */
export function rawKeyForSqlite(keys: CipherKeys): Buffer {
  return Buffer.from(`x'${keys.key.toString('hex')}${keys.salt.toString('hex')}'`, 'latin1');
}

/** A page as written under these keys: its HMAC matches, and page 1 carries the salt the keys were made from. */
export function pageIsAuthentic(page: Buffer, pageNumber: number, keys: CipherKeys): boolean {
  if (pageNumber === 1 && !page.subarray(0, SALT_SIZE).equals(keys.salt)) return false;
  const start = pageNumber === 1 ? SALT_SIZE : 0;
  const pgno = Buffer.alloc(4);
  pgno.writeUInt32LE(pageNumber);
  const mac = createHmac('sha512', keys.hmacKey).update(page.subarray(start, PAGE_SIZE - HMAC)).update(pgno).digest();
  return mac.equals(page.subarray(PAGE_SIZE - HMAC, PAGE_SIZE));
}

/**
 * Checks pages of the file at `path` with `passphrase` (or keys already derived). `limit`
 * stops after that many pages (a diagnosis needs only a few); without it every page is checked.
 */
export function checkPages(path: string, passphrase: Buffer | CipherKeys, limit = Infinity): PageCheck {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const pages = Math.floor(size / PAGE_SIZE);
    const page = Buffer.alloc(PAGE_SIZE);
    readSync(fd, page, 0, PAGE_SIZE, 0);
    const keys = Buffer.isBuffer(passphrase) ? deriveKeys(passphrase, page.subarray(0, SALT_SIZE)) : passphrase;
    const badPages: number[] = [];
    const last = Math.min(pages, limit);
    for (let n = 1; n <= last; n++) {
      if (n > 1) readSync(fd, page, 0, PAGE_SIZE, (n - 1) * PAGE_SIZE);
      if (!pageIsAuthentic(page, n, keys)) badPages.push(n);
    }
    return { pages: last, badPages };
  } finally {
    closeSync(fd);
  }
}
