// Opening the encrypted SQLite file behind a casefile (docs/contracts/design.md section 2): SQLCipher 4
// scheme, WAL, synchronous FULL, temp store in memory, foreign keys on, and an exclusive lock
// held for as long as the casefile is open so that a second process is refused rather than
// allowed to write alongside. Each way opening can fail becomes its own error (errors.ts).
// The key is derived here, once, and handed to SQLite raw: the journal check (journal-check.ts)
// needs it before SQLite may read the journal.
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ImpartialError, type Advice } from '../../../shared/errors.ts';
import {
  CasefileNotFoundError, DamagedCasefileError, DamagedOrWrongPassphraseError, EmptyPassphraseError, JournalDamagedError, NotACasefileError,
  OpenElsewhereError, WrongPassphraseError,
} from './errors.ts';
import { checkJournal, journalPathOf, saltInJournal, tornJournalNotice, type CasefileNotice, type JournalState } from './journal-check.ts';
import { checkPages, deriveKeys, deriveKeysAsync, PAGE_SIZE, pageIsAuthentic, rawKeyForSqlite, SALT_SIZE, type CipherKeys } from './page-check.ts';

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

/** Refuses, before SQLite sees it, a file that cannot be a casefile (SQLite would treat an empty one as a new database); answers its first page. */
function precheck(path: string): Buffer {
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
  const head = readHead(path);
  const other = recogniseOtherFile(head);
  if (other) throw new NotACasefileError(path, other.why, other.advice);
  if (size % PAGE_SIZE !== 0) throw new NotACasefileError(path, `its size (${size} bytes) is not a whole number of 4096-byte pages`);
  return head;
}

/** SQLite says "not a database" both for a wrong passphrase and for a damaged first page: look at the pages to tell which. */
function diagnoseNotADatabase(path: string, secret: Buffer, keys: CipherKeys, fileSalt: Buffer): Error {
  const { pages, badPages } = checkPages(path, keys, 64);
  if (badPages.length === pages) return wrongKeyOrDamagedSalt(path, secret, fileSalt, pages);
  if (badPages.includes(1)) return new DamagedCasefileError(path, 'its first page failed its integrity check');
  return new DamagedCasefileError(path, 'its header is not valid');
}

/**
 * No page verifies: the key is wrong, or the salt it is made with (the file's first 16 bytes,
 * which no HMAC covers) is damaged; SQLCipher cannot tell which. A second copy of the salt,
 * in a page-1 frame of the journal, tells them apart when there is one.
 */
function wrongKeyOrDamagedSalt(path: string, secret: Buffer, fileSalt: Buffer, pages: number): Error {
  if (fileSalt.every((b) => b === fileSalt[0])) return new DamagedCasefileError(path, 'its first 16 bytes, the salt of its key, are blank');
  const copy = saltInJournal(path);
  if (copy?.equals(fileSalt)) return new WrongPassphraseError(path);
  if (copy && checkPages(path, deriveKeys(secret, copy), 64).badPages.length < pages) {
    return new DamagedCasefileError(path, 'its first 16 bytes, the salt of its key, are damaged');
  }
  return new DamagedOrWrongPassphraseError(path);
}

const nonEmpty = (file: string) => existsSync(file) && statSync(file).size > 0;
const hasJournal = (path: string) => nonEmpty(journalPathOf(path));

/**
 * The journal checked before SQLite reads it (journal-check.ts). Damage is refused with the
 * journal left exactly as it is; a torn last transaction is answered for openDatabase to report.
 */
function checkJournalFirst(path: string, secret: Buffer, keys: CipherKeys, head: Buffer): JournalState {
  if (!hasJournal(path)) return { kind: 'none' };
  // Frames can only be judged with the right key: under a wrong one, every page fails.
  if (!pageIsAuthentic(head, 1, keys)) {
    const { pages, badPages } = checkPages(path, keys, 64);
    if (badPages.length === pages) throw wrongKeyOrDamagedSalt(path, secret, head.subarray(0, SALT_SIZE), pages);
  }
  const state = checkJournal(path, keys);
  if (state.kind !== 'damaged') return state;
  const { lastSaved, state: confirmed } = underReadLock(path, keys, () => checkJournal(path, keys));
  if (confirmed.kind !== 'damaged') return confirmed;
  throw new JournalDamagedError(path, confirmed.lost, confirmed.readableUpToDamage ? lastSaved : undefined);
}

/**
 * Runs `check` again with the casefile held by a read lock, and reads when the last change
 * SQLite can read was saved. A program that has the casefile open may have been part-way
 * through a write when the journal was first read; it holds the casefile, so the lock is
 * refused and the casefile is reported as open elsewhere. The connection is read-only, so
 * SQLite can neither checkpoint nor change the journal; its wal-index file is removed again.
 */
function underReadLock(path: string, keys: CipherKeys, check: () => JournalState): { lastSaved?: string; state: JournalState } {
  const shm = `${path}-shm`;
  const hadShm = existsSync(shm);
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(rawKeyForSqlite(keys));
    db.exec('BEGIN');
    let lastSaved: string | undefined;
    try {
      lastSaved = db.prepare('SELECT at FROM audit_trail ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
    } catch (error) {
      const code = sqliteCode(error);
      if (code?.startsWith('SQLITE_BUSY') || code?.startsWith('SQLITE_LOCKED')) throw new OpenElsewhereError(path);
    }
    return { ...(lastSaved ? { lastSaved } : {}), state: check() };
  } catch (error) {
    if (error instanceof OpenElsewhereError) throw error;
    // No lock to be had here (a read-only folder, say): the first reading stands.
    return { state: check() };
  } finally {
    db?.close();
    if (!hadShm) rmSync(shm, { force: true });
  }
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

/**
 * A casefile's keys derived before it is opened (deriveKeysAhead), with the passphrase and the
 * salt they were derived from: opening uses them only if both are still the same.
 */
export interface KeysAhead {
  readonly secret: Buffer;
  readonly fileSalt: Buffer;
  readonly keys: CipherKeys;
}

/**
 * Derives the keys of the casefile at `path` without holding up the main thread (the same
 * PBKDF2, on Node's thread pool). Undefined when opening would not use them: the file is not
 * a casefile or cannot be read, or the passphrase is empty (opening then says what is wrong,
 * as it always has), or a rollback journal is waiting (SQLite derives the key then).
 */
export async function deriveKeysAhead(path: string, passphrase: string): Promise<KeysAhead | undefined> {
  let secret: Buffer;
  let fileSalt: Buffer;
  try {
    secret = keyBytes(passphrase);
    fileSalt = Buffer.from(precheck(path).subarray(0, SALT_SIZE));
    if (nonEmpty(`${path}-journal`)) return undefined;
  } catch {
    return undefined;
  }
  return { secret, fileSalt, keys: await deriveKeysAsync(secret, fileSalt) };
}

export interface OpenOptions {
  /** Create a new file (the path must not exist) instead of opening one. */
  create?: boolean;
  /** Keys derived beforehand (deriveKeysAhead), used if they were derived from this passphrase and the file's salt. */
  keysAhead?: KeysAhead;
  /** Told what opening found and put right, for the user to read (a torn last transaction discarded). */
  onNotice?: (notice: CasefileNotice) => void;
}

/** The keys derived when a casefile was opened, so that checking a copy of it (a backup, made
 *  with the same salt) does not run the slow key derivation again. Held only while it is open. */
const derivedKeys = new WeakMap<Db, CipherKeys>();

export function derivedKeysOf(db: Db): CipherKeys | undefined {
  return derivedKeys.get(db);
}

export function openDatabase(path: string, passphrase: string, options: OpenOptions = {}): Db {
  const secret = keyBytes(passphrase);
  let existing: { keys: CipherKeys; head: Buffer; journal: JournalState } | undefined;
  // A new file's salt is made here and its key derived once, in Node, as every open derives it:
  // SQLite is handed the key raw with the salt (it writes the salt as the file's first 16
  // bytes), so it runs no derivation of its own, and whoever creates the file opens it with
  // the same keys (derivedKeysOf) instead of deriving them again.
  const created = options.create ? deriveKeys(secret, randomBytes(SALT_SIZE)) : undefined;
  if (!options.create) {
    const head = precheck(path);
    // A rollback journal left by a passphrase change cut short is rolled back as SQLite opens the
    // file, which can put back another salt: then SQLite derives the key itself, as it reads it.
    if (!nonEmpty(`${path}-journal`)) {
      const salt = head.subarray(0, SALT_SIZE);
      const ahead = options.keysAhead;
      const keys = ahead && ahead.secret.equals(secret) && ahead.fileSalt.equals(salt) ? ahead.keys : deriveKeys(secret, salt);
      existing = { keys, head, journal: checkJournalFirst(path, secret, keys, head) };
    }
  }
  // timeout 0: a casefile held by another process is reported at once, not after a wait.
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: !options.create, timeout: 0 });
  } catch (error) {
    throw describeSqliteError(path, error);
  }
  try {
    const keys = existing?.keys ?? created;
    useCasefileCipher(db, keys ? rawKeyForSqlite(keys) : secret);
    db.pragma('locking_mode=EXCLUSIVE');
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_NOTADB' && !options.create) {
        const salt = (existing?.head ?? readHead(path)).subarray(0, SALT_SIZE);
        throw diagnoseNotADatabase(path, secret, existing?.keys ?? deriveKeys(secret, salt), salt);
      }
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
    if (existing?.journal.kind === 'torn') {
      // SQLite has dropped the torn frames; they go from the file too, so that a later crash
      // cannot leave them behind newer frames, where they would look like saved changes.
      db.pragma('wal_checkpoint(TRUNCATE)');
      options.onNotice?.(tornJournalNotice(path));
    }
    if (keys) derivedKeys.set(db, keys);
    return db;
  } catch (error) {
    db.close();
    throw describeSqliteError(path, error);
  }
}
