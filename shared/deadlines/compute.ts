// Every deadline of a casefile as of a given day (docs/contracts/design.md sections 4 and 5).
// "today" is a time machine: an event dated after it has not happened yet, so a clock whose
// start is after today is not started, and one whose end is after today is still running.
import type { CaseData } from '../interchange/schema.ts';
import { CHANGES_AS_OF } from '../calendar/changes.ts';
import { formatDate, toDayNumber, type IsoDate } from '../calendar/dates.ts';
import { addWorkingDays, countWorkingDays, nonWorkingWeekdays, type NonWorkingWeekday } from '../calendar/working-days.ts';
import { describeSkipped, workingDaysFrom } from './explain.ts';
import { rulesFor, STAGE2_LIMIT_WD, type ClockRule, type DeadlineKey } from './rules.ts';

export const deadlineStatuses = ['not-started', 'running', 'due-soon', 'overdue', 'met', 'late'] as const;
export type DeadlineStatus = typeof deadlineStatuses[number];

/** The status as words for people ("due soon"), the same in the app, the calendar and documents. */
export const statusInWords: Record<DeadlineStatus, string> = {
  'not-started': 'not started', running: 'running', 'due-soon': 'due soon', overdue: 'overdue', met: 'met', late: 'late',
};

/** 5 working days or fewer left: due soon. */
export const DUE_SOON_WD = 5;

export interface Deadline {
  // The fields of `impartial deadlines --json` (docs/contracts/design.md section 5, a contract):
  key: DeadlineKey;
  label: string;
  start: IsoDate | null;
  due: IsoDate | null;
  /** The working days allowed: the rule's, or those up to an extension's new deadline. */
  workingDays: number | null;
  /** Working days from today (or from the end date, once ended) to due; negative when past it. */
  remaining: number | null;
  status: DeadlineStatus;
  // Added for people and documents:
  /** Due after the bank-holiday table's "as of" date: a one-off holiday may yet move it. */
  provisional: boolean;
  /** One sentence a complainant understands: what the date is counted from and what is skipped. */
  explanation: string;
  /** "the Statement of Complaint was agreed" */
  startEvent: string;
  /** "the adjudication letter was sent" */
  endEvent: string;
  /** The date of the event that ended the clock, when it is on or before today. */
  ended: IsoDate | null;
  /** The bank holidays and closure days (Monday to Friday) between start and due. */
  skipped: NonWorkingWeekday[];
  /** stage2.response only, when the casefile records an extension. */
  extension?: { agreedDate: IsoDate; reason: string; newDeadline: IsoDate | null };
}

export interface DeadlineOptions {
  /** Defaults to the casefile's `authority.closureDays`. */
  closures?: readonly IsoDate[];
  /** Defaults to CHANGES_AS_OF. */
  holidaysAsOf?: IsoDate;
}

const onOrBefore = (a: IsoDate, b: IsoDate) => a <= b; // 'YYYY-MM-DD' strings sort as dates

export function computeDeadlines(c: CaseData, today: IsoDate, options: DeadlineOptions = {}): Deadline[] {
  toDayNumber(today, 'today'); // a bad "today" fails here, with its value in the message
  const closures = options.closures ?? c.authority.closureDays ?? [];
  const asOf = options.holidaysAsOf ?? CHANGES_AS_OF;
  return rulesFor(c).map((rule) => computeOne(c, rule, today, closures, asOf));
}

/** One deadline by key, or undefined when the procedure has no such clock (Stage 3 in Wales). */
export function computeDeadline(c: CaseData, key: DeadlineKey, today: IsoDate, options: DeadlineOptions = {}): Deadline | undefined {
  return computeDeadlines(c, today, options).find((d) => d.key === key);
}

function computeOne(c: CaseData, rule: ClockRule, today: IsoDate, closures: readonly IsoDate[], asOf: IsoDate): Deadline {
  const startEvent = rule.start(c);
  const endEvent = rule.end(c);
  const events = { startEvent: startEvent.past, endEvent: endEvent.past };
  const extension = rule.key === 'stage2.response' && c.extension
    ? { agreedDate: c.extension.agreedDate, reason: c.extension.reason, newDeadline: c.extension.newDeadline ?? null }
    : undefined;

  const start = startEvent.date;
  if (start === undefined) {
    return {
      key: rule.key, label: rule.label, start: null, due: null, workingDays: null, remaining: null, status: 'not-started',
      provisional: false,
      explanation: `Not started: ${rule.workingDays} working days will run from when ${startEvent.future}, which has no date yet.`,
      ...events, ended: null, skipped: [], ...(extension ? { extension } : {}),
    };
  }

  // An extension moves stage2.response to its new deadline; one agreed without a date can
  // reach at most the Stage 2 limit, so that is the date to plan for.
  let due: IsoDate;
  let workingDays: number;
  let lead = '';
  if (extension?.newDeadline) {
    due = extension.newDeadline;
    workingDays = countWorkingDays(start, due, closures);
    lead = `Extended on ${formatDate(extension.agreedDate)} to ${formatDate(due)}: `;
  } else if (extension && c.case.procedure !== 'wales-2014') {
    workingDays = STAGE2_LIMIT_WD;
    due = addWorkingDays(start, workingDays, closures);
    lead = `Extended on ${formatDate(extension.agreedDate)} without a new date, so the latest the law allows: `;
  } else {
    workingDays = rule.workingDays;
    due = addWorkingDays(start, workingDays, closures);
  }
  const skipped = nonWorkingWeekdays(start, due, closures);
  const explanation = `${lead}${workingDaysFrom(workingDays, start, startEvent.past)}; ${describeSkipped(skipped, start, due)}.`;
  const provisional = due > asOf;

  const endDate = endEvent.date;
  const ended = endDate !== undefined && onOrBefore(endDate, today) && onOrBefore(start, today) ? endDate : null;
  let status: DeadlineStatus;
  let remaining: number;
  if (ended !== null) {
    remaining = countWorkingDays(ended, due, closures);
    status = onOrBefore(ended, due) ? 'met' : 'late';
  } else {
    remaining = countWorkingDays(today, due, closures);
    if (!onOrBefore(start, today)) status = 'not-started';
    else if (!onOrBefore(today, due)) status = 'overdue';
    else status = remaining <= DUE_SOON_WD ? 'due-soon' : 'running';
  }
  return {
    key: rule.key, label: rule.label, start, due, workingDays, remaining, status, provisional, explanation, ...events, ended, skipped,
    ...(extension ? { extension } : {}),
  };
}

