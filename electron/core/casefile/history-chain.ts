// The hash chain of the audit trail (a contract: docs/contracts/design.md section 2). Each row's
// hash is SHA-256 over the canonical serialisation of the row and the hash of the row before it,
// so that changing, removing or reordering a row breaks the chain at that row. The
// serialisation is the JSON text of one array, every value as stored (the before and after
// values are already JSON text, hashed as written, never re-serialised):
//   ["impartial-history/1", seq, at, who_name, who_role, action, collection, record_id,
//    record_label, summary, fields_json, before_json, after_json, prev_hash]
// with null for an absent value. A new serialisation would be "impartial-history/2", applied to
// rows from then on; rows already hashed keep theirs.
import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '../../../shared/history/entry.ts';

export { GENESIS_HASH };

/** A row of audit_trail as stored. */
export interface AuditRow {
  id: number;
  at: string;
  who_name: string | null;
  who_role: string | null;
  action: string;
  collection: string | null;
  record_id: string | null;
  record_label: string | null;
  summary: string;
  fields_json: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
}

const TAG = 'impartial-history/1';

export function rowHash(row: Omit<AuditRow, 'hash' | 'prev_hash'>, prevHash: string): string {
  const canonical = JSON.stringify([
    TAG, row.id, row.at, row.who_name, row.who_role, row.action, row.collection, row.record_id,
    row.record_label, row.summary, row.fields_json, row.before_json, row.after_json, prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Where the chain ends: the last change's number and hash (0 and the genesis hash when empty). */
export interface HistoryHead {
  seq: number;
  hash: string;
  /** When the last change was saved. */
  at?: string;
}

/** The meta key holding the head as the casefile last wrote it ("<seq> <hash>"): a row removed from the end shows against it. */
export const HEAD_KEY = 'history_head';

export function formatHead(head: HistoryHead): string {
  return `${head.seq} ${head.hash}`;
}

export function parseHead(value: string | undefined): HistoryHead | undefined {
  const m = /^(\d+) ([0-9a-f]{64})$/.exec(value ?? '');
  return m ? { seq: Number(m[1]), hash: m[2]! } : undefined;
}

/**
 * Checks the chain, row by row in order: each row's hash recomputed, each row linked to the one
 * before, the numbers without a gap, and the last row the head the casefile recorded. Answers
 * one line per break, naming the change by its number.
 */
export function checkChain(rows: Iterable<AuditRow>, recordedHead: HistoryHead | undefined): string[] {
  const problems: string[] = [];
  let prev: AuditRow | undefined;
  for (const row of rows) {
    const expectedPrev = prev ? prev.hash : GENESIS_HASH;
    const expectedSeq = prev ? prev.id + 1 : 1;
    if (row.id > expectedSeq) {
      problems.push(`history: ${row.id - expectedSeq === 1 ? `change ${expectedSeq} is` : `changes ${expectedSeq} to ${row.id - 1} are`} missing (removed from the history)`);
    }
    if (row.hash === null || row.prev_hash === null) {
      problems.push(`history: change ${row.id} is not in the chain (it has no hash)`);
    } else {
      if (row.prev_hash !== expectedPrev) {
        problems.push(`history: change ${row.id} does not follow ${prev ? `change ${prev.id}` : 'the start of the history'} (a change was removed, inserted or moved there)`);
      }
      if (rowHash(row, row.prev_hash) !== row.hash) {
        problems.push(`history: change ${row.id} does not match its hash (it was altered or moved after it was recorded)`);
      }
    }
    prev = row;
  }
  if (recordedHead && (!prev || prev.id !== recordedHead.seq || prev.hash !== recordedHead.hash)) {
    const last = prev ? `change ${prev.id}` : 'no change at all';
    problems.push(prev && prev.id < recordedHead.seq
      ? `history: it ends at ${last}, but the casefile recorded change ${recordedHead.seq} as its last (${recordedHead.seq - prev.id} removed from the end)`
      : `history: its last change is ${last}, not the one the casefile recorded as its last (change ${recordedHead.seq})`);
  }
  return problems;
}
