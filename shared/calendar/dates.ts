// Calendar dates as 'YYYY-MM-DD' strings, and the en-GB ways of writing them in documents.
// Internally a date is also a *day number* (days since 1970-01-01): whole numbers compare, add
// and index cheaply, and no time zone can shift them.
import { isCalendarDate } from '../interchange/dates.ts';
import { ImpartialError } from '../errors.ts';

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function isIsoDate(value: string): boolean {
  return isCalendarDate(value);
}

// Checking and parsing a date string costs more than all the arithmetic done with it, and
// the same few dates are parsed again for every deadline and every render.
const parsed = new Map<string, number>();

/** 'YYYY-MM-DD' -> day number. Throws an ImpartialError naming the bad value (and `what` it is). */
export function toDayNumber(date: IsoDate, what = 'date'): number {
  const known = parsed.get(date);
  if (known !== undefined) return known;
  if (!isCalendarDate(date)) throw new ImpartialError('invalid-date', `${what} "${date}" is not a real date written as YYYY-MM-DD`);
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
  if (parsed.size >= 50_000) parsed.clear(); // bounded: a case uses a few hundred dates
  parsed.set(date, day);
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayNumberOf(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday ... 6 = Saturday. 1 January 1970 (day 0) was a Thursday. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** "9 December 2024" */
export function formatDate(date: IsoDate): string {
  const d = toDayNumber(date);
  const t = new Date(d * MS_PER_DAY);
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
}

/** "Monday 9 December 2024" (the GOV.UK style: no comma, no ordinal). */
export function formatLongDate(date: IsoDate): string {
  return `${WEEKDAYS[weekday(date)]} ${formatDate(date)}`;
}

/** "9 December" */
export function formatDayMonth(date: IsoDate): string {
  return formatDate(date).replace(/ \d{4}$/, '');
}

/** Today's date where the code runs, as 'YYYY-MM-DD' in local time (a user's "today" is local). */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
