// The two ways writing a new file can be refused before anything is written. Each names the
// file by its file name; the path is the error's location (shared/errors.ts), which the
// command line prints and the app never shows.
import { basename, dirname } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';

export class AlreadyExistsError extends ImpartialError {
  constructor(path: string) {
    super('already-exists', `${basename(path)} already exists: choose another name (nothing was overwritten)`);
  }
}

export class FolderNotFoundError extends ImpartialError {
  constructor(path: string) {
    super('folder-not-found', `the folder for ${basename(path)} does not exist`, { location: dirname(path) });
  }
}
