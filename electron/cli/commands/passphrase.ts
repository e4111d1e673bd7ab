// impartial passphrase <casefile>: change the passphrase. The current one comes from
// IMPARTIAL_PASSPHRASE (or a prompt), the new one from IMPARTIAL_NEW_PASSPHRASE (or two
// prompts). If anything fails the casefile still opens with the current passphrase.
import { basename } from 'node:path';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readChosenPassphrase, readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';

export const passphraseCommand: Command = {
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, { min: 1, max: 1 });
    const path = positionals[0]!;
    const current = await readPassphrase(io, path);
    const casefile = openCasefileSaying(io, path, current);
    try {
      const next = await readChosenPassphrase(io, 'IMPARTIAL_NEW_PASSPHRASE', 'New passphrase');
      if (next === current) throw new InputError('the new passphrase is the same as the current one: nothing was changed');
      casefile.changePassphrase(next);
    } finally {
      casefile.close();
    }
    io.stdout(`Changed the passphrase of ${basename(path)}\n`);
  },
};
