// Schema version 1, as the first release wrote it: the whole interchange model as rows, so
// that later work can edit, search and audit single records, plus evidence files, issued
// documents and the audit trail.
//
// Conventions: every list keeps its order in `position`; an optional field that is absent
// is NULL; an optional list that is absent (as opposed to empty) has its `*_present` flag 0;
// small fixed-shape values (address lines, closure days, the complaints manager) are JSON
// text. Links between records are rows with foreign keys: deleting an owner deletes its links
// (CASCADE), deleting a record that is still linked to is refused (RESTRICT).
//
// FROZEN: casefiles holding exactly these tables exist (tests/fixtures/v1.casefile is one).
// Never edit this text; change the tables with a new migration (see index.ts). The test
// tests/integration/casefile/migrations.test.ts compares it with that casefile's schema.
// (points.period and findings.no_recommendation_reason were added to version 1 itself, without
// a migration: no casefile had been released when the format gained them.)
import type { Migration } from './index.ts';

const SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE case_header (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  title TEXT NOT NULL, procedure TEXT NOT NULL, stage INTEGER NOT NULL, role TEXT NOT NULL,
  references_json TEXT, classification TEXT, clock_start TEXT
) STRICT;

CREATE TABLE authority (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  name TEXT NOT NULL, service TEXT, address_json TEXT, complaints_manager_json TEXT,
  director_title TEXT, closure_days_json TEXT
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  name TEXT NOT NULL, label TEXT NOT NULL, role TEXT NOT NULL,
  job_title TEXT, organisation TEXT, aliases_present INTEGER NOT NULL DEFAULT 0, address_json TEXT
) STRICT;
CREATE TABLE person_aliases (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, alias TEXT NOT NULL,
  PRIMARY KEY (person_id, position)
) STRICT;

CREATE TABLE complaint (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  child_ids_present INTEGER NOT NULL DEFAULT 0, representative_ids_present INTEGER NOT NULL DEFAULT 0,
  received_date TEXT, stage1_response_date TEXT, stage2_request_date TEXT, background TEXT
) STRICT;
CREATE TABLE complaint_complainants (
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES complaint(singleton) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (singleton, position)
) STRICT;
CREATE TABLE complaint_children (
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES complaint(singleton) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (singleton, position)
) STRICT;
CREATE TABLE complaint_representatives (
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES complaint(singleton) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (singleton, position)
) STRICT;

CREATE TABLE statement (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  sent_date TEXT, agreed_date TEXT, agreed_how TEXT
) STRICT;
CREATE TABLE points (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  number TEXT NOT NULL UNIQUE, summary TEXT NOT NULL, detail TEXT NOT NULL,
  desired_outcome TEXT, scope TEXT, out_of_scope_reason TEXT,
  period TEXT -- added to version 1 before any release, so no migration (see the top of this file)
) STRICT;

CREATE TABLE extension (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  agreed_date TEXT NOT NULL, reason TEXT NOT NULL, new_deadline TEXT
) STRICT;

CREATE TABLE investigation (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  introduction TEXT, methodology TEXT, legal_framework TEXT, background TEXT, conclusion TEXT
) STRICT;

CREATE TABLE evidence (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  ref TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL,
  date TEXT, source TEXT, notes TEXT
) STRICT;
CREATE TABLE evidence_points (
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, point_id TEXT NOT NULL REFERENCES points(id),
  PRIMARY KEY (evidence_id, position)
) STRICT;
CREATE INDEX evidence_points_point ON evidence_points(point_id);

-- The evidence files themselves, stored once per content (sha256), so that re-importing an
-- export made without attachments keeps the files already held.
CREATE TABLE attachment_blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL) STRICT;
CREATE TABLE attachments (
  evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL
) STRICT;

CREATE TABLE interviews (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  ref TEXT NOT NULL UNIQUE, person_id TEXT NOT NULL REFERENCES people(id), date TEXT NOT NULL,
  method TEXT NOT NULL, summary TEXT NOT NULL, agreed_date TEXT
) STRICT;
CREATE INDEX interviews_person ON interviews(person_id);
CREATE TABLE interview_attendees (
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (interview_id, position)
) STRICT;
CREATE INDEX interview_attendees_person ON interview_attendees(person_id);
CREATE TABLE interview_points (
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, point_id TEXT NOT NULL REFERENCES points(id),
  PRIMARY KEY (interview_id, position)
) STRICT;
CREATE INDEX interview_points_point ON interview_points(point_id);

CREATE TABLE chronology (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, date TEXT NOT NULL, event TEXT NOT NULL
) STRICT;
-- A source is an evidence item or an interview: exactly one of the two columns is set.
CREATE TABLE chronology_sources (
  entry_id TEXT NOT NULL REFERENCES chronology(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  evidence_id TEXT REFERENCES evidence(id), interview_id TEXT REFERENCES interviews(id),
  CHECK ((evidence_id IS NULL) <> (interview_id IS NULL)),
  PRIMARY KEY (entry_id, position)
) STRICT;
CREATE INDEX chronology_sources_evidence ON chronology_sources(evidence_id);
CREATE INDEX chronology_sources_interview ON chronology_sources(interview_id);
CREATE TABLE chronology_points (
  entry_id TEXT NOT NULL REFERENCES chronology(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, point_id TEXT NOT NULL REFERENCES points(id),
  PRIMARY KEY (entry_id, position)
) STRICT;
CREATE INDEX chronology_points_point ON chronology_points(point_id);

CREATE TABLE findings (
  point_id TEXT PRIMARY KEY REFERENCES points(id), position INTEGER NOT NULL,
  outcome TEXT NOT NULL, evidence TEXT, analysis TEXT, conclusion TEXT,
  source_ids_present INTEGER NOT NULL DEFAULT 0,
  no_recommendation_reason TEXT -- added to version 1 before any release, so no migration
) STRICT;
CREATE TABLE finding_sources (
  point_id TEXT NOT NULL REFERENCES findings(point_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  evidence_id TEXT REFERENCES evidence(id), interview_id TEXT REFERENCES interviews(id),
  CHECK ((evidence_id IS NULL) <> (interview_id IS NULL)),
  PRIMARY KEY (point_id, position)
) STRICT;
CREATE INDEX finding_sources_evidence ON finding_sources(evidence_id);
CREATE INDEX finding_sources_interview ON finding_sources(interview_id);

CREATE TABLE recommendations (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  number TEXT NOT NULL UNIQUE, text TEXT NOT NULL, owner TEXT, due_date TEXT
) STRICT;
CREATE TABLE recommendation_points (
  recommendation_id TEXT NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, point_id TEXT NOT NULL REFERENCES points(id),
  PRIMARY KEY (recommendation_id, position)
) STRICT;
CREATE INDEX recommendation_points_point ON recommendation_points(point_id);

CREATE TABLE ip_review (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  overall TEXT, process TEXT, recommendations_comment TEXT
) STRICT;
CREATE TABLE ip_review_points (
  point_id TEXT PRIMARY KEY REFERENCES points(id), position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES ip_review(singleton) ON DELETE CASCADE,
  view TEXT NOT NULL, comment TEXT
) STRICT;

CREATE TABLE adjudication (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  adjudicator_id TEXT REFERENCES people(id), date TEXT, apology TEXT, remedy TEXT, meeting_offered INTEGER
) STRICT;
CREATE TABLE adjudication_points (
  point_id TEXT PRIMARY KEY REFERENCES points(id), position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES adjudication(singleton) ON DELETE CASCADE,
  decision TEXT NOT NULL, outcome TEXT, reasons TEXT
) STRICT;
CREATE TABLE adjudication_actions (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES adjudication(singleton) ON DELETE CASCADE,
  decision TEXT NOT NULL, action TEXT NOT NULL, owner TEXT, due_date TEXT, completed_date TEXT
) STRICT;
CREATE TABLE action_recommendations (
  action_id TEXT NOT NULL REFERENCES adjudication_actions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
  PRIMARY KEY (action_id, position)
) STRICT;
CREATE INDEX action_recommendations_recommendation ON action_recommendations(recommendation_id);

CREATE TABLE panel (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  request_date TEXT, meeting_date TEXT, venue TEXT, report_date TEXT, director_response_date TEXT,
  chair_id TEXT REFERENCES people(id), documents_json TEXT
) STRICT;
CREATE TABLE panel_members (
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES panel(singleton) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (singleton, position)
) STRICT;
CREATE TABLE panel_attendees (
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES panel(singleton) ON DELETE CASCADE,
  position INTEGER NOT NULL, person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (singleton, position)
) STRICT;
CREATE TABLE panel_points (
  point_id TEXT PRIMARY KEY REFERENCES points(id), position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES panel(singleton) ON DELETE CASCADE,
  representations TEXT, view TEXT NOT NULL, outcome TEXT
) STRICT;
CREATE TABLE panel_recommendations (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL,
  singleton INTEGER NOT NULL DEFAULT 1 REFERENCES panel(singleton) ON DELETE CASCADE,
  number TEXT NOT NULL UNIQUE, text TEXT NOT NULL
) STRICT;
CREATE TABLE panel_recommendation_points (
  recommendation_id TEXT NOT NULL REFERENCES panel_recommendations(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, point_id TEXT NOT NULL REFERENCES points(id),
  PRIMARY KEY (recommendation_id, position)
) STRICT;
CREATE INDEX panel_recommendation_points_point ON panel_recommendation_points(point_id);

-- Every document issued from this casefile, kept as issued (filled in by the document work).
CREATE TABLE issued_documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL, version INTEGER NOT NULL, format TEXT NOT NULL,
  issued_at TEXT NOT NULL, named INTEGER NOT NULL DEFAULT 0, draft INTEGER NOT NULL DEFAULT 0,
  file_name TEXT NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, note TEXT,
  UNIQUE (kind, format, version)
) STRICT;

-- Who changed what, when: one row per write.
CREATE TABLE audit_trail (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL, action TEXT NOT NULL, collection TEXT, record_id TEXT, summary TEXT NOT NULL
) STRICT;
`;

export default {
  version: 1,
  description: 'the whole interchange model, attachments, issued documents, audit trail',
  up: (db) => db.exec(SQL),
} satisfies Migration;
