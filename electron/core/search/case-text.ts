// The case's own text in the search index, kept in step by the store's write path: every
// write of casefile.ts that changes a record or section calls this inside its transaction,
// so the index never disagrees with the case, even after a crash. Which fields are text comes
// from the case model (shared/search/text-fields.ts); the table is search_entries
// (migrations/2-search-index.ts), whose triggers keep the FTS5 index in step with it.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { collectionNames, collections, parentOf, sectionNames, type CollectionName, type SectionName } from '../../../shared/case-model/index.ts';
import { collectionTextFields, sectionTextFields, textOf } from '../../../shared/search/index.ts';
import type { Db } from '../casefile/open.ts';
import type { Store } from '../casefile/store.ts';

/** Bump when what is indexed or how changes: every casefile's case text is then rebuilt on opening. */
export const SEARCH_INDEX_VERSION = '1';
const VERSION_KEY = 'search_index_version';

/** The marks snippet() puts around a match (query.ts); taken out of indexed text so that text can never fake one. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Text as it is indexed: control characters other than tab and line breaks removed. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}

export class CaseTextIndex {
  readonly #insert: Statement;
  readonly #deleteOwner: Statement;
  readonly #deleteScope: Statement;
  readonly #deleteCase: Statement;

  constructor(db: Db) {
    this.#insert = db.prepare('INSERT INTO search_entries (kind, scope, owner, field, text) VALUES (?, ?, ?, ?, ?)');
    this.#deleteOwner = db.prepare('DELETE FROM search_entries WHERE kind = ? AND scope = ? AND owner = ?');
    this.#deleteScope = db.prepare('DELETE FROM search_entries WHERE kind = ? AND scope = ?');
    this.#deleteCase = db.prepare("DELETE FROM search_entries WHERE kind IN ('record', 'section')");
  }

  /** A record as written: its text fields replace what the index had for it. */
  record(collection: CollectionName, value: Record<string, unknown>): void {
    const key = String(value[collections[collection].key]);
    this.#deleteOwner.run('record', collection, key);
    for (const { field, text } of textOf(collectionTextFields[collection], value)) this.#insert.run('record', collection, key, field, cleanText(text));
  }

  removeRecord(collection: CollectionName, key: string): void {
    this.#deleteOwner.run('record', collection, key);
  }

  /** A section as written; undefined when it was removed, with the records of its lists. */
  section(section: SectionName, value: Record<string, unknown> | undefined): void {
    this.#deleteOwner.run('section', section, '');
    if (value === undefined) {
      for (const c of collectionNames) if (parentOf(c) === section) this.#deleteScope.run('record', c);
      return;
    }
    for (const { field, text } of textOf(sectionTextFields[section], value)) this.#insert.run('section', section, '', field, cleanText(text));
  }

  /** The whole case's text again, from the tables (after an import, a repair, or a new index version). */
  rebuild(store: Store): void {
    this.#deleteCase.run();
    for (const name of sectionNames) {
      const value = store.sections[name].readOne();
      if (value) this.section(name, value);
    }
    for (const name of collectionNames) for (const record of store.collections[name].readAll()) this.record(name, record);
    store.meta.set.run(VERSION_KEY, SEARCH_INDEX_VERSION);
  }

  /** What the index should hold for the case's text, to compare with what it holds (verify). */
  static expected(store: Store): string[] {
    const rows: string[] = [];
    const row = (kind: string, scope: string, owner: string, field: string, text: string) => rows.push(JSON.stringify([kind, scope, owner, field, cleanText(text)]));
    for (const name of sectionNames) {
      const value = store.sections[name].readOne();
      if (value) for (const { field, text } of textOf(sectionTextFields[name], value)) row('section', name, '', field, text);
    }
    for (const name of collectionNames) {
      for (const record of store.collections[name].readAll()) {
        const key = String(record[collections[name].key]);
        for (const { field, text } of textOf(collectionTextFields[name], record)) row('record', name, key, field, text);
      }
    }
    return rows.sort();
  }
}

/** Rebuilds the case text when the casefile's index was made by another version of this code (or never: just migrated). */
export function ensureCaseTextIndex(store: Store): void {
  if (store.meta.get.get(VERSION_KEY) === SEARCH_INDEX_VERSION) return;
  store.db.transaction(() => new CaseTextIndex(store.db).rebuild(store)).immediate();
}
