// Working-day arithmetic (docs/contracts/design.md section 4; docs/contracts/domain.md "The
// stages and their clocks").
// A working day is any day except Saturday, Sunday, a bank holiday of England and Wales
// (bank-holidays.ts) and, per casefile, the authority's own closure days.
// "N working days from X" is the Nth working day after X: X itself never counts.
import { ImpartialError } from '../errors.ts';
import { bankHolidays, type BankHoliday } from './bank-holidays.ts';
import { dayNumberOf, fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber, type IsoDate } from './dates.ts';

/** Extra non-working dates of one authority (the casefile's `authority.closureDays`). */
export type Closures = readonly IsoDate[] | ReadonlySet<IsoDate>;

// Every bank holiday of the years seen so far, as day numbers. The loaded years are always one
// contiguous span, widened on first use, so a deadline costs a few Map lookups, not a rebuild
// of the holiday table.
const holidayDays = new Map<number, BankHoliday>();
/** The same days per year, Monday to Friday only, for counting over a range. */
const weekdayHolidaysByYear = new Map<number, number[]>();
let loadedFrom = Infinity;
let loadedTo = -Infinity;

function ensureLoaded(day: number): void {
  if (day >= loadedFrom && day <= loadedTo) return;
  const year = yearOfDayNumber(day);
  const fromYear = loadedFrom === Infinity ? year : Math.min(year, yearOfDayNumber(loadedFrom));
  const toYear = loadedTo === -Infinity ? year : Math.max(year, yearOfDayNumber(loadedTo));
  for (let y = fromYear; y <= toYear; y++) {
    if (weekdayHolidaysByYear.has(y)) continue;
    const days: number[] = [];
    for (const h of bankHolidays(y)) {
      const day = toDayNumber(h.date);
      holidayDays.set(day, h);
      if (weekdayOfDayNumber(day) % 6 !== 0) days.push(day);
    }
    weekdayHolidaysByYear.set(y, days);
  }
  loadedFrom = dayNumberOf(fromYear, 1, 1);
  loadedTo = dayNumberOf(toYear, 12, 31);
}

function bankHolidayOnDay(day: number): BankHoliday | undefined {
  ensureLoaded(day);
  return holidayDays.get(day);
}

const closureCache = new WeakMap<object, ReadonlySet<number>>();
const NO_CLOSURES: ReadonlySet<number> = new Set();

/** Closure dates as day numbers, converted once per closures object. */
function closureDays(closures: Closures | undefined): ReadonlySet<number> {
  if (closures === undefined) return NO_CLOSURES;
  let days = closureCache.get(closures);
  if (!days) {
    days = new Set([...closures].map((d) => toDayNumber(d, 'closure day')));
    closureCache.set(closures, days);
  }
  return days;
}

function isWorkingDayNumber(day: number, closures: ReadonlySet<number>): boolean {
  const w = weekdayOfDayNumber(day);
  if (w === 0 || w === 6) return false;
  if (closures.has(day)) return false;
  return bankHolidayOnDay(day) === undefined;
}

export function isWorkingDay(date: IsoDate, closures?: Closures): boolean {
  return isWorkingDayNumber(toDayNumber(date), closureDays(closures));
}

/** Adding more than this many working days (about 400 years) is refused as a typo. */
const MAX_WORKING_DAYS = 100_000;

/**
 * The nth working day after `date` (n >= 0). `date` itself never counts, whatever day it is;
 * for n = 0 the answer is `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, closures?: Closures): IsoDate {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new ImpartialError('invalid-working-days', `the number of working days must be a whole number from 0 to ${MAX_WORKING_DAYS}, not ${n}`);
  }
  const closed = closureDays(closures);
  let day = toDayNumber(date);
  let left = n;
  while (left > 0) {
    day++;
    if (isWorkingDayNumber(day, closed)) left--;
  }
  return fromDayNumber(day);
}

/**
 * The working days in (a, b]: a does not count, b does. When b is before a the answer is the
 * negative of countWorkingDays(b, a), so that "days left" goes below zero once a date has passed.
 */
export function countWorkingDays(a: IsoDate, b: IsoDate, closures?: Closures): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return 0 - countDayNumbers(to, from, closureDays(closures)); // 0 - x: never -0
  return countDayNumbers(from, to, closureDays(closures));
}

function countDayNumbers(from: number, to: number, closed: ReadonlySet<number>): number {
  // Whole weeks hold five weekdays each; only the remainder and the holidays need looking at.
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let day = from + weeks * 7 + 1; day <= to; day++) {
    const w = weekdayOfDayNumber(day);
    if (w !== 0 && w !== 6) count++;
  }
  ensureLoaded(from);
  ensureLoaded(to);
  for (let y = yearOfDayNumber(from), last = yearOfDayNumber(to); y <= last; y++) {
    for (const day of weekdayHolidaysByYear.get(y)!) if (day > from && day <= to) count--;
  }
  for (const day of closed) {
    if (day > from && day <= to && weekdayOfDayNumber(day) % 6 !== 0 && !holidayDays.has(day)) count--;
  }
  return count;
}

export interface NonWorkingWeekday {
  date: IsoDate;
  kind: 'bank-holiday' | 'closure';
  /** The bank holiday's name; for a closure day, "authority closure day". */
  name: string;
}

/**
 * The days in (a, b] that are not working days although they are Monday to Friday: the bank
 * holidays and closure days a deadline skips, in date order. Used to explain a deadline.
 */
export function nonWorkingWeekdays(a: IsoDate, b: IsoDate, closures?: Closures): NonWorkingWeekday[] {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  const closed = closureDays(closures);
  const out: NonWorkingWeekday[] = [];
  for (let day = from + 1; day <= to; day++) {
    const w = weekdayOfDayNumber(day);
    if (w === 0 || w === 6) continue;
    const holiday = bankHolidayOnDay(day);
    if (holiday) out.push({ date: holiday.date, kind: 'bank-holiday', name: holiday.name });
    else if (closed.has(day)) out.push({ date: fromDayNumber(day), kind: 'closure', name: 'authority closure day' });
  }
  return out;
}
