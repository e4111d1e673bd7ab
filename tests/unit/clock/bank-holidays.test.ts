import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bankHolidays, bankHolidayOn, CHANGES_AS_OF, easterSunday, fromDayNumber, HOLIDAY_CHANGES, isIsoDate, isWorkingDay, weekday,
} from '../../../shared/calendar/index.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
function readCsv(name: string): Array<{ date: string; name: string }> {
  return readFileSync(join(fixtures, name), 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('date,'))
    .map((line) => {
      const [date, ...rest] = line.split(',');
      return { date: date!.trim(), name: rest.join(',').trim() };
    });
}
const datesIn = (from: number, to: number) => {
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(...bankHolidays(y).map((h) => h.date));
  return out;
};

describe('bank holidays of England and Wales', () => {
  it('match the official list for 2016 to 2024, row by row, with none extra', () => {
    const official = readCsv('bank-holidays-england-wales-2016-2024.csv');
    expect(official.length).toBe(75);
    expect(datesIn(2016, 2024)).toEqual(official.map((r) => r.date));
    // Names agree too, once the substitute marker GOV.UK leaves out is dropped.
    const ours = Object.fromEntries([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => bankHolidays(y).map((h) => [h.date, h.name])));
    for (const row of official) {
      const name = ours[row.date]!.replace(' (substitute day)', '').replace(/’/g, "'").toLowerCase();
      expect(name, row.date).toBe(row.name.replace(/’/g, "'").toLowerCase());
    }
  });

  it('are exactly GOV.UK\'s official list for every year it holds (2012 to 2028), and the "as of" date is its end', () => {
    // tests/fixtures/bank-holidays-england-wales-govuk.json: the "england-and-wales" part of
    // https://www.gov.uk/bank-holidays.json, unchanged (tests/fixtures/README.md).
    const official = JSON.parse(readFileSync(join(fixtures, 'bank-holidays-england-wales-govuk.json'), 'utf8')) as {
      division: string; events: Array<{ title: string; date: string; notes: string }>;
    };
    expect(official.division).toBe('england-and-wales');
    const years = [...new Set(official.events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
    expect(years[0]).toBe(2012);
    // Whole years only: a year the list holds is compared in full, both ways.
    for (let y = years[0]!; y <= years[years.length - 1]!; y++) {
      const theirs = official.events.filter((e) => e.date.startsWith(`${y}-`));
      const ours = bankHolidays(y);
      expect(ours.map((h) => h.date), `${y}: every official day is ours, and we have none it lacks`).toEqual(theirs.map((e) => e.date).sort());
      for (const e of theirs) {
        const day = bankHolidayOn(e.date)!;
        // GOV.UK puts "Substitute day" in its notes for a weekend's day off (we put it in the
        // name) and for the spring bank holiday moved in 2012 (a move in our table), though not
        // for the moves of 2020 and 2022.
        const substituteName = day.name.endsWith(' (substitute day)');
        expect(day.name.replace(' (substitute day)', ''), e.date).toBe(e.title);
        if (substituteName) expect(e.notes, e.date).toBe('Substitute day');
        if (e.notes === 'Substitute day') expect(substituteName || HOLIDAY_CHANGES.some((c) => c.date === e.date && c.replaces), e.date).toBe(true);
        if (e.notes === 'Extra bank holiday') expect(day.origin, e.date).toBe('change');
      }
    }
    // The table is known good to the end of the last year the official list covers.
    expect(CHANGES_AS_OF).toBe(`${years[years.length - 1]}-12-31`);
  });

  it('give the one-off and moved days of 2011, 2012, 2020, 2022 and 2023', () => {
    const oneOffs: Record<number, string[]> = {
      2011: ['2011-01-03', '2011-04-22', '2011-04-25', '2011-04-29', '2011-05-02', '2011-05-30', '2011-08-29', '2011-12-26', '2011-12-27'],
      2012: ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26'],
      2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
      2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
      2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
    };
    for (const [year, dates] of Object.entries(oneOffs)) expect(bankHolidays(Number(year)).map((h) => h.date), year).toEqual(dates);
    // The days the moves left behind are ordinary working days.
    for (const moved of ['2012-05-28', '2020-05-04', '2022-05-30']) expect(isWorkingDay(moved), moved).toBe(true);
    expect(bankHolidayOn('2011-04-29')?.name).toBe('Royal wedding');
    expect(bankHolidayOn('2022-09-19')?.origin).toBe('change');
  });

  it('agree with date-holidays 3.37.0 for 2010 to 2040 apart from its two known errors', () => {
    // tests/fixtures/bank-holidays-date-holidays-2010-2040.csv was generated from the npm package.
    // It misses the 2011 royal wedding and keeps the 2012 spring bank holiday on 28 May.
    const theirs = new Set(readCsv('bank-holidays-date-holidays-2010-2040.csv').map((r) => r.date));
    theirs.delete('2012-05-28');
    theirs.add('2012-06-04');
    theirs.add('2011-04-29');
    expect(datesIn(2010, 2040)).toEqual([...theirs].sort());
  });

  it('applies the substitute-day rules for every weekday Christmas and New Year can fall on', () => {
    // 2021: 25 Dec Saturday, 26 Sunday -> 27 and 28; 2022: Sunday -> 26 (Boxing Day) and 27;
    // 2026: Friday -> 25 and 28; 2027: 1 Jan Friday, 25 Dec Saturday.
    expect(bankHolidays(2021).slice(-2).map((h) => `${h.date} ${h.name}`)).toEqual(['2021-12-27 Christmas Day (substitute day)', '2021-12-28 Boxing Day (substitute day)']);
    expect(bankHolidays(2022).slice(-2).map((h) => `${h.date} ${h.name}`)).toEqual(['2022-12-26 Boxing Day', '2022-12-27 Christmas Day (substitute day)']);
    expect(bankHolidays(2026).slice(-2).map((h) => `${h.date} ${h.name}`)).toEqual(['2026-12-25 Christmas Day', '2026-12-28 Boxing Day (substitute day)']);
    expect(bankHolidays(2028)[0]).toMatchObject({ date: '2028-01-03', name: 'New Year’s Day (substitute day)' }); // 1 Jan 2028 is a Saturday
    for (let y = 1978; y <= 2100; y++) {
      for (const h of bankHolidays(y)) expect(weekday(h.date) % 6, h.date).not.toBe(0);
      expect(bankHolidays(y).filter((h) => h.origin === 'rule' && h.date.slice(5, 7) === '12').length, String(y)).toBe(2);
    }
  });

  it('finds Easter by computus', () => {
    const easter = { 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21', 2024: '2024-03-31', 2038: '2038-04-25', 2285: '2285-03-22' };
    for (const [y, date] of Object.entries(easter)) expect(fromDayNumber(easterSunday(Number(y)))).toBe(date);
  });

  it('keeps a source for every change, and an "as of" date', () => {
    expect(isIsoDate(CHANGES_AS_OF)).toBe(true);
    for (const c of HOLIDAY_CHANGES) {
      expect(isIsoDate(c.date)).toBe(true);
      expect(c.source.length, c.date).toBeGreaterThan(20);
      if (c.replaces) expect(bankHolidayOn(c.replaces), `${c.replaces} is moved away`).toBeUndefined();
      expect(bankHolidayOn(c.date)?.name).toBe(c.name);
    }
  });
});
