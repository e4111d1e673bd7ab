// Which automatic backups are kept: the last 10, and the newest of each of the last 30 days
// (today included), by the calendar day of the computer. Dates are built in local time, as the
// rule reads them.
import { describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_DAYS, KEEP_LAST } from '../../../electron/core/backups/retention.ts';
import { backupFileName, backupTimeOf } from '../../../electron/core/backups/backup-folder.ts';

const at = (y: number, m: number, d: number, h = 12, min = 0) => ({ at: new Date(y, m - 1, d, h, min) });
const kept = (backups: Array<{ at: Date }>, now: Date) => {
  const keep = backupsToKeep(backups, now);
  return backups.filter((b) => keep.has(b)).map((b) => b.at.getTime()).sort((a, b) => b - a).map((t) => new Date(t));
};
const local = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;

describe('backup retention', () => {
  it('keeps everything while there are no more than the last 10', () => {
    const backups = Array.from({ length: KEEP_LAST }, (_, i) => at(2025, 1, 1 + i));
    expect(backupsToKeep(backups, new Date(2026, 0, 1)).size).toBe(KEEP_LAST);
  });

  it('keeps the last 10 of a busy day, and nothing else of it', () => {
    const backups = Array.from({ length: 25 }, (_, i) => at(2026, 3, 5, 8, i * 15));
    const keep = kept(backups, new Date(2026, 2, 5, 18));
    expect(keep).toHaveLength(10);
    expect(local(keep[0]!)).toBe('2026-3-5 14:00');
    expect(local(keep[9]!)).toBe('2026-3-5 11:45');
  });

  it('keeps the newest of each of the last 30 days besides the last 10, and nothing older', () => {
    const backups = [
      ...Array.from({ length: 60 }, (_, i) => at(2026, 3, 5 - i, 9)), // one a day for 60 days, at 09:00
      ...Array.from({ length: 60 }, (_, i) => at(2026, 3, 5 - i, 17)), // and at 17:00
      ...Array.from({ length: 12 }, (_, i) => at(2026, 3, 5, 18, i)), // and a dozen this evening
    ];
    const keep = kept(backups, new Date(2026, 2, 5, 20));
    // The last 10 (this evening), then 17:00 of each earlier day within 30 days: 4 March back to 4 February.
    expect(keep).toHaveLength(KEEP_LAST + KEEP_DAYS - 1);
    expect(keep.slice(0, 10).every((d) => d.getDate() === 5 && d.getHours() === 18)).toBe(true);
    expect(keep.slice(10).map(local)).toEqual(Array.from({ length: 29 }, (_, i) => local(new Date(2026, 2, 4 - i, 17))));
    expect(local(keep.at(-1)!)).toBe('2026-2-4 17:00');
  });

  it('tells days apart at midnight, by the local calendar', () => {
    const late = at(2026, 3, 4, 23, 59);
    const early = at(2026, 3, 5, 0, 1);
    const older = Array.from({ length: 10 }, (_, i) => at(2026, 3, 5, 1, i));
    const keep = backupsToKeep([late, early, ...older], new Date(2026, 2, 5, 12));
    expect(keep.has(late)).toBe(true); // the newest of 4 March
    expect(keep.has(early)).toBe(false); // not among the last 10, and 5 March has newer ones
  });

  it('forgets a day 30 days back, keeps one 29 days back', () => {
    const recent = Array.from({ length: 10 }, (_, i) => at(2026, 3, 5, 10, i));
    const day29 = at(2026, 2, 4, 10);
    const day30 = at(2026, 2, 3, 10);
    const keep = backupsToKeep([...recent, day29, day30], new Date(2026, 2, 5, 12));
    expect(keep.has(day29)).toBe(true);
    expect(keep.has(day30)).toBe(false);
  });
});

describe('backup file names', () => {
  it('carry the time they were made, in UTC, without characters Windows refuses, and sort by it', () => {
    const made = new Date(Date.UTC(2026, 2, 5, 14, 2, 33, 512));
    expect(backupFileName(made)).toBe('2026-03-05T14-02-33.512Z.casefile');
    expect(backupTimeOf(backupFileName(made))).toEqual(made);
    expect(backupTimeOf('jones.casefile')).toBeUndefined();
    expect(backupTimeOf('.2026-03-05T14-02-33.512Z.casefile.0123456789ab.partial')).toBeUndefined();
    const names = [new Date(Date.UTC(2026, 0, 2)), new Date(Date.UTC(2025, 11, 31, 23))].map(backupFileName);
    expect([...names].sort()).toEqual([names[1], names[0]]);
  });
});
