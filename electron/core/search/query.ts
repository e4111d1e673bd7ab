// One search over a casefile: the user's query (shared/search/query.ts) as an FTS5 MATCH of
// quoted strings only, ranked by bm25, each hit with a snippet and its place in words
// (shared/search/places.ts). Used by `impartial search` and by the app's service.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { collections, type CollectionName } from '../../../shared/case-model/index.ts';
import { namePlace, parseSearchQuery, type PlaceLookup, type QueryTerm, type SearchHit, type SearchResults, type SearchTarget, type SnippetPart } from '../../../shared/search/index.ts';
import type { Db } from '../casefile/open.ts';
import { collections as tables } from '../casefile/records.ts';
import { MATCH_END, MATCH_START } from './case-text.ts';
import { fileTextStates } from './file-text.ts';

export const DEFAULT_SEARCH_LIMIT = 50;
/** Words of context a snippet shows around the match. */
const SNIPPET_WORDS = 16;

/** The terms as an FTS5 expression: every term a quoted string (its words hold only letters and digits), all required. */
export function ftsExpression(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ').replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** A snippet from snippet() as parts and as one line with the matched words in [brackets]. */
export function snippetParts(raw: string): { snippet: string; parts: SnippetPart[] } {
  const parts: SnippetPart[] = [];
  const flat = raw.replace(/\s+/g, ' ').trim();
  for (const [i, piece] of flat.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  }
  return { snippet: parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''), parts };
}

interface Row { kind: 'record' | 'section' | 'file'; scope: string; owner: string; field: string; page: number | null; snippet: string }

class DbPlaceLookup implements PlaceLookup {
  readonly #db: Db;
  readonly #statements = new Map<string, Statement>();
  constructor(db: Db) { this.#db = db; }
  #get<T>(sql: string, ...params: unknown[]): T | undefined {
    let s = this.#statements.get(sql);
    if (!s) this.#statements.set(sql, (s = this.#db.prepare(sql)));
    return s.get(...params) as T | undefined;
  }
  pointNumber(id: string) { return this.#get<{ number: string }>('SELECT number FROM points WHERE id = ?', id)?.number; }
  person(id: string) { return this.#get<{ name: string; label: string }>('SELECT name, label FROM people WHERE id = ?', id); }
  evidence(id: string) {
    const row = this.#get<{ ref: string; title: string; fileName: string | null }>('SELECT e.ref, e.title, a.file_name AS fileName FROM evidence e LEFT JOIN attachments a ON a.evidence_id = e.id WHERE e.id = ?', id);
    return row && { ref: row.ref, title: row.title, ...(row.fileName ? { fileName: row.fileName } : {}) };
  }
  interviewRef(id: string) { return this.#get<{ ref: string }>('SELECT ref FROM interviews WHERE id = ?', id)?.ref; }
  chronologyDate(id: string) { return this.#get<{ date: string }>('SELECT date FROM chronology WHERE id = ?', id)?.date; }
  recommendationNumber(collection: 'recommendations' | 'panelRecommendations', id: string) {
    return this.#get<{ number: string }>(`SELECT number FROM "${tables[collection].table}" WHERE id = ?`, id)?.number;
  }
  indexOf(collection: CollectionName, key: string) {
    const { table, key: k } = tables[collection];
    return this.#get<{ n: number }>(`SELECT count(*) AS n FROM "${table}" WHERE position < (SELECT position FROM "${table}" WHERE "${k.column}" = ?)`, key)?.n ?? 0;
  }
}

function hitOf(target: SearchTarget, raw: string, lookup: PlaceLookup): SearchHit {
  const named = namePlace(target, lookup);
  return {
    ...named, target,
    ...(target.kind === 'file' ? { evidenceId: target.evidenceId, ...(target.page !== undefined ? { page: target.page } : {}) } : {}),
    ...snippetParts(raw),
  };
}

/** Searches the case's text and its files' text. A query with no words matches nothing; nothing a user types is an error. */
export function searchCasefile(db: Db, query: string, options: { limit?: number } = {}): SearchResults {
  const terms = parseSearchQuery(query);
  const notSearched = fileTextStates(db).filter((f) => f.status !== 'indexed' || f.unreadablePages);
  if (terms.length === 0) return { terms, hits: [], total: 0, notSearched };
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_SEARCH_LIMIT, 1000));
  const match = ftsExpression(terms);
  const rows = db.prepare(
    `SELECT e.kind, e.scope, e.owner, e.field, e.page, snippet(search_index, 0, ?, ?, '…', ${SNIPPET_WORDS}) AS snippet
     FROM search_index JOIN search_entries e ON e.id = search_index.rowid
     WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
  ).all(MATCH_START, MATCH_END, match, limit) as Row[];
  const total = db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(match) as number;
  const lookup = new DbPlaceLookup(db);
  const evidenceOfFile = db.prepare('SELECT evidence_id FROM attachments a JOIN evidence e ON e.id = a.evidence_id WHERE a.sha256 = ? ORDER BY e.position').pluck();
  const hits: SearchHit[] = [];
  for (const row of rows) {
    if (row.kind === 'file') {
      for (const evidenceId of evidenceOfFile.all(row.scope) as string[]) {
        hits.push(hitOf({ kind: 'file', evidenceId, ...(row.page !== null ? { page: row.page } : {}) }, row.snippet, lookup));
      }
    } else if (row.kind === 'section') {
      hits.push(hitOf({ kind: 'section', section: row.scope as never, field: row.field }, row.snippet, lookup));
    } else if (row.scope in collections) {
      hits.push(hitOf({ kind: 'record', collection: row.scope as CollectionName, key: row.owner, field: row.field }, row.snippet, lookup));
    }
  }
  return { terms, hits, total, notSearched };
}
