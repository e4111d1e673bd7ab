// Evidence files kept inside the casefile come back byte for byte, are checked against their
// SHA-256 on every read, and a file whose content no longer matches is reported, not returned.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, DamagedCasefileError, InvalidCaseError, openCasefile, RecordNotFoundError } from '../../../electron/core/casefile/index.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const everyByte = () => Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(1_000_000), Buffer.alloc(1000)]);

describe('attachments', () => {
  it('come back byte for byte, after reopening and in an export with attachments', () => {
    const path = join(tempDir(), 'files.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    const bytes = everyByte();
    const meta = casefile.putAttachment('e-4', bytes, 'assessment.pdf', 'application/pdf');
    expect(meta).toEqual({ fileName: 'assessment.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    casefile.close();

    const reopened = openCasefile(path, 'pw');
    expect(reopened.readAttachment('e-4').equals(bytes)).toBe(true);
    const exported = reopened.readCase({ withAttachments: true }).evidence!.find((e) => e.id === 'e-4')!;
    expect(exported.attachment).toEqual({ ...meta, data: bytes.toString('base64') });
    expect(reopened.readCase().evidence!.find((e) => e.id === 'e-4')!.attachment).toEqual(meta);
    expect(reopened.info().attachments).toBe(1);
    expect(reopened.auditTrail(10).some((a) => a.action === 'attach' && a.recordId === 'e-4')).toBe(true);
    reopened.close();
  });

  it('are removed with their evidence item, or when the item is saved without one', () => {
    const casefile = createCasefile(join(tempDir(), 'gone.casefile'), 'pw', sampleCase());
    casefile.putAttachment('e-1', Buffer.from('one'), 'one.txt', 'text/plain');
    casefile.upsert('evidence', sampleCase().evidence![0]!);
    expect(() => casefile.readAttachment('e-1')).toThrow(RecordNotFoundError);
    expect(casefile.info().attachments).toBe(0);
    casefile.close();
  });

  it('refuse data that does not match its size or SHA-256', () => {
    const casefile = createCasefile(join(tempDir(), 'bad.casefile'), 'pw', sampleCase());
    const data = Buffer.from('the real content');
    const attachment = { fileName: 'a.txt', mediaType: 'text/plain', size: data.length, sha256: '0'.repeat(64), data: data.toString('base64') };
    expect(() => casefile.upsert('evidence', { ...sampleCase().evidence![0]!, attachment })).toThrow(InvalidCaseError);
    expect(() => casefile.upsert('evidence', { ...sampleCase().evidence![0]!, attachment })).toThrow('evidence["e-1"].attachment.sha256: does not match the data');
    const c = sampleCase();
    c.evidence![0]!.attachment = { ...attachment, size: 3 };
    expect(() => casefile.replaceCase(c)).toThrow('evidence[0].attachment.size: is 3 but the data is 16 bytes');
    casefile.close();
  });

  it('imported without their content are listed but say that the file is not held', () => {
    const c = sampleCase();
    c.evidence![0]!.attachment = { fileName: 'a.txt', mediaType: 'text/plain', size: 5, sha256: 'a'.repeat(64) };
    const casefile = createCasefile(join(tempDir(), 'meta-only.casefile'), 'pw', c);
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(c);
    expect(() => casefile.readAttachment('e-1')).toThrow(ImpartialError);
    expect(() => casefile.readAttachment('e-1')).toThrow('is not held in this casefile');
    casefile.close();
  });

  it('whose stored content was altered are reported as damage by readAttachment, export and verify', () => {
    const path = join(tempDir(), 'altered.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    casefile.putAttachment('e-2', Buffer.from('original review record'), 'r.txt', 'text/plain');
    casefile.close();
    // Alter the content behind the store's back (with the key, so the page HMACs stay valid).
    const db = new Database(path);
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(Buffer.from('pw'));
    db.prepare('UPDATE attachment_blobs SET data = ?').run(Buffer.from('altered review record!'));
    db.close();

    const reopened = openCasefile(path, 'pw');
    expect(() => reopened.readAttachment('e-2')).toThrow(DamagedCasefileError);
    expect(() => reopened.readCase({ withAttachments: true })).toThrow('the attachment of evidence "e-2" does not match its SHA-256');
    expect(reopened.verify()).toEqual({ ok: false, problems: ['the attachment of evidence "e-2" does not match its SHA-256'] });
    reopened.close();
  });
});
