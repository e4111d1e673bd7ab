// Schema version 8: the fact-check round (factCheck in the interchange format): each draft of
// the IO report sent to the council to check facts, and each comment received on it with the
// Investigating Officer's response. A comment names its round and, when it is about a point,
// the point, with foreign keys: a round or point that still has comments cannot be removed.
import type { Migration } from './index.ts';

export default {
  version: 8,
  description: 'fact-check rounds and their comments',
  up: (db) => db.exec(`
CREATE TABLE fact_check (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1)
) STRICT;
CREATE TABLE fact_check_rounds (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES fact_check(singleton) ON DELETE CASCADE,
  sent_date TEXT NOT NULL, sent_to TEXT NOT NULL, sent_to_id TEXT REFERENCES people(id),
  due_date TEXT NOT NULL, closed_date TEXT, draft_sha256 TEXT, appendix INTEGER
) STRICT;
CREATE TABLE fact_check_comments (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES fact_check(singleton) ON DELETE CASCADE,
  round_id TEXT NOT NULL REFERENCES fact_check_rounds(id),
  point_id TEXT REFERENCES points(id), chapter TEXT,
  paragraph INTEGER NOT NULL, text TEXT NOT NULL, "from" TEXT,
  response TEXT, change TEXT, reason TEXT
) STRICT;
CREATE INDEX fact_check_comments_round ON fact_check_comments (round_id);
CREATE INDEX fact_check_comments_point ON fact_check_comments (point_id);
CREATE INDEX fact_check_rounds_person ON fact_check_rounds (sent_to_id);
`),
} satisfies Migration;
