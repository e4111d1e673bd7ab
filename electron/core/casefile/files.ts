// Creating a file so that it either appears complete under its name or not at all: it is
// written under a hidden temporary name in the same folder, then linked to its real name,
// which fails rather than overwrite a file that appeared meanwhile.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { AlreadyExistsError } from './errors.ts';

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** Calls `write(temp)` to produce the file, then moves it to `path`; on any failure nothing is left behind. */
export function atomicCopy<T>(path: string, write: (temp: string) => T): T {
  if (existsSync(path)) throw new AlreadyExistsError(path);
  if (!existsSync(dirname(path))) throw new ImpartialError('not-found', `the folder ${dirname(path)} does not exist`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const result = write(temp);
    // Encrypted or not, a casefile is nobody else's business.
    if (process.platform !== 'win32') chmodSync(temp, 0o600);
    try {
      linkSync(temp, path);
      rmSync(temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new AlreadyExistsError(path);
      // A file system without hard links (FAT, some network shares): rename after checking.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
      if (existsSync(path)) throw new AlreadyExistsError(path);
      renameSync(temp, path);
    }
    return result;
  } finally {
    removeDatabaseFiles(temp);
  }
}
