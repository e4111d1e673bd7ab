// Evidence files kept inside the casefile. Each file is stored once under its SHA-256 and
// checked against it whenever it is read back, so a damaged file is reported, never returned.
import { createHash } from 'node:crypto';
import type { AttachmentData } from '../../../shared/interchange/schema.ts';
import type { Db } from './open.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes base64 strictly: anything that does not re-encode to the same text is refused. */
export function decodeBase64(data: string): Buffer | undefined {
  const bytes = Buffer.from(data, 'base64');
  return bytes.toString('base64') === data.replace(/\s+/g, '') ? bytes : undefined;
}

export function storeBlob(db: Db, bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  db.prepare('INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(sha256, bytes.length, bytes);
  return sha256;
}

export function writeAttachmentRow(db: Db, evidenceId: string, a: AttachmentData): void {
  db.prepare(
    'INSERT INTO attachments (evidence_id, file_name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (evidence_id) DO UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type, size = excluded.size, sha256 = excluded.sha256',
  ).run(evidenceId, a.fileName, a.mediaType, a.size, a.sha256);
}

/** Drops file contents no evidence item refers to any more. */
export function collectUnusedBlobs(db: Db): void {
  db.prepare('DELETE FROM attachment_blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)').run();
}

interface AttachmentRow { evidence_id: string; file_name: string; media_type: string; size: number; sha256: string; data: Buffer | null }

/** Every attachment's metadata, and its content when asked for (NULL when the file itself is not held). */
export function readAttachmentRows(db: Db, withData: boolean): Map<string, AttachmentRow> {
  const rows = db.prepare(
    `SELECT a.evidence_id, a.file_name, a.media_type, a.size, a.sha256, ${withData ? 'b.data' : 'NULL'} AS data
     FROM attachments a ${withData ? 'LEFT JOIN attachment_blobs b ON b.sha256 = a.sha256' : ''}`,
  ).all() as AttachmentRow[];
  return new Map(rows.map((r) => [r.evidence_id, r]));
}

export function toAttachmentData(row: AttachmentRow): AttachmentData {
  return {
    fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.sha256,
    ...(row.data ? { data: row.data.toString('base64') } : {}),
  };
}
