// Every way that opening or using a casefile can fail has its own class, so that the app and
// the CLI can react to each (ask for the passphrase again, offer verify, say who has it open)
// and the user reads one line that names the file and the problem. The facts name the file
// by its file name only; the path goes in `location` (shared/errors.ts), which the command
// line prints and the app never shows.
import { basename } from 'node:path';
import { ImpartialError, type ImpartialErrorOptions } from '../../../shared/errors.ts';
import { formatIssue, type InterchangeIssue } from '../../../shared/interchange/parse.ts';
export { AlreadyExistsError, FolderNotFoundError } from '../files/errors.ts';

const name = (path: string) => basename(path);

export class CasefileNotFoundError extends ImpartialError {
  constructor(path: string) {
    super('not-found', `${name(path)} does not exist`, {
      location: path,
      advice: { cli: 'Check the path', app: 'It may have been moved, renamed or deleted: open it from where it is now' },
    });
  }
}

export class NotACasefileError extends ImpartialError {
  constructor(path: string, why: string, advice?: ImpartialErrorOptions['advice']) {
    super('not-a-casefile', `${name(path)} is not a casefile: ${why}`, { advice });
  }
}

export class WrongPassphraseError extends ImpartialError {
  constructor(path: string) {
    super('wrong-passphrase', `wrong passphrase for ${name(path)}`);
  }
}

export class DamagedCasefileError extends ImpartialError {
  constructor(path: string, detail: string, options?: { cause?: unknown }) {
    super('damaged', `${name(path)} is damaged: ${detail}`, {
      ...options,
      advice: { cli: 'Restore it from a backup; "impartial verify" lists the damage', app: 'Restore it from a backup' },
    });
  }
}

export class OpenElsewhereError extends ImpartialError {
  constructor(path: string) {
    super('open-elsewhere', `${name(path)} is open in another program or window; close it there first`);
  }
}

export class NewerVersionError extends ImpartialError {
  constructor(path: string, found: number, supported: number) {
    super('newer-version', `${name(path)} was written by a newer version of Impartial (casefile schema ${found}; this version reads up to ${supported}): update Impartial to open it`);
  }
}

export class EmptyPassphraseError extends ImpartialError {
  constructor() {
    super('empty-passphrase', 'the passphrase must not be empty');
  }
}

/** The case data breaks a rule of the interchange format; every issue carries its path. */
export class InvalidCaseError extends ImpartialError {
  readonly issues: InterchangeIssue[];
  constructor(issues: InterchangeIssue[], context?: string) {
    const first = issues[0] ? formatIssue(issues[0]) : 'invalid case data';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super('invalid-field', `${context ? `${context}: ` : ''}${first}${more}`);
    this.issues = issues;
  }
}

/** A record cannot be removed while others point at it. */
export class StillReferencedError extends ImpartialError {
  constructor(what: string, by: string[]) {
    const shown = by.slice(0, 3).join(', ');
    const more = by.length > 3 ? ` and ${by.length - 3} more` : '';
    super('still-referenced', `cannot remove ${what}: still referenced by ${shown}${more}`);
  }
}

export class RecordNotFoundError extends ImpartialError {
  constructor(what: string) {
    super('record-not-found', `${what} does not exist in this casefile`);
  }
}

export class CasefileClosedError extends ImpartialError {
  constructor(path: string) {
    super('casefile-closed', `${name(path)} has been closed`);
  }
}
