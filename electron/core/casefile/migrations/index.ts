// The casefile's schema, one file per version (as Signal Desktop keeps ts/sql/migrations).
// The version a casefile is at lives in PRAGMA user_version. Migrations only go forward:
// opening a casefile runs every step above its version, and a casefile whose version is above
// the last one here was written by a newer Impartial and is refused (lifecycle.ts).
//
// To change the tables (a new column, table, index, or the FTS5 search index):
//   1. Add `N-what-it-adds.ts` beside this file, N one more than the last version, with one
//      forward step:
//        import type { Migration } from './index.ts';
//        export default {
//          version: N,
//          description: 'points: the date the point was agreed',
//          up: (db) => db.exec('ALTER TABLE points ADD COLUMN agreed_date TEXT'),
//        } satisfies Migration;
//   2. Import it below and add it at the end of `migrations`.
//   3. A column for a new field of the case model needs nothing else when it follows the
//      column rule of records.ts (snake_case name, TEXT/INTEGER, `_json` for objects); map
//      it in records.ts when it does not (a list of ids as link rows, an id with a foreign key).
// Never edit a file once released (1-initial.ts is): casefiles out there have run it. Fix
// forward with the next version. tests/integration/casefile/migrations.test.ts runs every
// step on a real casefile of each earlier release (tests/fixtures/v1.casefile) and checks
// that it exports the same case, that the steps are numbered 1..N and that every file here is
// listed.
//
// How a step runs: all pending steps in one transaction, so a failure leaves the casefile at
// the version it had. Foreign keys are off while they run and checked before the commit,
// because changing a column's constraints means rebuilding its table (create the new table,
// copy the rows, drop the old one, rename: https://www.sqlite.org/lang_altertable.html), and
// with foreign keys on, dropping the old table would delete the rows that refer to it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import initial from './1-initial.ts';
import searchIndex from './2-search-index.ts';
import personAddressAs from './3-person-address-as.ts';
import adjudicationAndDirectorResponse from './4-adjudication-and-director-response.ts';
import notANameMarks from './5-not-a-name-marks.ts';
import historyChain from './6-history-chain.ts';
import issuedVersions from './7-issued-versions.ts';
import factCheckRounds from './8-fact-check-rounds.ts';

export interface Migration {
  /** The schema version this step brings a casefile to: one more than the step before. */
  version: number;
  /** What the step adds, in a few words. */
  description: string;
  /** The forward step, inside the caller's transaction. */
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [
  initial,
  searchIndex,
  personAddressAs,
  adjudicationAndDirectorResponse,
  notANameMarks,
  historyChain,
  issuedVersions,
  factCheckRounds,
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the last of `steps` (by default every migration, up to
 * SCHEMA_VERSION); the caller has checked that the casefile is not newer. `steps` is for tests,
 * which stop part way or add a failing step.
 */
export function migrate(db: Database, steps: readonly Migration[] = migrations): void {
  const from = schemaVersionOf(db);
  const pending = steps.filter((m) => m.version > from);
  if (pending.length === 0) return;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      const broken = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
      if (broken.length > 0) {
        const { table, parent } = broken[0]!;
        throw new Error(`schema ${pending.at(-1)!.version} would leave ${broken.length} row(s) of ${table} referring to a missing ${parent} record`);
      }
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
