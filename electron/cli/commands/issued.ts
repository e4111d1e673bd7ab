// impartial issued <casefile> [--json]
// impartial issued <casefile> --doc <kind> --version <n> --out <file>
// The issued versions of a casefile's documents, one a line: kind, version, date, format,
// named or anonymised, SHA-256; or a copy of one of them, byte for byte as issued.
import { resolve } from 'node:path';
import { formatDate } from '../../../shared/calendar/index.ts';
import { DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { FORMAT_NAMES } from '../../../shared/documents/issue.ts';
import { writeFileAtomically } from '../../core/files/write-atomically.ts';
import { InputError, parseCommandArgs, UsageError, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';
import { documentKindOption } from './render.ts';

export const issuedCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      doc: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
    }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const copy = values.doc !== undefined || values.version !== undefined || values.out !== undefined;
    if (copy && (values.doc === undefined || values.version === undefined || values.out === undefined)) {
      throw new UsageError('a copy needs --doc, --version and --out together');
    }
    if (copy && values.json) throw new UsageError('--json lists the versions; leave it out to write a copy');
    const version = values.version === undefined ? undefined : Number(values.version);
    if (version !== undefined && (!Number.isInteger(version) || version < 1)) throw new UsageError(`--version "${values.version}" is not a version number (1, 2, ...)`);
    const kind = copy ? documentKindOption(values.doc) : undefined;
    if (values.out !== undefined && resolve(values.out) === resolve(path)) throw new InputError(`--out ${values.out} is the casefile itself: choose another file name`);

    const casefile = openCasefileSaying(io, path, await readPassphrase(io, path));
    try {
      if (kind && version !== undefined) {
        const bytes = casefile.readIssuedDocument(kind, version);
        writeFileAtomically(values.out!, bytes);
        io.stdout(`Copy of the ${DOCUMENT_NAMES[kind]}, version ${version}, written to ${values.out} (${bytes.length.toLocaleString('en-GB')} bytes, as issued)\n`);
        return;
      }
      const issued = casefile.issuedVersions();
      if (values.json) {
        io.stdout(`${JSON.stringify(issued, null, 2)}\n`);
        return;
      }
      if (issued.length === 0) {
        io.stdout('Nothing has been issued from this casefile yet.\n');
        return;
      }
      const width = Math.max(...issued.map((d) => DOCUMENT_NAMES[d.kind].length));
      const dateWidth = Math.max(...issued.map((d) => formatDate(d.date).length));
      for (const d of issued) {
        io.stdout(`${DOCUMENT_NAMES[d.kind].padEnd(width)}  version ${String(d.version).padEnd(3)} issued ${formatDate(d.date).padEnd(dateWidth)}  ${FORMAT_NAMES[d.format].padEnd(4)}  ${(d.named ? 'named' : 'anonymised').padEnd(10)}  SHA-256 ${d.sha256}\n`);
      }
    } finally {
      casefile.close();
    }
  },
};
