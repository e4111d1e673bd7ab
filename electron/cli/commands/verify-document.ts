// impartial verify-document <casefile> <file>
// Whether a file is, byte for byte, a version issued from the casefile: exit 0 naming it
// ("IO report, version 2, issued 3 March 2026, PDF"), exit 1 otherwise, saying what the file
// claims to be when it looks like one of Impartial's documents.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeIssued } from '../../../shared/documents/issue.ts';
import { identifyIssued } from '../../core/documents/issue.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';

export const verifyDocumentCommand: Command = {
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, { min: 2, max: 2 });
    const [path, file] = positionals as [string, string];
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`${file} could not be read: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? 'unknown error'}`);
    }
    const casefile = openCasefileSaying(io, path, await readPassphrase(io, path));
    let issued;
    try {
      issued = casefile.issuedVersions();
    } finally {
      casefile.close();
    }
    const match = identifyIssued(issued, bytes, { file: basename(file), casefile: basename(path) });
    io.stdout(`${basename(file)}: ${describeIssued(match)} (${match.named ? 'named' : 'anonymised'}), byte for byte as issued (SHA-256 ${match.sha256})\n`);
  },
};
