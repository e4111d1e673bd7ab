// impartial verify <casefile> [--repair-index]: the full integrity check. Problems are listed
// on stdout, one a line; the one-line summary goes to stderr and the exit code is 1. What
// opening found and put right (a torn last change discarded) is said on stderr, and is not a
// problem. --repair-index first rebuilds the search index: the case's text, and the text of
// every attached file read again (electron/core/search).
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { openCasefile, verifyCasefileAt } from '../../core/casefile/index.ts';
import { extractText } from '../../core/search/extract/index.ts';
import { indexPendingFiles } from '../../core/search/index-files.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { actorOf } from '../read-case.ts';

export const verifyCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { 'repair-index': { type: 'boolean' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const passphrase = await readPassphrase(io, path);
    if (values['repair-index']) {
      const casefile = openCasefile(path, passphrase, { actor: actorOf(io) });
      try {
        casefile.repairIndex();
        const { indexed, failed } = await indexPendingFiles(casefile, (file) => extractText(file));
        const files = indexed + failed.length;
        io.stdout(`${basename(path)}: rebuilt the search index: the case's text and ${files} attached file${files === 1 ? '' : 's'}${failed.length ? `, of which ${failed.length} could not be read` : ''}\n`);
        for (const f of failed) io.stdout(`not searchable: ${f.file.ref} (${f.file.fileName}): ${f.reason}\n`);
      } finally {
        casefile.close();
      }
    }
    const result = verifyCasefileAt(path, passphrase);
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
