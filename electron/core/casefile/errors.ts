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

/**
 * No page verifies under the key made from the passphrase and the file's first 16 bytes (the
 * salt). SQLCipher cannot tell a wrong passphrase from a damaged salt, so both are said.
 */
export class DamagedOrWrongPassphraseError extends ImpartialError {
  constructor(path: string) {
    super('damaged-or-wrong-passphrase', `the passphrase does not open ${name(path)}, or the file is damaged (the two cannot be told apart): check the passphrase and try again; if it is right, restore the casefile from a backup`);
  }
}

/**
 * Saved changes in the journal (-wal) cannot be read. `lastIntact` is when the last change
 * that can still be read was saved (ISO 8601), when that is known.
 */
export class JournalDamagedError extends ImpartialError {
  constructor(path: string, lost: number, lastIntact?: string) {
    const changes = lost === 1 ? 'the last saved change' : `the last ${lost} saved changes`;
    const when = lastIntact ? formatSavedAt(lastIntact) : undefined;
    const what = when ? `${lost === 1 ? 'the change' : `${lost} changes`} saved after ${when}` : changes;
    super('journal-damaged', `the journal of ${name(path)} is damaged: ${what} cannot be read; restore it from a backup (the journal was left as it is)`);
  }
}

/** A saved time as the user reads it: "14:02 on 5 March 2025", in local time. */
function formatSavedAt(iso: string): string | undefined {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `${time} on ${day}`;
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
