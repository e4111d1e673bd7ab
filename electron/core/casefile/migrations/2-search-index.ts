// Schema version 2: the search index (docs/search.md), inside the encrypted casefile like
// everything else.
//
// search_entries holds one row per place that has text: a text field of a record or section
// (kind 'record' / 'section', scope = its collection or section, owner = the record's key, ''
// for a section, field = the field's name), or one page of an attached file (kind 'file',
// scope = the file's SHA-256, page = its page, NULL for a file without pages). search_index is
// the FTS5 index over its text ("external content": the text is kept once, in search_entries,
// and the triggers below keep the index in step with it in the same transaction). The
// tokenizer folds case and accents and stems English words, so "interviewed" finds "interview".
//
// attachment_text keeps, for each stored file, how far its text has been read: 'pending'
// (stored but not read yet: a file is read off the window's thread after it is attached, and
// a process stopped before then leaves it pending, to be read next time), 'indexed', or
// 'failed' with the reason. A trigger makes every newly stored file pending, whoever stores it;
// deleting a file (no evidence item refers to it any more) takes its text out of the index.
//
// The case's own text is written by the store's write path (electron/core/search/case-text.ts)
// from the case model, and rebuilt whenever meta.search_index_version differs from the code's
// (so also right after this migration, on opening): existing casefiles get their case text
// indexed, and their files are marked pending here, to be read after opening.
import type { Migration } from './index.ts';

const SQL = `
CREATE TABLE search_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('record', 'section', 'file')),
  scope TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  field TEXT NOT NULL DEFAULT '',
  page INTEGER,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX search_entries_place ON search_entries(kind, scope, owner);

CREATE VIRTUAL TABLE search_index USING fts5(
  text, content = 'search_entries', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_entries_insert AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_index (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER search_entries_delete AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER search_entries_update AFTER UPDATE ON search_entries BEGIN
  INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO search_index (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE attachment_text (
  sha256 TEXT PRIMARY KEY REFERENCES attachment_blobs(sha256) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('pending', 'indexed', 'failed')),
  reason TEXT,
  pages INTEGER,
  unreadable_pages_json TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER attachment_blobs_text_pending AFTER INSERT ON attachment_blobs BEGIN
  INSERT INTO attachment_text (sha256, state, updated_at) VALUES (new.sha256, 'pending', strftime('%Y-%m-%dT%H:%M:%fZ'))
  ON CONFLICT (sha256) DO NOTHING;
END;
CREATE TRIGGER attachment_blobs_text_gone AFTER DELETE ON attachment_blobs BEGIN
  DELETE FROM search_entries WHERE kind = 'file' AND scope = old.sha256;
END;

INSERT INTO attachment_text (sha256, state, updated_at) SELECT sha256, 'pending', strftime('%Y-%m-%dT%H:%M:%fZ') FROM attachment_blobs;
`;

export default {
  version: 2,
  description: 'the search index (FTS5) of the case text and attached files, and how far each file has been read',
  up: (db) => db.exec(SQL),
} satisfies Migration;
