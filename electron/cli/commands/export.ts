// impartial export <casefile> [--out <file>] [--with-attachments]: the case as interchange
// JSON (impartial/casefile@1), on stdout or written atomically to --out (readable only by
// the user: it is the case in plain text).
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readCaseFromCasefile } from '../read-case.ts';

export function writeFileAtomically(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    writeFileSync(temp, content, { mode: 0o600, flush: true });
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

export const exportCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, 'with-attachments': { type: 'boolean' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    // An export written over a casefile would destroy the investigation it came from.
    if (values.out !== undefined && (resolve(values.out) === resolve(path) || extname(values.out).toLowerCase() === '.casefile')) {
      throw new InputError(`--out ${values.out} would overwrite a casefile: export to a .json file`);
    }
    const json = JSON.stringify(await readCaseFromCasefile(io, path, { withAttachments: values['with-attachments'] ?? false }), null, 2) + '\n';
    if (values.out === undefined) io.stdout(json);
    else writeFileAtomically(values.out, json);
  },
};
