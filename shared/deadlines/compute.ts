// Every deadline of a casefile as of a given day (docs/contracts/design.md sections 4 and 5).
// "today" is a time machine: an event dated after it has not happened yet, so a clock whose
// start is after today is not started, and one whose end is after today is still running.
// deadlineOf is the one way to a single deadline: the app, the command line and every date a
// document prints (shared/documents/context.ts) come through it or computeDeadlines, so the
// rules are stated here once.
import type { CaseData } from '../interchange/schema.ts';
import { CHANGES_AS_OF } from '../calendar/changes.ts';
import { formatDate, todayIso, toDayNumber, type IsoDate } from '../calendar/dates.ts';
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
  /** Where the casefile keeps the start date: "statement.agreedDate", "complaint.stage2RequestDate". */
  startField: string;
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

/**
 * One deadline by key, as of `today` (the local date by default): its start, due date, status
 * and explanation; undefined when the procedure has no such clock (Stage 3 in Wales). The due
 * date does not depend on `today`; only the status and the days remaining do.
 */
export function deadlineOf(c: CaseData, key: DeadlineKey, today: IsoDate = todayIso(), options: DeadlineOptions = {}): Deadline | undefined {
  toDayNumber(today, 'today');
  const rule = rulesFor(c).find((r) => r.key === key);
  if (!rule) return undefined;
  return computeOne(c, rule, today, options.closures ?? c.authority.closureDays ?? [], options.holidaysAsOf ?? CHANGES_AS_OF);
}

function computeOne(c: CaseData, rule: ClockRule, today: IsoDate, closures: readonly IsoDate[], asOf: IsoDate): Deadline {
  const startEvent = rule.start(c);
  const endEvent = rule.end(c);
  const events = { startEvent: startEvent.past, startField: startEvent.field, endEvent: endEvent.past };
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

  // An extension moves stage2.response to its new deadline. One agreed without a new date
  // (England) has set the 25 working days aside but fixed nothing in their place, so the only
  // date the Regulations still fix is the Stage 2 limit of 65: the response is due by then at
  // the latest, and that is the date the documents print. Wales has no such limit, so there
  // the 25 working days stand until a new date is recorded.
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
    if (extension) lead = `Extended on ${formatDate(extension.agreedDate)} without a new date, so the ${workingDays} working days stand until one is recorded: `;
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

