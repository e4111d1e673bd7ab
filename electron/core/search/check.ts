// The search index's part of `impartial verify`: FTS5's own check that the index matches the
// text it was built from, the case's text in the index against the case as stored, and a
// reading state for every stored file. Any problem is repaired by `verify --repair-index`.
import { sqliteCode } from '../casefile/open.ts';
import type { Store } from '../casefile/store.ts';
import { CaseTextIndex } from './case-text.ts';

const REPAIR = 'rebuild it with "impartial verify --repair-index"';

/** The problems found; a check that cannot run (a damaged page) is one problem, never an exception. */
export function checkSearchIndex(store: Store): string[] {
  try {
    return check(store);
  } catch (error) {
    const code = sqliteCode(error);
    return [`the search index check failed: ${code?.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'a page is damaged' : (error as Error).message}`];
  }
}

function check(store: Store): string[] {
  const db = store.db;
  const problems: string[] = [];
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  } catch (error) {
    // FTS5 answers SQLITE_CORRUPT_VTAB when the index and its text disagree; a damaged page is the caller's to report.
    if (sqliteCode(error) !== 'SQLITE_CORRUPT_VTAB') throw error;
    problems.push(`the search index does not match the text it was built from: ${REPAIR}`);
  }
  const expected = CaseTextIndex.expected(store);
  const stored = (db.prepare("SELECT kind, scope, owner, field, text FROM search_entries WHERE kind IN ('record', 'section')").raw().all() as unknown[][])
    .map((row) => JSON.stringify(row)).sort();
  const want = new Set(expected);
  const have = new Set(stored);
  const differ = expected.filter((r) => !have.has(r)).length + stored.filter((r) => !want.has(r)).length;
  if (differ > 0) problems.push(`the search index is out of step with the case (${differ} place${differ > 1 ? 's differ' : ' differs'}): ${REPAIR}`);
  const unknown = db.prepare('SELECT count(*) FROM attachment_blobs b WHERE NOT EXISTS (SELECT 1 FROM attachment_text t WHERE t.sha256 = b.sha256)').pluck().get() as number;
  if (unknown > 0) problems.push(`${unknown} stored file${unknown > 1 ? 's have' : ' has'} no search state: ${REPAIR}`);
  return problems;
}
