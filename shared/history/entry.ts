// One change in the history of a casefile, as its readers get it: the app's History
// disclosures, the Overview's history and `impartial log --json`. Each change is one row of the
// casefile's audit trail (electron/core/casefile/audit.ts), chained by hash (history-chain.ts).
import type { CaseData } from '../interchange/schema.ts';

/** Who made a change: the name the user gave on that computer (Settings "Your name", or
 *  IMPARTIAL_USER for the command line), and the role the case was kept in at the time. Neither
 *  is proof of identity: it is what the person at the keyboard said. */
export interface HistoryActor {
  name?: string;
  role?: CaseData['case']['role'];
}

/** One row of the history. */
export interface HistoryEntry {
  /** The change's number: 1 for the first change the casefile recorded, then one more each time. */
  seq: number;
  /** When it was saved (ISO 8601, UTC). */
  at: string;
  /** Absent on changes recorded before the history was chained (an older version of Impartial did not record who). */
  who?: HistoryActor;
  /** 'create', 'import', 'add', 'update', 'remove', 'set-section', 'clear-section', 'reorder',
   *  'attach', 'change-passphrase', 'history-start', 'restore', 'issue', ... */
  action: string;
  /** The collection or section changed (shared/case-model names), when one was. */
  collection?: string;
  /** The record's id (a point id for a finding), when one record was changed. */
  recordId?: string;
  /** The record as the user names it at the time: "point 2", "evidence item D1". */
  record?: string;
  /** The fields that changed, in the case model's names. */
  fields?: string[];
  /** The changed fields' values before and after; a record added has no `before`, one removed no `after`. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The change in words: "updated finding on point 2: analysis". */
  summary: string;
  /** The hash of the change before (64 zeros before the first), and this row's own: SHA-256 hex. */
  prevHash: string;
  hash: string;
}

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

