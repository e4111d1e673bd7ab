import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, addWorkingDays, countWorkingDays, formatDate, formatLongDate, fromDayNumber, isWorkingDay, nonWorkingWeekdays,
  toDayNumber, weekday,
} from '../../../shared/calendar/index.ts';
import { ImpartialError } from '../../../shared/errors.ts';

const FROM = toDayNumber('2010-01-01');
const TO = toDayNumber('2040-12-31');
const isoDate = fc.integer({ min: FROM, max: TO }).map(fromDayNumber);
const closures = fc.uniqueArray(fc.integer({ min: FROM, max: TO + 400 }).map(fromDayNumber), { maxLength: 30 });

/** The definition, one day at a time: the reference the fast count is checked against. */
function countSlowly(a: string, b: string, c?: readonly string[]): number {
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, c)) n++;
  return n;
}

describe('dates', () => {
  it('are parsed, formatted and checked', () => {
    expect(formatLongDate('2024-12-09')).toBe('Monday 9 December 2024');
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
    expect(weekday('2024-02-29')).toBe(4);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(() => toDayNumber('2023-02-29')).toThrow(ImpartialError);
    expect(() => toDayNumber('9/12/2024', 'today')).toThrow('today "9/12/2024" is not a real date written as YYYY-MM-DD');
  });
});

describe('working days', () => {
  it('count from the day after the start, skipping weekends and bank holidays', () => {
    expect(addWorkingDays('2024-12-16', 25)).toBe('2025-01-23');
    expect(addWorkingDays('2024-11-04', 25)).toBe('2024-12-09');
    expect(addWorkingDays('2024-12-20', 1)).toBe('2024-12-23');
    expect(addWorkingDays('2024-12-24', 1)).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-24', 1, ['2024-12-27'])).toBe('2024-12-30');
    // A start on a weekend or a holiday still never counts.
    expect(addWorkingDays('2024-12-25', 1)).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-21', 1)).toBe('2024-12-23');
    expect(addWorkingDays('2024-12-21', 0)).toBe('2024-12-21');
    expect(countWorkingDays('2024-12-16', '2025-01-23')).toBe(25);
    expect(countWorkingDays('2025-01-23', '2024-12-16')).toBe(-25);
    expect(countWorkingDays('2024-12-24', '2024-12-26')).toBe(0);
    expect(countWorkingDays('2024-12-24', '2024-12-24')).toBe(0);
    expect(nonWorkingWeekdays('2024-12-16', '2025-01-23', ['2024-12-27', '2024-12-28']).map((d) => `${d.date} ${d.kind}`))
      .toEqual(['2024-12-25 bank-holiday', '2024-12-26 bank-holiday', '2024-12-27 closure', '2025-01-01 bank-holiday']);
  });

  it('refuse a negative or fractional number of days, and a bad closure date', () => {
    expect(() => addWorkingDays('2024-12-16', -1)).toThrow(ImpartialError);
    expect(() => addWorkingDays('2024-12-16', 2.5)).toThrow('whole number');
    expect(() => addWorkingDays('2024-12-16', 3, ['2024-13-01'])).toThrow('closure day "2024-13-01"');
  });

  it('countWorkingDays(d, addWorkingDays(d, n)) == n, with or without closure days', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 400 }), closures, (d, n, c) => {
      expect(countWorkingDays(d, addWorkingDays(d, n))).toBe(n);
      expect(countWorkingDays(d, addWorkingDays(d, n, c), c)).toBe(n);
    }), { numRuns: 500 });
  });

  it('always land on a working day that is not a closure day', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 1, max: 400 }), closures, (d, n, c) => {
      const due = addWorkingDays(d, n, c);
      expect(isWorkingDay(due, c)).toBe(true);
      expect(c).not.toContain(due);
      expect(weekday(due) % 6).not.toBe(0);
      // Closure days can only push a date later.
      expect(due >= addWorkingDays(d, n)).toBe(true);
    }), { numRuns: 500 });
  });

  it('adding is strictly monotonic in n, and the days in between are not working days', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 200 }), closures, (d, n, c) => {
      const a = addWorkingDays(d, n, c);
      const b = addWorkingDays(d, n + 1, c);
      expect(b > a).toBe(true);
      for (let x = addDays(a, 1); x < b; x = addDays(x, 1)) expect(isWorkingDay(x, c)).toBe(false);
    }), { numRuns: 300 });
  });

  it('the fast count agrees with counting day by day, in both directions', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 800 }), closures, (a, span, c) => {
      const b = addDays(a, span);
      const n = countSlowly(a, b, c);
      expect(countWorkingDays(a, b, c)).toBe(n);
      expect(countWorkingDays(b, a, c)).toBe(0 - n);
    }), { numRuns: 300 });
  });
});
