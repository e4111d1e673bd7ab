// File names Impartial makes or accepts for what it writes. Casefiles, backups and documents
// move between computers, so a name must work on Windows too: none of \ / : * ? " < > | or
// control characters, no trailing dot or space (Windows drops them), and never a name Windows
// reserves for a device (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension: "nul.txt" is
// the device too), which it cannot create or open as a file.
import { ImpartialError } from '../../../shared/errors.ts';

const RESERVED_STEM = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/** Whether Windows refuses `name` (a file name, no folder) as a file's name. */
export function isReservedOnWindows(name: string): boolean {
  const stem = name.split('.')[0]!.replace(/[ .]+$/, '');
  return RESERVED_STEM.test(stem) || /[. ]$/.test(name);
}

/** `name` changed as little as possible to be a file name Windows accepts: trailing dots and
 *  spaces dropped, a reserved device name given an underscore ("CON.x" becomes "CON_.x"). */
export function windowsSafe(name: string): string {
  const trimmed = name.replace(/[ .]+$/, '');
  const dot = trimmed.indexOf('.');
  const stem = dot === -1 ? trimmed : trimmed.slice(0, dot);
  return RESERVED_STEM.test(stem.replace(/[ .]+$/, '')) ? `${stem}_${trimmed.slice(stem.length)}` : trimmed;
}

/** The part of a file name made from a case title: characters no system accepts become spaces;
 *  `dots: false` drops dots too (a casefile's name must end in .casefile, not in a title's "v2.1"). */
export function titleForFileName(title: string, options: { dots?: boolean } = {}): string {
  const unsafe = options.dots === false ? /[\\/:*?"<>|\p{Cc}.]+/gu : /[\\/:*?"<>|\p{Cc}]+/gu;
  return windowsSafe(title.replace(unsafe, ' ').replace(/\s+/g, ' ').trim().slice(0, 80));
}

export class ReservedFileNameError extends ImpartialError {
  constructor(name: string) {
    super('reserved-file-name', `${name} cannot be used as a file name: Windows reserves it${/[. ]$/.test(name) ? ' (it ends in a dot or a space)' : ' for a device'}; choose another name`);
  }
}
