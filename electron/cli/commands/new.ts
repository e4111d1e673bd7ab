// impartial new <casefile> [--from <case.json>]: create a casefile, refusing to overwrite.
// Without --from the casefile holds a placeholder case titled after the file name (no people,
// no points, authority "Authority not yet recorded"), to be filled in in the app.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseCaseJson } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { AlreadyExistsError, createCasefile, InvalidCaseError } from '../../core/casefile/index.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readChosenPassphrase } from '../passphrase.ts';
import { actorOf } from '../read-case.ts';

export function readCaseFile(path: string): CaseData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path} (${code ?? (error as Error).message})`);
  }
  const parsed = parseCaseJson(text, basename(path));
  if (!parsed.ok) throw new InvalidCaseError(parsed.issues);
  return parsed.value;
}

export const newCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { from: { type: 'string' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    if (extname(path).toLowerCase() === '.json') {
      throw new InputError(`${path} looks like an interchange file: to create a casefile from it, run impartial new <name>.casefile --from ${path}`);
    }
    // Everything that can be checked without the passphrase is checked before asking for it.
    if (existsSync(path)) throw new AlreadyExistsError(path);
    const data = values.from === undefined ? undefined : readCaseFile(values.from);
    const passphrase = await readChosenPassphrase(io, 'IMPARTIAL_PASSPHRASE', 'Passphrase for the new casefile');
    const casefile = createCasefile(path, passphrase, data, { actor: actorOf(io) });
    try {
      const info = casefile.info();
      io.stdout(`Created ${path}: "${info.title}", ${info.points} points, ${info.evidence} evidence items${info.attachments ? ` (${info.attachments} attachments)` : ''}\n`);
    } finally {
      casefile.close();
    }
  },
};
