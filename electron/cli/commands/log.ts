// impartial log <casefile> [--json]: the history of changes, oldest first, one line each:
// its number, when, who and what ("updated finding on point 2: analysis"). With --json, every
// row whole: who, the fields changed, their values before and after, and the hashes that chain
// it to the row before. The chain is checked as it is read: a break is said on stderr and the
// exit code is 1, after the history is printed.
import { basename } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { entryWho, type HistoryEntry } from '../../../shared/history/index.ts';
import { parseCommandArgs, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSaying } from '../read-case.ts';

/** "2026-03-05 14:02", local time: sortable, and short enough for a column. */
function localTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

export const logCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const casefile = openCasefileSaying(io, path, await readPassphrase(io, path));
    let entries: HistoryEntry[];
    let problems: string[];
    try {
      entries = casefile.allHistory();
      problems = casefile.checkHistory();
    } finally {
      casefile.close();
    }
    if (values.json) {
      io.stdout(JSON.stringify(entries, null, 2) + '\n');
    } else {
      const width = String(entries.at(-1)?.seq ?? 0).length;
      const whoWidth = Math.min(40, Math.max(0, ...entries.map((e) => entryWho(e).length)));
      const start = entries.find((e) => e.action === 'history-start');
      if (start) io.stdout(`The history is chained by hash from change ${start.seq}; the changes before it were recorded by an earlier version of Impartial, without who made them or their values.\n`);
      for (const e of entries) io.stdout(`${String(e.seq).padStart(width)}  ${localTime(e.at)}  ${entryWho(e).padEnd(whoWidth)}  ${e.summary}\n`);
    }
    if (problems.length > 0) {
      throw new ImpartialError('history-broken', `the history of ${basename(path)} is broken: ${problems[0]!.replace(/^history: /, '')}${problems.length > 1 ? ` (and ${problems.length - 1} more break${problems.length > 2 ? 's' : ''}; "impartial verify" lists them)` : ''}`);
    }
  },
};
