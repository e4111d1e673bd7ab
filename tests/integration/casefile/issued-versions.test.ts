// Issued versions in the casefile store (electron/core/casefile/issued.ts): the migration to issued versions takes
// whatever a version 1 table held, numbering per kind; an issue is kept with its audit row
// in one transaction, numbered after the kind's latest, and read back checked against its
// SHA-256; verify reports a damaged copy.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { openDatabase } from '../../../electron/core/casefile/open.ts';
import { sha256Hex } from '../../../electron/core/casefile/attachments.ts';
import { removeTempDirs, root, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const V1 = { file: 'v1.casefile', passphrase: 'v1 fixture: correct horse battery staple' };
const PASSPHRASE = 'issued versions test';

describe('the issued-versions migration on a casefile of schema 1', () => {
  it('keeps what the old table held: versions per kind in the order issued, the date from the time issued, no drafts', () => {
    const path = join(tempDir(), V1.file);
    copyFileSync(join(root, 'tests/fixtures', V1.file), path);
    const db = openDatabase(path, V1.passphrase);
    const insert = db.prepare('INSERT INTO issued_documents (kind, version, format, issued_at, named, draft, file_name, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const bytes = (s: string) => Buffer.from(s);
    insert.run('io-report', 1, 'pdf', '2025-01-02T10:00:00.000Z', 0, 0, 'io.pdf', sha256Hex(bytes('a')), bytes('a'));
    insert.run('io-report', 1, 'docx', '2025-01-02T10:01:00.000Z', 0, 0, 'io.docx', sha256Hex(bytes('bb')), bytes('bb'));
    insert.run('io-report', 2, 'pdf', '2025-01-01T09:00:00.000Z', 0, 1, 'draft.pdf', sha256Hex(bytes('c')), bytes('c'));
    insert.run('statement', 3, 'pdf', '2024-11-04T12:00:00.000Z', 1, 0, 's.pdf', sha256Hex(bytes('d')), bytes('d'));
    db.close();

    const casefile = openCasefile(path, V1.passphrase);
    try {
      expect(casefile.issuedVersions().map((d) => [d.kind, d.version, d.format, d.date, d.named, d.size, d.fileName])).toEqual([
        ['io-report', 1, 'pdf', '2025-01-02', false, 1, 'io.pdf'],
        ['io-report', 2, 'docx', '2025-01-02', false, 2, 'io.docx'],
        ['statement', 1, 'pdf', '2024-11-04', true, 1, 's.pdf'],
      ]);
      expect(casefile.readIssuedDocument('io-report', 2).toString()).toBe('bb');
      expect(casefile.verify().problems).toEqual([]);
    } finally {
      casefile.close();
    }
  });
});

describe('an issued version', () => {
  const newCasefile = () => {
    const path = join(tempDir(), 'issued.casefile');
    createCasefile(path, PASSPHRASE, sampleCase()).close();
    return path;
  };
  const entry = (version: number) => ({ kind: 'ip-report' as const, version, date: '2025-01-03', format: 'pdf' as const, named: false, fileName: 'ip.pdf' });

  it('is numbered after the latest of its kind, or refused and nothing kept', () => {
    const path = newCasefile();
    const casefile = openCasefile(path, PASSPHRASE);
    try {
      const first = casefile.recordIssue(entry(1), Buffer.from('%PDF-1 first'));
      expect(first).toMatchObject({ kind: 'ip-report', version: 1, size: 12, sha256: sha256Hex(Buffer.from('%PDF-1 first')) });
      const rows = casefile.auditTrail(1000).length;
      expect(() => casefile.recordIssue(entry(1), Buffer.from('again'))).toThrow('version 1 of the IP report was issued meanwhile: issue it again to make version 2');
      expect(() => casefile.recordIssue(entry(3), Buffer.from('skipped'))).toThrow('issue it again to make version 2');
      expect(casefile.issuedVersions()).toHaveLength(1);
      expect(casefile.auditTrail(1000)).toHaveLength(rows);
      casefile.recordIssue({ ...entry(2), format: 'docx' }, Buffer.from('second'));
      expect(casefile.issuedVersions().map((d) => d.version)).toEqual([1, 2]);
      expect(casefile.auditTrail(1)[0]).toMatchObject({ action: 'issue', collection: 'issued', recordId: 'ip-report/2' });
    } finally {
      casefile.close();
    }
  });

  it('is read back only when its bytes match their SHA-256; verify reports one that does not', () => {
    const path = newCasefile();
    const casefile = openCasefile(path, PASSPHRASE);
    casefile.recordIssue(entry(1), Buffer.from('%PDF-1 the issued bytes'));
    casefile.close();
    // Damage the stored copy behind the store's back (the page HMAC stays valid: SQLite wrote it).
    const db = openDatabase(path, PASSPHRASE);
    db.prepare("UPDATE issued_documents SET data = CAST('%PDF-1 the issued bytez' AS BLOB)").run();
    db.close();
    const reopened = openCasefile(path, PASSPHRASE);
    try {
      expect(() => reopened.readIssuedDocument('ip-report', 1)).toThrow('the file of IP report, version 1, issued 3 January 2025, PDF does not match its SHA-256');
      expect(() => reopened.readCase({ withAttachments: true })).toThrow('does not match its SHA-256');
      expect(reopened.verify().problems).toContain('the file of IP report, version 1, issued 3 January 2025, PDF does not match its SHA-256');
    } finally {
      reopened.close();
    }
  });
});
