// Creating and opening casefiles. Either first removes what an interrupted create or
// passphrase change left in the casefile's folder (files/leftovers.ts).
import { basename, dirname, extname } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { audit } from './audit.ts';
import { Casefile, FORMAT_VERSION } from './casefile.ts';
import { JournalDamagedError, NewerVersionError, NotACasefileError } from './errors.ts';
import { removeLeftovers } from '../files/leftovers.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import { describeImport, importCase, validateCase } from './import-case.ts';
import type { CasefileNotice } from './journal-check.ts';
import { migrate, SCHEMA_VERSION, schemaVersionOf } from './migrations/index.ts';
import { describeSqliteError, keyBytes, openDatabase, type Db } from './open.ts';
import { placeholderCase } from './placeholder.ts';
import { createStore } from './store.ts';
import { checkMainFilePages, type VerifyResult } from './verify.ts';
import { ensureCaseTextIndex } from '../search/case-text.ts';

const APPLICATION = 'impartial';

/**
 * Creates a casefile holding `data` (by default a placeholder case titled after the file).
 * Refuses to overwrite; the data is validated first; on any failure no file is left behind.
 */
export function createCasefile(path: string, passphrase: string, data?: CaseData): Casefile {
  keyBytes(passphrase);
  removeLeftovers(dirname(path));
  const value = validateCase(data ?? placeholderCase(basename(path, extname(path)) || 'New case'));
  writeAtomically(path, (temp) => {
    const db = openDatabase(temp, passphrase, { create: true });
    try {
      migrate(db);
      const store = createStore(db);
      db.transaction(() => {
        const now = new Date().toISOString();
        for (const [k, v] of [['application', APPLICATION], ['format_version', String(FORMAT_VERSION)], ['created_at', now], ['modified_at', now]] as const) {
          store.meta.set.run(k, v);
        }
        importCase(store, value);
        audit(db, { action: 'create', summary: `created the casefile; ${describeImport(value)}` });
      }).immediate();
    } finally {
      db.close();
    }
  }, { existing: 'refuse' });
  return openCasefile(path, passphrase);
}

function checkSchema(db: Db, path: string): void {
  const version = schemaVersionOf(db);
  if (version > SCHEMA_VERSION) throw new NewerVersionError(path, version, SCHEMA_VERSION);
  const isOurs = version > 0 && db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get() !== undefined
    && db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get() === APPLICATION;
  if (!isOurs) throw new NotACasefileError(path, 'it is an encrypted database, but not one written by Impartial');
  try {
    migrate(db);
  } catch (error) {
    const described = describeSqliteError(path, error);
    if (described instanceof ImpartialError) throw described;
    throw new ImpartialError('migration-failed', `${basename(path)} could not be updated from schema ${version} to ${SCHEMA_VERSION} (${(error as Error).message}); it was left unchanged`, { cause: error });
  }
  // The case's text in the search index, built after a migration or by an older version of it.
  ensureCaseTextIndex(createStore(db));
}

/** Opens a casefile; what opening found and put right is in the casefile's `notices`. */
export function openCasefile(path: string, passphrase: string): Casefile {
  removeLeftovers(dirname(path));
  const notices: CasefileNotice[] = [];
  const db = openDatabase(path, passphrase, { onNotice: (notice) => notices.push(notice) });
  try {
    checkSchema(db, path);
    return new Casefile(path, db, passphrase, notices);
  } catch (error) {
    db.close();
    throw describeSqliteError(path, error);
  }
}

/**
 * `impartial verify` on a casefile that is not open: opens it and runs the full check. A
 * damaged journal cannot be opened (that would drop what it holds), so it is reported with
 * what the main file's own pages show, and the journal is left as it is.
 */
export function verifyCasefileAt(path: string, passphrase: string): VerifyResult {
  let casefile: Casefile;
  try {
    casefile = openCasefile(path, passphrase);
  } catch (error) {
    if (!(error instanceof JournalDamagedError)) throw error;
    return { ok: false, problems: [error.message, ...checkMainFilePages(path, keyBytes(passphrase))] };
  }
  try {
    return casefile.verify();
  } finally {
    casefile.close();
  }
}
