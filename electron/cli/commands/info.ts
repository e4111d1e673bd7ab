// impartial info <casefile> [--json]: what the casefile holds, without printing the case.
import { parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export const infoCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const casefile = openCasefileSaying(io, path, await readPassphrase(io, path));
    try {
      const info = casefile.info();
      if (values.json) {
        io.stdout(JSON.stringify(info, null, 2) + '\n');
        return;
      }
      io.stdout([
        `title:          ${info.title}`,
        `points:         ${info.points}`,
        `evidence:       ${info.evidence} items, ${info.attachments} with attached files`,
        `size:           ${megabytes(info.sizeBytes)}`,
        `created:        ${info.createdAt}`,
        `last changed:   ${info.modifiedAt}`,
        `format version: ${info.formatVersion}`,
        `schema version: ${info.schemaVersion}`,
      ].join('\n') + '\n');
    } finally {
      casefile.close();
    }
  },
};
