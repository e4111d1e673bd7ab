// impartial export <casefile> [--out <file>] [--with-attachments]: the case as interchange
// JSON (impartial/casefile@1), on stdout or written atomically to --out (readable only by
// the user: it is the case in plain text).
import { extname, resolve } from 'node:path';
import { writeFileAtomically } from '../../core/files/write-atomically.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readCaseFromCasefile } from '../read-case.ts';

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
