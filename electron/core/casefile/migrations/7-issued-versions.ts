// Schema version 7: issued versions as issuing writes them (issue 11, item 3). Version 1's
// table was never written to (nothing issued documents then); it is rebuilt because three of
// its rules change:
//   - a version is numbered per kind (1, 2, ... whatever the format), so (kind, version) is unique;
//   - `date` is the document's date as printed (the user's issue date), apart from `issued_at`,
//     the moment it was issued;
//   - `data` may be NULL: an issued version imported from an export made without the files
//     keeps its size and SHA-256, which still prove which file was issued.
// An issue is never a draft, so `draft` goes; `note` was never used.
import type { Migration } from './index.ts';

const SQL = `
CREATE TABLE issued_documents_v2 (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), format TEXT NOT NULL,
  date TEXT NOT NULL, issued_at TEXT NOT NULL, named INTEGER NOT NULL DEFAULT 0,
  file_name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB,
  UNIQUE (kind, version)
) STRICT;
INSERT INTO issued_documents_v2 (id, kind, version, format, date, issued_at, named, file_name, size, sha256, data)
  SELECT id, kind, row_number() OVER (PARTITION BY kind ORDER BY issued_at, id), format, substr(issued_at, 1, 10), issued_at,
         named, file_name, length(data), sha256, data
  FROM issued_documents WHERE draft = 0;
DROP TABLE issued_documents;
ALTER TABLE issued_documents_v2 RENAME TO issued_documents;
CREATE INDEX issued_documents_sha256 ON issued_documents(sha256);
`;

export default {
  version: 7,
  description: 'issued versions: numbered per kind, with the date printed, kept with or without their bytes',
  up: (db) => db.exec(SQL),
} satisfies Migration;
