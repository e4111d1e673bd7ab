// The audit trail: one row per change, written in the same transaction as the change, so that
// the history and the data can never disagree. Each row says who (the name given on this
// computer and the case's role), when, which record and fields, and their values before and
// after, and is chained by hash to the row before (history-chain.ts).
//
// Typing is saved every few hundred milliseconds, so one paragraph would make hundreds of rows.
// Consecutive saves of the same fields of the same record, by the same open casefile, less than
// MERGE_WINDOW_MS apart, are one change: the last row is brought up to date (its value after,
// its time, its hash) instead of a new one added. Only a row this connection wrote and nothing
// has copied is ever updated: sealHistory() ends that, and is called before a backup and
// before this computer records the history it has seen.
import type { HistoryActor, HistoryEntry } from '../../../shared/history/entry.ts';
import { checkChain, formatHead, GENESIS_HASH, HEAD_KEY, parseHead, rowHash, type AuditRow, type HistoryHead } from './history-chain.ts';
import type { Db } from './open.ts';

/** A change to record. `before` and `after` hold the changed fields' values (a whole record when added or removed). */
export interface AuditInput {
  action: string;
  collection?: string;
  recordId?: string;
  /** The record as the user names it at the time: "point 2", "evidence item D1". */
  record?: string;
  summary: string;
  fields?: readonly string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** A row of the history, as every reader gets it (shared/history). */
export type AuditEntry = HistoryEntry;

export const MERGE_WINDOW_MS = 5 * 60_000;

/** Absent values are kept as null, so that "it had no value" survives JSON. */
function valuesJson(values: Record<string, unknown> | undefined): string | null {
  if (values === undefined) return null;
  return JSON.stringify(values, (_key, v: unknown) => (v === undefined ? null : v));
}

const mergeable = new Set(['update', 'set-section']);

class HistoryWriter {
  actor: { name?: string } = {};
  private last: { seq: number; key: string; atMs: number; beforeJson: string | null } | undefined;
  private readonly headRow;
  private readonly role;
  private readonly insert;
  private readonly amend;
  private readonly drop;
  private readonly setMeta;
  private readonly row;

  constructor(db: Db) {
    this.headRow = db.prepare<[], { id: number; hash: string | null; at: string }>('SELECT id, hash, at FROM audit_trail ORDER BY id DESC LIMIT 1');
    this.role = db.prepare<[], string>('SELECT role FROM case_header').pluck();
    this.insert = db.prepare(`INSERT INTO audit_trail (id, at, who_name, who_role, action, collection, record_id, record_label, summary, fields_json, before_json, after_json, prev_hash, hash)
      VALUES (@id, @at, @who_name, @who_role, @action, @collection, @record_id, @record_label, @summary, @fields_json, @before_json, @after_json, @prev_hash, @hash)`);
    this.amend = db.prepare('UPDATE audit_trail SET at = @at, after_json = @after_json, hash = @hash WHERE id = @id');
    this.drop = db.prepare('DELETE FROM audit_trail WHERE id = ?');
    this.setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.row = db.prepare<[number], AuditRow>('SELECT * FROM audit_trail WHERE id = ?');
  }

  write(entry: AuditInput): string {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const head = this.headRow.get();
    const fields = entry.fields && entry.fields.length > 0 ? entry.fields : undefined;
    const key = mergeable.has(entry.action) && fields ? [entry.action, entry.collection, entry.recordId, fields.join(',')].join('\u0000') : undefined;
    const afterJson = valuesJson(entry.after);

    const last = this.last;
    if (key && last && last.key === key && head?.id === last.seq && now - last.atMs < MERGE_WINDOW_MS) {
      const row = this.row.get(last.seq)!;
      if (afterJson === last.beforeJson) {
        // Typed and then put back: no change at all.
        this.drop.run(last.seq);
        this.last = undefined;
        const previous = this.headRow.get();
        this.setHead(previous ? { seq: previous.id, hash: previous.hash ?? GENESIS_HASH } : { seq: 0, hash: GENESIS_HASH }, previous?.at ?? at);
        return at;
      }
      const amended = { ...row, at, after_json: afterJson };
      const hash = rowHash(amended, row.prev_hash ?? GENESIS_HASH);
      this.amend.run({ id: row.id, at, after_json: afterJson, hash });
      this.last = { ...last, atMs: now };
      this.setHead({ seq: row.id, hash }, at);
      return at;
    }

    const role = this.role.get();
    const row: Omit<AuditRow, 'hash' | 'prev_hash'> = {
      id: (head?.id ?? 0) + 1,
      at,
      who_name: this.actor.name?.trim() || null,
      who_role: role ?? null,
      action: entry.action,
      collection: entry.collection ?? null,
      record_id: entry.recordId ?? null,
      record_label: entry.record ?? null,
      summary: entry.summary,
      fields_json: fields ? JSON.stringify(fields) : null,
      before_json: valuesJson(entry.before),
      after_json: afterJson,
    };
    const prevHash = head?.hash ?? GENESIS_HASH;
    const hash = rowHash(row, prevHash);
    this.insert.run({ ...row, prev_hash: prevHash, hash });
    this.last = key ? { seq: row.id, key, atMs: now, beforeJson: row.before_json } : undefined;
    this.setHead({ seq: row.id, hash }, at);
    return at;
  }

  private setHead(head: HistoryHead, at: string): void {
    this.setMeta.run(HEAD_KEY, formatHead(head));
    this.setMeta.run('modified_at', at);
  }

  seal(): void {
    this.last = undefined;
  }
}

const writers = new WeakMap<Db, HistoryWriter>();

function writerOf(db: Db): HistoryWriter {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new HistoryWriter(db)));
  return writer;
}

/** Who the changes made through this connection are by: the name given on this computer (the role is the case's). */
export function setActor(db: Db, actor: { name?: string | undefined }): void {
  writerOf(db).actor = actor.name?.trim() ? { name: actor.name.trim() } : {};
}

/** Records a change; run it inside the change's transaction. Answers when it was saved. */
export function audit(db: Db, entry: AuditInput): string {
  return writerOf(db).write(entry);
}

/** From here on, every change is a row of its own (the last one is about to be copied or recorded elsewhere). */
export function sealHistory(db: Db): void {
  writers.get(db)?.seal();
}

/** The last change: its number, hash and time (0 and the genesis hash for an empty history). */
export function historyHead(db: Db): HistoryHead {
  const row = db.prepare('SELECT id, hash, at FROM audit_trail ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null; at: string } | undefined;
  return row ? { seq: row.id, hash: row.hash ?? '', at: row.at } : { seq: 0, hash: GENESIS_HASH };
}

/** The hash of change `seq`, if the history has it. */
export function historyHashAt(db: Db, seq: number): { hash: string; at: string } | undefined {
  const row = db.prepare('SELECT hash, at FROM audit_trail WHERE id = ?').get(seq) as { hash: string | null; at: string } | undefined;
  return row ? { hash: row.hash ?? '', at: row.at } : undefined;
}

export function toHistoryEntry(r: AuditRow): HistoryEntry {
  const who: HistoryActor = {
    ...(r.who_name !== null ? { name: r.who_name } : {}),
    ...(r.who_role !== null ? { role: r.who_role as NonNullable<HistoryActor['role']> } : {}),
  };
  return {
    seq: r.id,
    at: r.at,
    ...(r.who_name !== null || r.who_role !== null ? { who } : {}),
    action: r.action,
    ...(r.collection !== null ? { collection: r.collection } : {}),
    ...(r.record_id !== null ? { recordId: r.record_id } : {}),
    ...(r.record_label !== null ? { record: r.record_label } : {}),
    ...(r.fields_json !== null ? { fields: JSON.parse(r.fields_json) as string[] } : {}),
    ...(r.before_json !== null ? { before: JSON.parse(r.before_json) as Record<string, unknown> } : {}),
    ...(r.after_json !== null ? { after: JSON.parse(r.after_json) as Record<string, unknown> } : {}),
    summary: r.summary,
    prevHash: r.prev_hash ?? '',
    hash: r.hash ?? '',
  };
}

export interface HistoryQuery {
  /** Only the changes to one collection or section ... */
  collection?: string;
  /** ... and, with it, to one record (its id; a point id for a finding). */
  recordId?: string;
  /** At most this many, newest first. */
  limit?: number;
  /** Only changes numbered below this (the next page). */
  beforeSeq?: number;
}

/** Changes, newest first. */
export function readHistory(db: Db, query: HistoryQuery = {}): HistoryEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit ?? 100 };
  if (query.collection !== undefined) { where.push('collection = @collection'); params.collection = query.collection; }
  if (query.recordId !== undefined) { where.push('record_id = @recordId'); params.recordId = query.recordId; }
  if (query.beforeSeq !== undefined) { where.push('id < @beforeSeq'); params.beforeSeq = query.beforeSeq; }
  const rows = db.prepare(`SELECT * FROM audit_trail ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`).all(params) as AuditRow[];
  return rows.map(toHistoryEntry);
}

/** Every row, oldest first, as stored (`impartial log`, verify). */
export function allAuditRows(db: Db): AuditRow[] {
  return db.prepare('SELECT * FROM audit_trail ORDER BY id').all() as AuditRow[];
}

/** The chain checked (history-chain.ts): one line per break. */
export function checkHistory(db: Db): string[] {
  const recorded = parseHead(db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(HEAD_KEY) as string | undefined);
  return checkChain(db.prepare('SELECT * FROM audit_trail ORDER BY id').iterate() as Iterable<AuditRow>, recorded);
}

/** The older audit API (the last `limit` changes, newest first). */
export function readAuditTrail(db: Db, limit = 100): AuditEntry[] {
  return readHistory(db, { limit });
}
