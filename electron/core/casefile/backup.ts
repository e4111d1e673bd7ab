// A backup: an encrypted copy of an open casefile (VACUUM INTO: the same passphrase, never
// plaintext), written under a hidden temporary name and checked before it takes its name
// (write-atomically.ts): every page's HMAC under the key made from the copy's own salt, SQLite's
// quick_check, and the copy's last change the same as the casefile's. A copy that fails is
// removed; nothing is ever left under the backup's name that has not passed.
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { writeAtomically } from '../files/write-atomically.ts';
import { historyHead } from './audit.ts';
import type { HistoryHead } from './history-chain.ts';
import { derivedKeysOf, keyBytes, useCasefileCipher, type Db } from './open.ts';
import { checkPages, deriveKeys, rawKeyForSqlite, SALT_SIZE } from './page-check.ts';

export interface BackupResult {
  /** Where the backup was written. */
  path: string;
  size: number;
  /** The last change it holds. */
  head: HistoryHead;
}

export class BackupFailedError extends ImpartialError {
  constructor(source: string, target: string, why: string) {
    super('backup-failed', `the backup of ${basename(source)} failed its check (${why}): nothing was kept under ${basename(target)}`);
  }
}

function saltOf(path: string): Buffer {
  const salt = Buffer.alloc(SALT_SIZE);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, salt, 0, SALT_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  return salt;
}

/** Opens the written copy with the key and proves it whole and the same as the casefile it came from. */
function checkCopy(db: Db, source: string, target: string, temp: string, passphrase: string, expected: HistoryHead): void {
  const salt = saltOf(temp);
  const known = derivedKeysOf(db);
  const keys = known?.salt.equals(salt) ? known : deriveKeys(keyBytes(passphrase), salt);
  const { pages, badPages } = checkPages(temp, keys);
  if (pages === 0 || badPages.length > 0) throw new BackupFailedError(source, target, `${badPages.length} of ${pages} pages failed their integrity check`);
  const copy = new Database(temp, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    useCasefileCipher(copy, rawKeyForSqlite(keys));
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupFailedError(source, target, `SQLite's check found: ${String(check)}`);
    const head = historyHead(copy);
    if (head.seq !== expected.seq || head.hash !== expected.hash) {
      throw new BackupFailedError(source, target, `it ends at change ${head.seq}, not at the casefile's last change, ${expected.seq}`);
    }
  } finally {
    copy.close();
  }
}

/**
 * Writes a checked backup of the casefile open as `db` (at `source`) to `target`, which must not
 * exist. The caller has sealed the history, so the last change cannot move while the copy is made.
 */
export function backUp(db: Db, source: string, target: string, passphrase: string): BackupResult {
  const head = historyHead(db);
  writeAtomically(target, (temp) => {
    db.prepare('VACUUM INTO ?').run(temp);
    checkCopy(db, source, target, temp, passphrase, head);
  }, { existing: 'refuse' });
  return { path: target, size: statSync(target).size, head };
}
