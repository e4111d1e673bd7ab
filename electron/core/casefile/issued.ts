// Issued versions kept in the casefile (issue 11, item 3): each the exact bytes of a document
// as issued, with their SHA-256, numbered per kind. Written once, by issuing, in the same
// transaction as its audit row; never changed. Read back checked against the SHA-256, so a
// damaged copy is reported, never handed out.
import { ImpartialError } from '../../../shared/errors.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/case-model/documents.ts';
import { describeIssued } from '../../../shared/documents/issue.ts';
import { DOCUMENT_NAMES } from '../../../shared/documents/names.ts';
import type { IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import { decodeBase64, sha256Hex } from './attachments.ts';
import type { Db } from './open.ts';

/** The meta key recording that the case's `issued` list was present (perhaps empty) when written. */
export const ISSUED_PRESENT = 'present.issued';

interface Row {
  kind: string; version: number; format: string; date: string; issued_at: string; named: number;
  file_name: string; size: number; sha256: string; data?: Buffer | null;
}

const toData = (r: Row, withData: boolean): IssuedDocumentData => ({
  kind: r.kind as DocumentKind,
  version: r.version,
  date: r.date,
  format: r.format as DocumentFormat,
  named: r.named === 1,
  fileName: r.file_name,
  issuedAt: r.issued_at,
  size: r.size,
  sha256: r.sha256,
  ...(withData && r.data ? { data: r.data.toString('base64') } : {}),
});

/** Every issued version in the order issued; with their bytes (base64) when asked and held. */
export function readIssued(db: Db, options: { withData?: boolean; onBadData?: (d: IssuedDocumentData) => never } = {}): IssuedDocumentData[] {
  const withData = options.withData ?? false;
  const rows = db.prepare(`SELECT kind, version, format, date, issued_at, named, file_name, size, sha256${withData ? ', data' : ''} FROM issued_documents ORDER BY id`).all() as Row[];
  return rows.map((r) => {
    if (withData && r.data && (r.data.length !== r.size || sha256Hex(r.data) !== r.sha256)) options.onBadData?.(toData(r, false));
    return toData(r, withData);
  });
}

export function issuedListPresent(db: Db): boolean {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(ISSUED_PRESENT) === '1'
    || db.prepare('SELECT 1 FROM issued_documents LIMIT 1').get() !== undefined;
}

/** Adds one issued version; `entry.version` must be the kind's next one. Run inside the caller's transaction. */
export function insertIssued(db: Db, entry: Omit<IssuedDocumentData, 'data'>, bytes: Uint8Array | undefined): void {
  const latest = db.prepare('SELECT max(version) FROM issued_documents WHERE kind = ?').pluck().get(entry.kind) as number | null;
  if (entry.version !== (latest ?? 0) + 1) {
    throw new ImpartialError('issued-meanwhile', `version ${latest} of the ${DOCUMENT_NAMES[entry.kind]} was issued meanwhile: issue it again to make version ${(latest ?? 0) + 1}`);
  }
  db.prepare('INSERT INTO issued_documents (kind, version, format, date, issued_at, named, file_name, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(entry.kind, entry.version, entry.format, entry.date, entry.issuedAt, entry.named ? 1 : 0, entry.fileName, entry.size, entry.sha256, bytes ?? null);
  db.prepare("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(ISSUED_PRESENT);
}

/**
 * Replaces every issued version with `list` (an import). An entry that comes without its bytes
 * keeps the bytes this casefile already holds for the same SHA-256, as evidence files do.
 */
export function replaceIssued(db: Db, list: readonly IssuedDocumentData[] | undefined): void {
  const held = new Map<string, Buffer>();
  for (const r of db.prepare('SELECT sha256, data FROM issued_documents WHERE data IS NOT NULL').all() as Array<{ sha256: string; data: Buffer }>) held.set(r.sha256, r.data);
  db.prepare('DELETE FROM issued_documents').run();
  const insert = db.prepare('INSERT INTO issued_documents (kind, version, format, date, issued_at, named, file_name, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const d of list ?? []) {
    const bytes = d.data !== undefined ? decodeBase64(d.data) : held.get(d.sha256);
    insert.run(d.kind, d.version, d.format, d.date, d.issuedAt, d.named ? 1 : 0, d.fileName, d.size, d.sha256, bytes ?? null);
  }
  db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(ISSUED_PRESENT, list === undefined ? '0' : '1');
}

/** The bytes of one issued version, checked against its SHA-256. */
export function readIssuedBytes(db: Db, kind: DocumentKind, version: number, damaged: (what: string) => Error): Buffer {
  const row = db.prepare('SELECT kind, version, format, date, size, sha256, data FROM issued_documents WHERE kind = ? AND version = ?').get(kind, version) as Row | undefined;
  if (!row) throw new ImpartialError('not-found', `no version ${version} of the ${DOCUMENT_NAMES[kind]} has been issued`);
  const what = describeIssued({ kind, version, date: row.date, format: row.format as DocumentFormat });
  if (!row.data) throw new ImpartialError('issued-not-held', `the file of ${what} is not held in this casefile (it was imported without its content); its SHA-256 still identifies it`);
  if (row.data.length !== row.size || sha256Hex(row.data) !== row.sha256) throw damaged(`the file of ${what} does not match its SHA-256`);
  return row.data;
}

/** Problems with issued versions' bytes, one line each (for verify). */
export function checkIssued(db: Db): string[] {
  const rows = db.prepare('SELECT kind, version, format, date, size, sha256, data FROM issued_documents WHERE data IS NOT NULL').all() as Row[];
  return rows.filter((r) => r.data!.length !== r.size || sha256Hex(r.data!) !== r.sha256)
    .map((r) => `the file of ${describeIssued({ kind: r.kind as DocumentKind, version: r.version, date: r.date, format: r.format as DocumentFormat })} does not match its SHA-256`);
}
