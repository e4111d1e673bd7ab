// What every `impartial` command is: one file per command under commands/, listed in main.ts.
// Exit codes (docs/design.md section 5): 0 success; 1 the input or the casefile is at fault
// (one line on stderr naming the problem); 2 a usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ImpartialError } from '../../shared/errors.ts';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (output may then use bold); absent means not. */
  stdoutIsTerminal?: boolean;
  /** Asks for the passphrase on a terminal; undefined when there is no terminal. */
  prompt?: (question: string) => Promise<string>;
}

export interface Command {
  name: string;
  /** The usage line(s) shown by `impartial help` and on a usage error. */
  usage: string;
  summary: string;
  run(argv: string[], io: CommandIo): Promise<void>;
}

/** A usage error: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input is at fault: exit 1, the message is the one line printed. */
export class InputError extends ImpartialError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

/** node:util parseArgs, with its errors turned into usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(argv: string[], options: T, positionals: { min: number; max: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length < positionals.min) throw new UsageError('missing argument');
  if (parsed.positionals.length > positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[positionals.max]}"`);
  return parsed;
}
