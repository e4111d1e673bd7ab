// The prepared readers and writers of one open casefile, built once per connection.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open.ts';
import { collections, collectionNames, sections, sectionNames, type CollectionName, type SectionName } from './records.ts';
import { TableIo, type SourceKind } from './table-io.ts';

export interface Store {
  db: Db;
  collections: Record<CollectionName, TableIo>;
  sections: Record<SectionName, TableIo>;
  /** Whether an id names an evidence item or an interview (for chronology and finding sources). */
  sourceKindInDb: (id: string) => SourceKind | undefined;
  meta: { get: Statement<[string], string | undefined>; set: Statement<[string, string]> };
}

export function createStore(db: Db): Store {
  const isEvidence = db.prepare<[string], number>('SELECT 1 FROM evidence WHERE id = ?').pluck();
  const isInterview = db.prepare<[string], number>('SELECT 1 FROM interviews WHERE id = ?').pluck();
  return {
    db,
    collections: Object.fromEntries(collectionNames.map((n) => [n, new TableIo(db, collections[n])])) as Record<CollectionName, TableIo>,
    sections: Object.fromEntries(sectionNames.map((n) => [n, new TableIo(db, sections[n])])) as Record<SectionName, TableIo>,
    sourceKindInDb: (id) => (isEvidence.get(id) ? 'evidence' : isInterview.get(id) ? 'interview' : undefined),
    meta: {
      get: db.prepare<[string], string | undefined>('SELECT value FROM meta WHERE key = ?').pluck(),
      set: db.prepare<[string, string]>('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    },
  };
}
