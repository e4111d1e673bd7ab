// impartial verify <casefile>: the full integrity check. Problems are listed on stdout, one a
// line; the one-line summary goes to stderr and the exit code is 1.
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { openCasefile } from '../../core/casefile/index.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';

export const verifyCommand: Command = {
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, { min: 1, max: 1 });
    const path = positionals[0]!;
    const casefile = openCasefile(path, await readPassphrase(io, path));
    let result;
    try {
      result = casefile.verify();
    } finally {
      casefile.close();
    }
    if (result.ok) {
      io.stdout(`${basename(path)}: no problems found\n`);
      return;
    }
    for (const problem of result.problems) io.stdout(`${problem}\n`);
    const n = result.problems.length;
    throw new ImpartialError('damaged', `${basename(path)} has ${n} problem${n > 1 ? 's' : ''}: ${result.problems[0]}`);
  },
};
