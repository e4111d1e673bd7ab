// Schema version 5: "not a name here" marks (anonymisation.notNames in the interchange format),
// each the one occurrence of a word the user has said is not a name, in the field it was made
// on. `record_id` names the record holding the field (its id, or the point's id for a record
// kept one per point) without a foreign key, since it may be a record of any of several
// tables: the casefile removes a record's marks with the record (casefile.ts).
import type { Migration } from './index.ts';

export default {
  version: 5,
  description: 'anonymisation: "not a name here" marks',
  up: (db) => db.exec(`
CREATE TABLE anonymisation (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1)
) STRICT;
CREATE TABLE not_a_name_marks (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES anonymisation(singleton) ON DELETE CASCADE,
  field TEXT NOT NULL, record_id TEXT, item INTEGER,
  word TEXT NOT NULL, word_index INTEGER NOT NULL, text_hash TEXT NOT NULL
) STRICT;
CREATE INDEX not_a_name_marks_record ON not_a_name_marks (record_id);
`),
} satisfies Migration;
