// impartial backup <casefile> --out <file>: a backup made by hand: an encrypted copy under the
// same passphrase, checked as it is written (every page, SQLite's check, the same last change as
// the casefile), that never overwrites a file.
import { basename, extname, resolve } from 'node:path';
import { InputError, parseCommandArgs, UsageError, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export const backupCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const out = values.out;
    if (out === undefined) throw new UsageError('--out <file> is required');
    if (resolve(out) === resolve(path)) throw new InputError(`--out ${out} is the casefile itself: back it up to another file`);
    if (extname(out).toLowerCase() !== '.casefile') throw new InputError(`--out ${out}: a backup is a casefile: give it the .casefile extension`);
    const casefile = openCasefileSaying(io, path, await readPassphrase(io, path));
    try {
      const result = casefile.backupTo(out);
      io.stdout(`Backed up ${basename(path)} to ${out}: ${result.head.seq === 1 ? '1 change' : `${result.head.seq} changes`}, ${megabytes(result.size)}, checked (it opens with the same passphrase)\n`);
    } finally {
      casefile.close();
    }
  },
};
