// The audit trail: one row per write, in the same transaction as the write it records, so
// that the trail and the data can never disagree.
import type { Db } from './open.ts';

export interface AuditEntry {
  at: string;
  action: string;
  collection?: string;
  recordId?: string;
  summary: string;
}

export function audit(db: Db, entry: Omit<AuditEntry, 'at'>): string {
  const at = new Date().toISOString();
  db.prepare('INSERT INTO audit_trail (at, action, collection, record_id, summary) VALUES (?, ?, ?, ?, ?)')
    .run(at, entry.action, entry.collection ?? null, entry.recordId ?? null, entry.summary);
  db.prepare("INSERT INTO meta (key, value) VALUES ('modified_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(at);
  return at;
}

export function readAuditTrail(db: Db, limit = 100): AuditEntry[] {
  const rows = db.prepare('SELECT at, action, collection, record_id, summary FROM audit_trail ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{ at: string; action: string; collection: string | null; record_id: string | null; summary: string }>;
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    ...(r.collection !== null ? { collection: r.collection } : {}),
    ...(r.record_id !== null ? { recordId: r.record_id } : {}),
    summary: r.summary,
  }));
}
