// Creating and opening casefiles. Either first removes what an interrupted create or
// passphrase change left in the casefile's folder (files/leftovers.ts).
import { constants, copyFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { audit, setActor } from './audit.ts';
import { Casefile, FORMAT_VERSION, type CasefileActor } from './casefile.ts';
import { JournalDamagedError, NewerVersionError, NotACasefileError } from './errors.ts';
import { removeLeftovers } from '../files/leftovers.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import { describeImport, importCase, validateCase } from './import-case.ts';
import type { CasefileNotice } from './journal-check.ts';
import { migrate, SCHEMA_VERSION, schemaVersionOf } from './migrations/index.ts';
import { deriveKeysAhead, derivedKeysOf, describeSqliteError, keyBytes, openDatabase, type Db, type KeysAhead } from './open.ts';
import { placeholderCase } from './placeholder.ts';
import { createStore } from './store.ts';
import { checkMainFilePages, type VerifyResult } from './verify.ts';
import { ensureCaseTextIndex } from '../search/case-text.ts';

const APPLICATION = 'impartial';

/**
 * Creates a casefile holding `data` (by default a placeholder case titled after the file).
 * Refuses to overwrite; the data is validated first; on any failure no file is left behind.
 */
export function createCasefile(path: string, passphrase: string, data?: CaseData, options: OpenCasefileOptions = {}): Casefile {
  keyBytes(passphrase);
  removeLeftovers(dirname(path));
  const value = validateCase(data ?? placeholderCase(basename(path, extname(path)) || 'New case'));
  let keysAhead: KeysAhead | undefined;
  writeAtomically(path, (temp) => {
    const db = openDatabase(temp, passphrase, { create: true });
    const keys = derivedKeysOf(db);
    if (keys) keysAhead = { secret: keyBytes(passphrase), fileSalt: keys.salt, keys };
    try {
      migrate(db);
      const store = createStore(db);
      setActor(db, options.actor ?? {});
      db.transaction(() => {
        const now = new Date().toISOString();
        for (const [k, v] of [['application', APPLICATION], ['format_version', String(FORMAT_VERSION)], ['created_at', now], ['modified_at', now]] as const) {
          store.meta.set.run(k, v);
        }
        importCase(store, value);
        audit(db, { action: 'create', summary: `created the casefile; ${describeImport(value)}` });
      }).immediate();
      // Index the case's text now, in the file not yet in place, so that the first open has nothing to write.
      ensureCaseTextIndex(store);
    } finally {
      db.close();
    }
  }, { existing: 'refuse' });
  // The keys the file was made with: opening it derives nothing again.
  return openWithKeys(path, passphrase, options, keysAhead);
}

export interface OpenCasefileOptions {
  /** Who the changes made through the casefile are by (the name given on this computer). */
  actor?: CasefileActor;
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
export function openCasefile(path: string, passphrase: string, options: OpenCasefileOptions = {}): Casefile {
  return openWithKeys(path, passphrase, options);
}

/**
 * openCasefile, with the key derivation (the slow part of opening) done on Node's thread pool
 * first, so that what the caller started meanwhile goes on: a command that renders loads its
 * renderer while the key is derived. The same rounds, the same checks, the same errors.
 */
export async function openCasefileAsync(path: string, passphrase: string, options: OpenCasefileOptions = {}): Promise<Casefile> {
  return openWithKeys(path, passphrase, options, await deriveKeysAhead(path, passphrase));
}

function openWithKeys(path: string, passphrase: string, options: OpenCasefileOptions, keysAhead?: KeysAhead): Casefile {
  removeLeftovers(dirname(path));
  const notices: CasefileNotice[] = [];
  const db = openDatabase(path, passphrase, { onNotice: (notice) => notices.push(notice), ...(keysAhead ? { keysAhead } : {}) });
  try {
    checkSchema(db, path);
    return new Casefile(path, db, passphrase, notices, options);
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

/**
 * Restores a backup as a NEW casefile at `path` (never over another file): the backup is copied
 * under a hidden temporary name, opened (and brought to this version's schema), fully verified,
 * marked as restored (a casefile id of its own, a row in its history), and only then given its
 * name. A backup that fails any check leaves nothing behind. The errors name the backup.
 */
export function restoreBackup(backupPath: string, path: string, passphrase: string, options: OpenCasefileOptions & { madeAt?: string } = {}): void {
  keyBytes(passphrase);
  removeLeftovers(dirname(path));
  writeAtomically(path, (temp) => {
    const name = `the backup ${basename(backupPath)}`;
    const another = { cli: 'Choose another backup', app: 'Choose another backup' };
    // What opening the copy found, said of the backup (the copy's hidden name means nothing to anyone).
    const named = (error: unknown): unknown => {
      if (!(error instanceof ImpartialError)) return error;
      if (error.code === 'wrong-passphrase' || error.code === 'damaged-or-wrong-passphrase') {
        return new ImpartialError(error.code, `the passphrase does not open ${name}${error.code === 'wrong-passphrase' ? '' : ', or the backup is damaged'}: a backup opens with the passphrase the casefile had when the backup was made`);
      }
      return new ImpartialError(error.code, error.facts.split(basename(temp)).join(name), { advice: another });
    };
    try {
      copyFileSync(backupPath, temp, constants.COPYFILE_EXCL);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ImpartialError('cannot-read', `the backup ${basename(backupPath)} could not be read (${code ?? (error as Error).message})`, { location: backupPath });
    }
    let casefile: Casefile;
    try {
      casefile = openCasefile(temp, passphrase, options);
    } catch (error) {
      throw named(error);
    }
    try {
      const report = casefile.verify();
      if (!report.ok) {
        const more = report.problems.length > 1 ? ` (and ${report.problems.length - 1} more problem${report.problems.length > 2 ? 's' : ''})` : '';
        throw new ImpartialError('backup-damaged', `${name} failed its check, so it was not restored: ${report.problems[0]!.split(basename(temp)).join(name)}${more}`, { advice: another });
      }
      casefile.markRestored({ madeAt: options.madeAt });
    } finally {
      casefile.close();
    }
  }, { existing: 'refuse' });
}
