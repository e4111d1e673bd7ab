// What a search answers (electron/core/search/query.ts for the CLI and the app): each hit
// names its place in the user's words, carries where to go (a field on its screen, or an
// attached file at its page) and a snippet with the match marked.
import type { CollectionName, SectionName } from '../case-model/index.ts';
import type { QueryTerm } from './query.ts';

/** Where a hit is, for going there: a field of a record, a field of a section, or an attached file (at a page, when the file has pages). */
export type SearchTarget =
  | { kind: 'record'; collection: CollectionName; key: string; field: string }
  | { kind: 'section'; section: SectionName; field: string }
  | { kind: 'file'; evidenceId: string; page?: number };

/** A piece of a snippet: `match` marks the words that matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  /** The place in words: "point 2b, analysis", "D1, page 2", "chronology, 3 March 2024". */
  place: string;
  /** What the hit is grouped under (a point, an evidence item, a section...): a stable key and its words. */
  group: string;
  groupLabel: string;
  /** The field in interchange terms, as readiness problems name theirs: "findings[1].analysis", "evidence[0].attachment". */
  path: string;
  target: SearchTarget;
  /** For a hit in an attached file: its evidence item, and the page when the file has pages. */
  evidenceId?: string;
  page?: number;
  /** The text around the match on one line, the matched words in [brackets]. */
  snippet: string;
  /** The same snippet in parts, for a screen to mark without parsing brackets. */
  parts: SnippetPart[];
}

/** How far an attached file's text has been read into the index. */
export type FileTextStatus =
  /** Not yet read (just attached, or the app stopped before it was read): it will be. */
  | 'pending'
  /** In the index; `unreadablePages` lists pages with no text layer that OCR could not read either. */
  | 'indexed'
  /** Could not be read; `reason` says why. Its evidence item's own fields are still searchable. */
  | 'failed'
  /** The casefile holds the file's description but not the file (imported without its content). */
  | 'not-held';

export interface FileTextState {
  evidenceId: string;
  /** "D1" */
  ref: string;
  fileName: string;
  /** The file's SHA-256, as its evidence item's attachment names it: what a page count belongs to. */
  sha256: string;
  status: FileTextStatus;
  reason?: string;
  /** Pages read (files with pages). */
  pages?: number;
  /** Pages with no text that OCR could not read: "not searchable: no text layer". */
  unreadablePages?: number[];
}

export interface SearchResults {
  /** The terms searched for, as parsed (shared/search/query.ts). */
  terms: QueryTerm[];
  /** Best first (bm25), at most the limit asked for. */
  hits: SearchHit[];
  /** How many places matched in all. */
  total: number;
  /** Attached files whose text was not searched (pending, failed, not held) or only in part. */
  notSearched: FileTextState[];
}
