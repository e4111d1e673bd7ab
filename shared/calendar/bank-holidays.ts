// The bank holidays of England and Wales, from the rules plus the table of moves and one-offs
// (changes.ts). The rules:
//   - New Year's Day, 1 January, or the next Monday when it falls at a weekend (Royal Proclamation
//     each year since 1974);
//   - Good Friday (a common-law holiday) and Easter Monday (Banking and Financial Dealings Act
//     1971, Schedule 1), from the computus;
//   - the early May bank holiday, the first Monday in May (by proclamation since 1978);
//   - the spring bank holiday, the last Monday in May, and the summer bank holiday, the last
//     Monday in August (1971 Act, Schedule 1);
//   - Christmas Day (common law) and Boxing Day (26 December, 1971 Act, Schedule 1); when
//     either falls at a weekend, 27 and/or 28 December take their place, so that the two days
//     off are always the first two weekdays on or after 25 December.
// Only days that are days off are listed: Christmas Day on a Saturday is not, its substitute is.
// The rules hold from 1978; earlier years are not guaranteed.
//
// Why not the npm package date-holidays: its list for 2010-2040 (kept in
// tests/fixtures/bank-holidays-date-holidays-2010-2040.csv and compared in the tests) agrees
// with these rules except that it misses the 2011 royal wedding and keeps the 2012 spring bank
// holiday on 28 May; and it would bring moment-timezone, astronomia and other calendars into
// code that also runs in the renderer. The rules are the domain's; they are short.
import { dayNumberOf, fromDayNumber, weekdayOfDayNumber, type IsoDate } from './dates.ts';
import { easterSunday } from './easter.ts';
import { HOLIDAY_CHANGES } from './changes.ts';

export interface BankHoliday {
  date: IsoDate;
  name: string;
  /** Whether the day comes from the rules or from the table of moves and one-offs. */
  origin: 'rule' | 'change';
  source: string;
}

const ACT = 'Banking and Financial Dealings Act 1971, Schedule 1';
const PROCLAIMED = 'Royal Proclamation made each year under the Banking and Financial Dealings Act 1971, s.1(3)';

const isWeekendDay = (day: number) => {
  const w = weekdayOfDayNumber(day);
  return w === 0 || w === 6;
};
const nextWeekday = (day: number) => {
  let d = day;
  while (isWeekendDay(d)) d++;
  return d;
};
/** The first Monday on or after a day. */
const mondayOnOrAfter = (day: number) => day + ((8 - weekdayOfDayNumber(day)) % 7);
/** The last Monday on or before a day. */
const mondayOnOrBefore = (day: number) => day - ((weekdayOfDayNumber(day) + 6) % 7);

function ruleHolidays(year: number): BankHoliday[] {
  const out: BankHoliday[] = [];
  const add = (day: number, name: string, source: string) => out.push({ date: fromDayNumber(day), name, origin: 'rule', source });

  const newYear = dayNumberOf(year, 1, 1);
  add(nextWeekday(newYear), isWeekendDay(newYear) ? 'New Year’s Day (substitute day)' : 'New Year’s Day', PROCLAIMED);
  const easter = easterSunday(year);
  add(easter - 2, 'Good Friday', 'Common-law holiday');
  add(easter + 1, 'Easter Monday', ACT);
  add(mondayOnOrAfter(dayNumberOf(year, 5, 1)), 'Early May bank holiday', PROCLAIMED);
  add(mondayOnOrBefore(dayNumberOf(year, 5, 31)), 'Spring bank holiday', ACT);
  add(mondayOnOrBefore(dayNumberOf(year, 8, 31)), 'Summer bank holiday', ACT);

  const christmas = dayNumberOf(year, 12, 25);
  const boxing = christmas + 1;
  const first = nextWeekday(christmas);
  const second = nextWeekday(first + 1);
  if (!isWeekendDay(christmas)) {
    add(christmas, 'Christmas Day', 'Common-law holiday');
    add(second, second === boxing ? 'Boxing Day' : 'Boxing Day (substitute day)', ACT);
  } else if (!isWeekendDay(boxing)) {
    // Christmas on a Sunday: Boxing Day is Monday, Christmas is taken on the Tuesday.
    add(boxing, 'Boxing Day', ACT);
    add(second, 'Christmas Day (substitute day)', ACT);
  } else {
    add(first, 'Christmas Day (substitute day)', ACT);
    add(second, 'Boxing Day (substitute day)', ACT);
  }
  return out;
}

const changesByYear = new Map<number, typeof HOLIDAY_CHANGES[number][]>();
for (const change of HOLIDAY_CHANGES) {
  const year = Number(change.date.slice(0, 4));
  changesByYear.set(year, [...(changesByYear.get(year) ?? []), change]);
}

const cache = new Map<number, readonly BankHoliday[]>();

/** The bank holidays of England and Wales in `year`, in date order. Cached per year. */
export function bankHolidays(year: number): readonly BankHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const changes = changesByYear.get(year) ?? [];
  const moved = new Set(changes.flatMap((c) => (c.replaces ? [c.replaces] : [])));
  const days = [
    ...ruleHolidays(year).filter((h) => !moved.has(h.date)),
    ...changes.map((c): BankHoliday => ({ date: c.date, name: c.name, origin: 'change', source: c.source })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(days.map((d) => Object.freeze(d)));
  cache.set(year, frozen);
  return frozen;
}

/** The bank holiday on a date, if there is one. */
export function bankHolidayOn(date: IsoDate): BankHoliday | undefined {
  return bankHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
