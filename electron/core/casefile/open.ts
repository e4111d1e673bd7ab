// Opening the encrypted SQLite file behind a casefile (docs/contracts/design.md section 2): SQLCipher 4
// scheme, WAL, synchronous FULL, temp store in memory, foreign keys on, and an exclusive lock
// held for as long as the casefile is open so that a second process is refused rather than
// allowed to write alongside. Each way opening can fail becomes its own error (errors.ts).
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ImpartialError, type Advice } from '../../../shared/errors.ts';
import {
  CasefileNotFoundError, DamagedCasefileError, EmptyPassphraseError, NotACasefileError, OpenElsewhereError, WrongPassphraseError,
} from './errors.ts';
import { checkPages, PAGE_SIZE } from './page-check.ts';

export type Db = Database.Database;

/** The passphrase as the key bytes: NFC, so that the same words typed on any system open the file. */
export function keyBytes(passphrase: string): Buffer {
  if (passphrase.length === 0) throw new EmptyPassphraseError();
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** An interchange file opened as a casefile: the user meant to import it. */
const IMPORT_IT: Advice = { cli: 'To make a casefile from it, run "impartial new <name>.casefile --from <file>"', app: 'To make a casefile from it, use “Import from interchange JSON”' };

/** Names a file that is plainly something else, from its first bytes. */
function recogniseOtherFile(head: Buffer): { why: string; advice?: Advice } | undefined {
  if (head.subarray(0, 16).equals(SQLITE_HEADER)) return { why: 'it is an unencrypted SQLite database' };
  const starts = (magic: string) => head.subarray(0, magic.length).equals(Buffer.from(magic, 'latin1'));
  if (starts('%PDF')) return { why: 'it is a PDF file' };
  if (starts('PK\x03\x04')) return { why: 'it is a ZIP file (perhaps a Word document)' };
  if (starts('\xD0\xCF\x11\xE0')) return { why: 'it is an old-style Office document' };
  const sample = head.subarray(0, 512);
  const controls = sample.some((b) => b < 32 && b !== 9 && b !== 10 && b !== 13);
  let text = !controls;
  // Valid UTF-8 (allowing a character cut off at the end of the sample): random bytes never are.
  if (text) try { new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4))); } catch { text = false; }
  if (text) return sample.subarray(0, 1).toString() === '{' ? { why: 'it is a JSON file', advice: IMPORT_IT } : { why: 'it is a text file' };
  return undefined;
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PAGE_SIZE);
    const n = readSync(fd, head, 0, PAGE_SIZE, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Refuses, before SQLite sees it, a file that cannot be a casefile (SQLite would treat an empty one as a new database). */
function precheck(path: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new NotACasefileError(path, 'it is a folder');
    size = st.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CasefileNotFoundError(path);
    throw error;
  }
  if (size === 0) throw new NotACasefileError(path, 'the file is empty');
  const other = recogniseOtherFile(readHead(path));
  if (other) throw new NotACasefileError(path, other.why, other.advice);
  if (size % PAGE_SIZE !== 0) throw new NotACasefileError(path, `its size (${size} bytes) is not a whole number of 4096-byte pages`);
}

/** SQLite says "not a database" both for a wrong passphrase and for a damaged first page: look at the pages to tell which. */
function diagnoseNotADatabase(path: string, key: Buffer): Error {
  const { pages, badPages } = checkPages(path, key, 64);
  if (badPages.length === pages) return new WrongPassphraseError(path);
  if (badPages.includes(1)) return new DamagedCasefileError(path, 'its first page failed its integrity check');
  return new DamagedCasefileError(path, 'its header is not valid');
}

export function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

/** SQLite's failures as the errors of errors.ts, naming the casefile; anything else unchanged. */
export function describeSqliteError(path: string, error: unknown): unknown {
  const code = sqliteCode(error);
  if (code === undefined) return error;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new DamagedCasefileError(path, 'a page failed its integrity check', { cause: error });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new OpenElsewhereError(path);
  if (code === 'SQLITE_FULL') return new ImpartialError('disk-full', `the disk is full: ${basename(path)} was left unchanged`, { cause: error });
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new ImpartialError('io-error', `cannot read or write ${basename(path)} (${code}); it was left unchanged`, { cause: error });
  }
  return error;
}

/** The casefile's cipher (SQLCipher 4 scheme) and key, for a connection that has read nothing yet. */
export function useCasefileCipher(db: Db, key: Buffer): void {
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.key(key);
}

export interface OpenOptions {
  /** Create a new file (the path must not exist) instead of opening one. */
  create?: boolean;
}

export function openDatabase(path: string, passphrase: string, options: OpenOptions = {}): Db {
  const key = keyBytes(passphrase);
  if (!options.create) precheck(path);
  // timeout 0: a casefile held by another process is reported at once, not after a wait.
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create, timeout: 0 });
  } catch (error) {
    throw describeSqliteError(path, error);
  }
  try {
    useCasefileCipher(db, key);
    db.pragma('locking_mode=EXCLUSIVE');
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_NOTADB') throw diagnoseNotADatabase(path, key);
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new OpenElsewhereError(path);
      if (code?.startsWith('SQLITE_CORRUPT')) throw new DamagedCasefileError(path, 'its structure is not valid', { cause: error });
      throw error;
    }
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('temp_store=MEMORY');
    db.pragma('foreign_keys=ON');
    // Take the write lock now and keep it (exclusive locking mode never releases it).
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (error) {
    db.close();
    throw describeSqliteError(path, error);
  }
}
