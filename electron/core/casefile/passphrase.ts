// Changing a casefile's passphrase so that a crash at any moment leaves a file that opens with
// the old passphrase or the new one, with all its data.
//
// SQLCipher's rekey in place cannot promise that. Under a rollback journal, SQLite3 Multiple
// Ciphers writes page 1 with a new random salt early in the rekey, and a casefile's key is
// derived from the salt in the file's first 16 bytes. After a kill, the journal holds the old
// pages (with the old salt) but can never be rolled back: the old passphrase with the new salt
// derives a key that reads neither the file nor the journal, and the new passphrase cannot
// read the old pages the journal would restore. Neither opens the file. (Measured: killed
// mid-rekey with the journal present and the salt changed, old gave "wrong passphrase", new
// "damaged"; writing the old salt back into the header let the old passphrase roll it back.)
//
// So the change is made on a copy, and the original is replaced in one step:
// 1. the live file's WAL is folded into it and switched off, so that no journal of the old
//    file is left beside the new one (it would be replayed into it);
// 2. a copy is taken under the old key (VACUUM INTO) under a hidden temporary name in the same
//    folder, and the copy is rekeyed: nothing depends on it if this is cut short;
// 3. every page of the copy is checked against the new key (page-check.ts), SQLite's own check
//    runs, its tables must hold as many rows as the original's, and the audit row is added;
// 4. write-atomically.ts flushes it and renames it over the original; the casefile is opened
//    again from it under the new passphrase.
// Until the rename the original is untouched; after it, the file is the complete, checked copy.
// A kill leaves at most the temporary file, which leftovers.ts removes later. The passphrase
// goes to SQLite as key bytes through its API only: never in a file name, a URI or SQL text.
import Database from 'better-sqlite3-multiple-ciphers';
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import { keyBytes, openDatabase, useCasefileCipher, type Db } from './open.ts';
import { checkPages } from './page-check.ts';

const isWindows = process.platform === 'win32';

class CopyRefusedError extends ImpartialError {
  constructor(path: string, why: string) {
    super('passphrase-not-changed', `the passphrase of ${basename(path)} was not changed: ${why}; the old passphrase still opens it`);
  }
}

function openCopy(path: string, key: Buffer): Db {
  const copy = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    useCasefileCipher(copy, key);
    return copy;
  } catch (error) {
    copy.close();
    throw error;
  }
}

function rowCounts(db: Db): Map<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number]));
}

/** Rekeys the copy at `temp` from `oldKey` to `newKey`. */
function rekeyCopy(temp: string, oldKey: Buffer, newKey: Buffer): void {
  const copy = openCopy(temp, oldKey);
  try {
    // A journal would only protect the copy, which is thrown away if this is cut short.
    copy.pragma('journal_mode=OFF');
    copy.rekey(newKey);
  } finally {
    copy.close();
  }
}

/** Proves the copy opens under `newKey` and holds what the original holds, then lets `record` write to it. */
function checkCopy(path: string, temp: string, newKey: Buffer, original: Db, record: (copy: Db) => void): void {
  const { pages, badPages } = checkPages(temp, newKey);
  if (pages === 0 || badPages.length > 0) throw new CopyRefusedError(path, `${badPages.length} of ${pages} pages of its copy failed their check under the new passphrase`);
  const copy = openCopy(temp, newKey);
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CopyRefusedError(path, `its copy failed SQLite's check (${String(check)})`);
    const expected = rowCounts(original);
    const found = rowCounts(copy);
    for (const [table, rows] of expected) {
      if (found.get(table) !== rows) throw new CopyRefusedError(path, `its copy holds ${found.get(table) ?? 0} rows of ${table}, not ${rows}`);
    }
    copy.transaction(() => record(copy)).immediate();
  } finally {
    copy.close();
  }
}

/**
 * Replaces the casefile at `path`, open as `db` under `oldPassphrase`, with a copy under
 * `newPassphrase`, and returns the casefile opened again under it. `record` writes the audit
 * row into the copy, so that the change and its record appear together. On a failure before
 * the replacement, `db` is left open and unchanged (back in WAL mode) and the error thrown.
 */
export function changePassphrase(db: Db, path: string, oldPassphrase: string, newPassphrase: string, record: (copy: Db) => void): Db {
  const oldKey = keyBytes(oldPassphrase);
  const newKey = keyBytes(newPassphrase);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode=DELETE');
  try {
    writeAtomically(path, (temp) => {
      db.prepare('VACUUM INTO ?').run(temp);
      rekeyCopy(temp, oldKey, newKey);
      checkCopy(path, temp, newKey, db, record);
    }, {
      existing: 'replace',
      // Windows cannot rename over a file that is open. Elsewhere the old file stays open, and
      // locked, until its replacement is in place; closing it then touches no file by name,
      // since it has no journal.
      beforeReplace: () => { if (isWindows) db.close(); },
    });
  } catch (error) {
    if (db.open) db.pragma('journal_mode=WAL');
    throw error;
  }
  if (db.open) db.close();
  return openDatabase(path, newPassphrase);
}
