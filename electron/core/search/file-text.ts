// Attached files' text in the search index: which files still need reading, storing what was
// read (or why it could not be), and each file's state for the app and the CLI. Reading the
// file (extract/) happens outside any transaction and, in the app, off the window's thread;
// storing it is one short transaction, so a process stopped while reading leaves the file
// 'pending' and the casefile as it was.
import type { FileTextState } from '../../../shared/search/index.ts';
import type { Db } from '../casefile/open.ts';
import { cleanText } from './case-text.ts';

/** A file's text as read: one part per page for a file with pages, one part without a page otherwise. */
export interface ExtractedText {
  parts: Array<{ page?: number; text: string }>;
  /** How many pages the file has, when it has pages. */
  pages?: number;
  /** Pages with no text layer whose text OCR could not read either. */
  unreadablePages: number[];
}

/** What reading one file came to. */
export type FileTextOutcome = { ok: true; text: ExtractedText } | { ok: false; reason: string };

/** A stored file whose text is still to be read, with the name and type of (one of) the evidence item(s) it is attached to. */
export interface PendingFile {
  sha256: string;
  evidenceId: string;
  ref: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export function pendingFiles(db: Db): PendingFile[] {
  return db.prepare(
    `SELECT t.sha256, a.evidence_id AS evidenceId, e.ref, a.file_name AS fileName, a.media_type AS mediaType, a.size
     FROM attachment_text t
     JOIN attachments a ON a.evidence_id = (SELECT min(evidence_id) FROM attachments WHERE sha256 = t.sha256)
     JOIN evidence e ON e.id = a.evidence_id
     WHERE t.state = 'pending' ORDER BY e.position`,
  ).all() as PendingFile[];
}

/** Stores what reading a file came to, replacing any text it had. A file removed meanwhile is left alone. */
export function storeFileText(db: Db, sha256: string, outcome: FileTextOutcome): void {
  if (!db.prepare('SELECT 1 FROM attachment_text WHERE sha256 = ?').get(sha256)) return;
  db.prepare("DELETE FROM search_entries WHERE kind = 'file' AND scope = ?").run(sha256);
  const now = new Date().toISOString();
  if (!outcome.ok) {
    db.prepare("UPDATE attachment_text SET state = 'failed', reason = ?, pages = NULL, unreadable_pages_json = NULL, updated_at = ? WHERE sha256 = ?")
      .run(outcome.reason, now, sha256);
    return;
  }
  const insert = db.prepare("INSERT INTO search_entries (kind, scope, page, text) VALUES ('file', ?, ?, ?)");
  for (const part of outcome.text.parts) {
    const text = cleanText(part.text);
    if (text.trim()) insert.run(sha256, part.page ?? null, text);
  }
  const unreadable = outcome.text.unreadablePages;
  db.prepare("UPDATE attachment_text SET state = 'indexed', reason = NULL, pages = ?, unreadable_pages_json = ?, updated_at = ? WHERE sha256 = ?")
    .run(outcome.text.pages ?? null, unreadable.length ? JSON.stringify(unreadable) : null, now, sha256);
}

/** Every stored file to be read again (verify --repair-index). */
export function markFilesPending(db: Db): void {
  db.prepare("DELETE FROM search_entries WHERE kind = 'file'").run();
  db.prepare('DELETE FROM attachment_text').run();
  db.prepare("INSERT INTO attachment_text (sha256, state, updated_at) SELECT sha256, 'pending', ? FROM attachment_blobs").run(new Date().toISOString());
}

interface StateRow { evidenceId: string; ref: string; fileName: string; sha256: string; state: string | null; reason: string | null; pages: number | null; unreadable: string | null; held: number }

/** The state of every evidence item's attached file, in evidence order. */
export function fileTextStates(db: Db): FileTextState[] {
  const rows = db.prepare(
    `SELECT a.evidence_id AS evidenceId, e.ref, a.file_name AS fileName, a.sha256, t.state, t.reason, t.pages, t.unreadable_pages_json AS unreadable,
            EXISTS (SELECT 1 FROM attachment_blobs b WHERE b.sha256 = a.sha256) AS held
     FROM attachments a JOIN evidence e ON e.id = a.evidence_id LEFT JOIN attachment_text t ON t.sha256 = a.sha256
     ORDER BY e.position`,
  ).all() as StateRow[];
  return rows.map((r) => {
    const base = { evidenceId: r.evidenceId, ref: r.ref, fileName: r.fileName, sha256: r.sha256 };
    if (!r.held) return { ...base, status: 'not-held', reason: 'the casefile holds the description of this file but not the file itself' };
    if (r.state === 'indexed') {
      const unreadablePages = r.unreadable ? (JSON.parse(r.unreadable) as number[]) : [];
      return { ...base, status: 'indexed', ...(r.pages !== null ? { pages: r.pages } : {}), ...(unreadablePages.length ? { unreadablePages, reason: `not searchable: no text layer on ${pageList(unreadablePages)}` } : {}) };
    }
    if (r.state === 'failed') return { ...base, status: 'failed', reason: r.reason ?? 'could not be read' };
    return { ...base, status: 'pending', reason: 'not read yet' };
  });
}

/** "page 3", "pages 2, 5 and 7", "pages 2 to 40". */
export function pageList(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  const consecutive = pages.every((p, i) => i === 0 || p === pages[i - 1]! + 1);
  if (consecutive && pages.length > 2) return `pages ${pages[0]} to ${pages.at(-1)}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`;
}
