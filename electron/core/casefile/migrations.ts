// The casefile's schema version lives in PRAGMA user_version. Migrations only go forward:
// migration N takes a casefile from version N-1 to N inside one transaction, and a casefile
// whose version is above the last one here was written by a newer Impartial and is refused.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { SCHEMA_V1 } from './tables.ts';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const migrations: Migration[] = [
  { version: 1, description: 'the whole interchange model, attachments, issued documents, audit trail', up: (db) => db.exec(SCHEMA_V1) },
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema up to SCHEMA_VERSION; the caller has checked it is not newer. */
export function migrate(db: Database): void {
  const from = schemaVersionOf(db);
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
