// Casefiles written by earlier releases open in this one: every migration runs on a real
// casefile of each earlier release (tests/fixtures/v<N>.casefile, made by that release: see
// tests/fixtures/README.md), which must then export exactly the case that release exported.
// When a migration is added, these tests run it on every fixture with no change here; when a
// release ships a new schema version, add its casefile to `releases`.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { migrate, migrations, SCHEMA_VERSION, schemaVersionOf, type Migration } from '../../../electron/core/casefile/migrations/index.ts';
import { openDatabase, type Db } from '../../../electron/core/casefile/open.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { removeTempDirs, root, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const releases = [
  { version: 1, file: 'v1.casefile', passphrase: 'v1 fixture: correct horse battery staple', expected: 'v1.expected.json', audit: 'v1.audit.json' },
];

const fixture = (name: string) => join(root, 'tests/fixtures', name);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;

/** A copy of a fixture to work on: opening a casefile migrates it, and the fixture must stay as its release wrote it. */
function copyOf(name: string): string {
  const path = join(tempDir(), name);
  copyFileSync(fixture(name), path);
  return path;
}

function withDatabase<T>(path: string, passphrase: string, fn: (db: Db) => T, create = false): T {
  const db = openDatabase(path, passphrase, { create });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Every table, index and trigger with its SQL, as SQLite keeps it. */
const schemaOf = (db: Db) => db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY name").all();

function checkIntegrity(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

describe('the migrations', () => {
  it('are numbered 1, 2, 3... with one file each, every file in the folder listed', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(migrations.length);
    const files = readdirSync(join(root, 'electron/core/casefile/migrations')).filter((f) => f !== 'index.ts').sort((a, b) => parseInt(a) - parseInt(b));
    expect(files.map((f) => parseInt(f))).toEqual(migrations.map((m) => m.version));
    for (const f of files) expect(f, 'name: <version>-<what it adds>.ts').toMatch(/^\d+-[a-z0-9-]+\.ts$/);
  });
});

describe.each(releases)('a casefile from the release of schema $version', (release) => {
  it('holds the tables that release wrote, exactly as the frozen migrations create them', () => {
    const released = withDatabase(copyOf(release.file), release.passphrase, (db) => {
      expect(schemaVersionOf(db)).toBe(release.version);
      return schemaOf(db);
    });
    const fresh = withDatabase(join(tempDir(), 'fresh.casefile'), 'pw', (db) => {
      migrate(db, migrations.slice(0, release.version));
      return schemaOf(db);
    }, true);
    expect(fresh).toEqual(released);
  });

  it('opens with this release, migrated to the newest schema, and exports the same case and history', () => {
    const path = copyOf(release.file);
    const casefile = openCasefile(path, release.passphrase);
    try {
      expect(casefile.info().schemaVersion).toBe(SCHEMA_VERSION);
      expect(casefile.readCase({ withAttachments: true })).toStrictEqual(readJson<CaseData>(release.expected));
      expect(JSON.stringify(casefile.readCase({ withAttachments: true }), null, 2) + '\n').toBe(readFileSync(fixture(release.expected), 'utf8'));
      const history = readJson<Array<Record<string, string>>>(release.audit);
      const rows = casefile.auditTrail(10_000);
      const trail = rows.map(({ action, collection, recordId, summary }) => ({ action, collection, recordId, summary }));
      expect(JSON.parse(JSON.stringify(trail.slice(-history.length)))).toEqual(history);
      // The earlier changes are sealed into the chain, and a change says where the chain starts.
      expect(rows[0]).toMatchObject({ seq: history.length + 1, action: 'history-start' });
      expect(trail[0]!.summary).toContain(`the ${history.length} changes before this one were recorded without who made them`);
      expect(casefile.checkHistory()).toEqual([]);
      expect(casefile.casefileId()).toMatch(/^[0-9a-f-]{36}$/);
      const verified = casefile.verify();
      expect(verified.problems).toEqual([]);
      // Still a working casefile: an edit is kept, audited, and survives reopening.
      casefile.upsert('chronology', { id: 'c-after', date: '2025-03-01', event: 'Casefile opened in a later release.', sourceIds: ['e-1'], pointIds: ['pt-1'] });
    } finally {
      casefile.close();
    }
    const reopened = openCasefile(path, release.passphrase);
    try {
      expect(reopened.readCase().chronology!.at(-1)!.id).toBe('c-after');
      expect(reopened.auditTrail(1)[0]!.summary).toBe('added chronology entry of 1 March 2025');
      expect(reopened.checkHistory()).toEqual([]);
      expect(reopened.readAttachment('e-1').toString('utf8')).toContain('Review postponed');
    } finally {
      reopened.close();
    }
  });

  it('passes each later migration one at a time with its integrity and references whole', () => {
    const path = copyOf(release.file);
    const later = migrations.filter((m) => m.version > release.version);
    for (const step of later) {
      withDatabase(path, release.passphrase, (db) => {
        migrate(db, migrations.slice(0, step.version));
        expect(schemaVersionOf(db), step.description).toBe(step.version);
        checkIntegrity(db);
      });
    }
    const casefile = openCasefile(path, release.passphrase);
    try {
      expect(casefile.info().schemaVersion).toBe(SCHEMA_VERSION);
      expect(casefile.readCase({ withAttachments: true })).toStrictEqual(readJson<CaseData>(release.expected));
    } finally {
      casefile.close();
    }
  });
});

describe('a migration that fails', () => {
  const release = releases[0]!;
  const counts = (db: Db) => ({
    people: db.prepare('SELECT count(*) FROM people').pluck().get(),
    extra: db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get(),
  });

  it.each([
    ['throws', (db: Db) => { db.exec('CREATE TABLE extra (a TEXT) STRICT; DELETE FROM person_aliases;'); throw new Error('step failed'); }, 'step failed'],
    ['would leave references dangling', (db: Db) => { db.exec('CREATE TABLE extra (a TEXT) STRICT; DELETE FROM people;'); }, /would leave \d+ row\(s\) of \w+ referring to a missing people record/],
  ])('leaves the casefile as it was when a step %s', (_what, up, message) => {
    const path = copyOf(release.file);
    withDatabase(path, release.passphrase, (db) => {
      migrate(db);
      const before = { ...counts(db), aliases: db.prepare('SELECT count(*) FROM person_aliases').pluck().get() };
      const failing: Migration = { version: SCHEMA_VERSION + 1, description: 'a step that fails', up: () => up(db) };
      expect(() => migrate(db, [...migrations, failing])).toThrow(message);
      expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
      expect({ ...counts(db), aliases: db.prepare('SELECT count(*) FROM person_aliases').pluck().get() }).toEqual(before);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      checkIntegrity(db);
    });
    const casefile = openCasefile(path, release.passphrase);
    try {
      expect(casefile.readCase({ withAttachments: true })).toStrictEqual(readJson<CaseData>(release.expected));
    } finally {
      casefile.close();
    }
  });
});
