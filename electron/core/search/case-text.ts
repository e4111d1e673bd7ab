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

/** One place's text as the index should hold it. */
interface Entry { kind: 'record' | 'section'; scope: string; owner: string; field: string; text: string }

const placeKey = (e: { kind: string; scope: string; owner: string; field: string }) => `${e.kind}\u0000${e.scope}\u0000${e.owner}\u0000${e.field}`;

/** The entries of one record or section value. */
function entriesOf(kind: Entry['kind'], scope: string, owner: string, fields: readonly string[], value: Record<string, unknown>): Entry[] {
  return textOf(fields, value).map(({ field, text }) => ({ kind, scope, owner, field, text: cleanText(text) }));
}

/** Every entry the case's text should have, from the tables. */
function caseEntries(store: Store): Entry[] {
  const entries: Entry[] = [];
  for (const name of sectionNames) {
    const value = store.sections[name].readOne();
    if (value) entries.push(...entriesOf('section', name, '', sectionTextFields[name], value));
  }
  for (const name of collectionNames) {
    for (const record of store.collections[name].readAll()) {
      entries.push(...entriesOf('record', name, String(record[collections[name].key]), collectionTextFields[name], record));
    }
  }
  return entries;
}

// Writes change only the entries whose text changed: the FTS5 index re-reads (tokenizes) the
// text of every entry deleted or inserted, so rewriting a finding's four fields when one
// changed, or the whole case on a re-import of much the same case, would cost several times more.
export class CaseTextIndex {
  readonly #insert: Statement;
  readonly #deleteId: Statement;
  readonly #ofOwner: Statement;
  readonly #deleteScope: Statement;
  readonly #allCase: Statement;

  constructor(db: Db) {
    this.#insert = db.prepare('INSERT INTO search_entries (kind, scope, owner, field, text) VALUES (@kind, @scope, @owner, @field, @text)');
    this.#deleteId = db.prepare('DELETE FROM search_entries WHERE id = ?');
    this.#ofOwner = db.prepare('SELECT id, kind, scope, owner, field, text FROM search_entries WHERE kind = ? AND scope = ? AND owner = ?');
    this.#deleteScope = db.prepare('DELETE FROM search_entries WHERE kind = ? AND scope = ?');
    this.#allCase = db.prepare("SELECT id, kind, scope, owner, field, text FROM search_entries WHERE kind IN ('record', 'section')");
  }

  /** Brings `existing` rows to `wanted`: deletes what differs, inserts what is missing. */
  #bring(existing: Array<Entry & { id: number }>, wanted: readonly Entry[]): void {
    const want = new Map(wanted.map((e) => [placeKey(e), e]));
    for (const row of existing) {
      const key = placeKey(row);
      if (want.get(key)?.text === row.text) want.delete(key);
      else this.#deleteId.run(row.id);
    }
    for (const entry of want.values()) this.#insert.run(entry);
  }

  /** A record as written: its text fields replace what the index had for it. */
  record(collection: CollectionName, value: Record<string, unknown>): void {
    const key = String(value[collections[collection].key]);
    this.#bring(this.#ofOwner.all('record', collection, key) as Array<Entry & { id: number }>,
      entriesOf('record', collection, key, collectionTextFields[collection], value));
  }

  removeRecord(collection: CollectionName, key: string): void {
    this.#bring(this.#ofOwner.all('record', collection, key) as Array<Entry & { id: number }>, []);
  }

  /** A section as written; undefined when it was removed, with the records of its lists. */
  section(section: SectionName, value: Record<string, unknown> | undefined): void {
    this.#bring(this.#ofOwner.all('section', section, '') as Array<Entry & { id: number }>,
      value === undefined ? [] : entriesOf('section', section, '', sectionTextFields[section], value));
    if (value === undefined) for (const c of collectionNames) if (parentOf(c) === section) this.#deleteScope.run('record', c);
  }

  /** The whole case's text brought in step with the tables (after an import, a repair, or a new index version). */
  rebuild(store: Store): void {
    this.#bring(this.#allCase.all() as Array<Entry & { id: number }>, caseEntries(store));
    store.meta.set.run(VERSION_KEY, SEARCH_INDEX_VERSION);
  }

  /** What the index should hold for the case's text, to compare with what it holds (verify). */
  static expected(store: Store): string[] {
    return caseEntries(store).map((e) => JSON.stringify([e.kind, e.scope, e.owner, e.field, e.text])).sort();
  }
}

/** Rebuilds the case text when the casefile's index was made by another version of this code (or never: just migrated). */
export function ensureCaseTextIndex(store: Store): void {
  if (store.meta.get.get(VERSION_KEY) === SEARCH_INDEX_VERSION) return;
  store.db.transaction(() => new CaseTextIndex(store.db).rebuild(store)).immediate();
}
