// impartial verify <casefile>: the full integrity check. Problems are listed on stdout, one a
// line; the one-line summary goes to stderr and the exit code is 1. What opening found and put
// right (a torn last change discarded) is said on stderr, and is not a problem.
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { verifyCasefileAt } from '../../core/casefile/index.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify <casefile>',
  summary: 'full integrity check: every page, the journal, the database structure, references and attachments',
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, { min: 1, max: 1 });
    const path = positionals[0]!;
    const result = verifyCasefileAt(path, await readPassphrase(io, path));
    for (const notice of result.notices ?? []) io.stderr(`${notice}\n`);
    if (result.ok) {
      io.stdout(`${basename(path)}: no problems found\n`);
      return;
    }
    for (const problem of result.problems) io.stdout(`${problem}\n`);
    const n = result.problems.length;
    throw new ImpartialError('damaged', `${basename(path)} has ${n} problem${n > 1 ? 's' : ''}: ${result.problems[0]}`);
  },
};
