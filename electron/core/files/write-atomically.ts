// The one way Impartial writes a file: so that it appears complete under its name or not at
// all, and under a name that Windows accepts too (file-names.ts). Casefiles, backups, a casefile under a new passphrase, rendered documents, exports and
// calendars all come through here.
//
// The file is produced under a hidden temporary name in the same folder
// (".<name>.<12 hex>.partial", which leftovers.ts knows as ours), flushed to the disk, made
// readable by the user only, then given its real name in one step: linked when the name must
// not be taken (link fails rather than overwrite a file that appeared meanwhile), renamed
// when it replaces the old file. A crash or a full disk leaves the old file (if any) as it
// was and nothing under the real name; a failure removes the temporary file and any SQLite
// journal beside it.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AlreadyExistsError, FolderNotFoundError } from './errors.ts';
import { isReservedOnWindows, ReservedFileNameError } from './file-names.ts';

export interface AtomicWrite {
  /**
   * 'refuse': a file already under the name is never overwritten (AlreadyExistsError), even
   * one that appears while this one is written: a new casefile, a backup.
   * 'replace': the new file takes the old one's place in one step: a rendered document, an
   * export, a casefile under its new passphrase.
   */
  existing: 'refuse' | 'replace';
  /** Runs just before the new file takes the name (e.g. closing the old file where an open file cannot be replaced). */
  beforeReplace?: () => void;
}

const isWindows = process.platform === 'win32';

/** SQLite's files beside a database: a temporary database is removed with them. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** The hidden name a file of `path` is written under first. */
export function partialPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
}

function flushFile(path: string): void {
  // Encrypted or not, what Impartial writes is nobody else's business.
  if (!isWindows) chmodSync(path, 0o600);
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the new name itself durable (POSIX: the folder's entry); some file systems cannot, which is no worse than before. */
function flushFolder(folder: string): void {
  if (isWindows) return;
  try {
    const fd = openSync(folder, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* e.g. EINVAL on a file system without directory sync */ }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Calls `produce(temp)` to write the file under its temporary name, then gives it the name `path`. */
export function writeAtomically<T>(path: string, produce: (temp: string) => T, options: AtomicWrite): T {
  // The file may be copied to Windows, which could neither create nor open it.
  if (isReservedOnWindows(basename(path))) throw new ReservedFileNameError(basename(path));
  if (options.existing === 'refuse' && existsSync(path)) throw new AlreadyExistsError(path);
  if (!isFolder(dirname(path))) throw new FolderNotFoundError(path);
  const temp = partialPathFor(path);
  try {
    const result = produce(temp);
    flushFile(temp);
    options.beforeReplace?.();
    if (options.existing === 'replace') renameSync(temp, path);
    else giveNewName(temp, path);
    flushFolder(dirname(path));
    return result;
  } finally {
    removeDatabaseFiles(temp);
  }
}

function giveNewName(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AlreadyExistsError(path);
    // A file system without hard links (FAT, some network shares): rename after checking.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    if (existsSync(path)) throw new AlreadyExistsError(path);
    renameSync(temp, path);
  }
}

/** Writes `data` as the file `path` (by default replacing one that is there). */
export function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWrite = { existing: 'replace' }): void {
  writeAtomically(path, (temp) => {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFileSync(fd, data); // loops until every byte is written
    } finally {
      closeSync(fd);
    }
  }, options);
}
