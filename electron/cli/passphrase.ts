// Where the CLI gets passphrases (docs/contracts/design.md section 5): the environment
// (IMPARTIAL_PASSPHRASE, and IMPARTIAL_NEW_PASSPHRASE for a new one) or a prompt on a
// terminal. Never from an argument: arguments are visible to every user of the machine.
import { basename } from 'node:path';
import { InputError, type CommandIo } from './command.ts';

const noTerminal = (variable: string) =>
  new InputError(`no passphrase: set ${variable} or run the command on a terminal to be asked for it`);

/** The passphrase of an existing casefile. */
export async function readPassphrase(io: CommandIo, casefile: string): Promise<string> {
  const fromEnv = io.env.IMPARTIAL_PASSPHRASE;
  if (fromEnv !== undefined) return fromEnv;
  if (!io.prompt) throw noTerminal('IMPARTIAL_PASSPHRASE');
  return io.prompt(`Passphrase for ${basename(casefile)}: `);
}

/** A passphrase being chosen: from `variable`, or asked twice on the terminal so that a typing slip is caught. */
export async function readChosenPassphrase(io: CommandIo, variable: 'IMPARTIAL_PASSPHRASE' | 'IMPARTIAL_NEW_PASSPHRASE', what: string): Promise<string> {
  const fromEnv = io.env[variable];
  if (fromEnv !== undefined) return fromEnv;
  if (!io.prompt) throw noTerminal(variable);
  const first = await io.prompt(`${what}: `);
  const second = await io.prompt(`Repeat the ${what.toLowerCase()}: `);
  if (first !== second) throw new InputError('the two passphrases typed differ: nothing was changed');
  return first;
}
