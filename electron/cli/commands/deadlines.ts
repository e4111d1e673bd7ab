// impartial deadlines <casefile> [--json] [--today <date>] [--ics <file>]
// Every statutory deadline of the casefile (docs/contracts/design.md sections 4 and 5): a table with the
// explanation of each date, or JSON; --ics also writes them as a calendar file.
import { formatLongDate, isIsoDate, todayIso } from '../../../shared/calendar/index.ts';
import { CHANGES_AS_OF } from '../../../shared/calendar/changes.ts';
import { computeDeadlines, type Deadline } from '../../../shared/deadlines/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readCaseFromCasefile } from '../read-case.ts';

/** The fields of docs/contracts/design.md section 5, in its order; the rest of a Deadline is for people. */
export function deadlineJson(d: Deadline) {
  return {
    key: d.key, label: d.label, start: d.start, due: d.due, workingDays: d.workingDays, remaining: d.remaining, status: d.status,
    provisional: d.provisional, explanation: d.explanation,
  };
}

function table(c: CaseData, deadlines: readonly Deadline[], today: string): string {
  const rows = deadlines.map((d) => ({
    deadline: d.label,
    due: d.due === null ? '-' : `${formatLongDate(d.due)}${d.provisional ? ' *' : ''}`,
    wd: d.workingDays === null ? '' : String(d.workingDays),
    left: d.remaining === null ? '' : String(d.remaining),
    status: d.status,
  }));
  const head = { deadline: 'Deadline', due: 'Due', wd: 'WD', left: 'Left', status: 'Status' };
  const cols = ['deadline', 'due', 'wd', 'left', 'status'] as const;
  const width = Object.fromEntries(cols.map((k) => [k, Math.max(head[k].length, ...rows.map((r) => r[k].length))])) as Record<typeof cols[number], number>;
  const line = (r: typeof head) => cols.map((k) => (k === 'wd' || k === 'left' ? r[k].padStart(width[k]) : r[k].padEnd(width[k]))).join('  ').trimEnd();
  const out = [`Deadlines of "${c.case.title}" on ${formatLongDate(today)}`, '', line(head)];
  rows.forEach((r, i) => {
    out.push(line(r), `    ${deadlines[i]!.explanation}`);
  });
  out.push('', 'WD: working days allowed. Left: working days from today to the due date (from the end date, once ended); negative when past it.');
  if (deadlines.some((d) => d.provisional)) {
    out.push(`* Provisional: the bank holidays are known up to ${formatLongDate(CHANGES_AS_OF)}; one announced later could move this date.`);
  }
  return out.join('\n') + '\n';
}

export const deadlinesCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: 'boolean' },
      today: { type: 'string' },
      ics: { type: 'string' },
    }, { min: 1, max: 1 });
    const path = positionals[0]!;
    const today = values.today ?? todayIso();
    if (!isIsoDate(today)) throw new InputError(`--today "${today}" is not a real date written as YYYY-MM-DD`);
    if (values.ics === '') throw new InputError('--ics needs a file name');

    const data = await readCaseFromCasefile(io, path);
    const deadlines = computeDeadlines(data, today);
    // The calendar is built in full before anything is printed or written.
    if (values.ics !== undefined) {
      const { writeDeadlinesCalendar } = await import('../../core/deadlines/ics.ts'); // the ics package: only for --ics
      writeDeadlinesCalendar(values.ics, data, deadlines, today);
      io.stderr(`Calendar written to ${values.ics} (${deadlines.filter((d) => d.due !== null).length} deadlines).\n`);
    }
    io.stdout(values.json ? `${JSON.stringify(deadlines.map(deadlineJson), null, 2)}\n` : table(data, deadlines, today));
  },
};
