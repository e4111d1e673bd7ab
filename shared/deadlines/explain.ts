// The one sentence a deadline explains itself with, written for a complainant:
//   "25 working days from 4 November 2024, when the Statement of Complaint was agreed;
//    25 December (Christmas Day), 26 December (Boxing Day), 27 December (an authority closure
//    day) and 1 January (New Year’s Day) are not counted."
// Weekends go without saying; every other day skipped is named, so that a date that looks a
// day or two late to the reader can be checked by hand.
import { formatDate, formatDayMonth, daysBetween, type IsoDate } from '../calendar/dates.ts';
import type { NonWorkingWeekday } from '../calendar/working-days.ts';

/** "Christmas Day (substitute day)" -> "substitute day for Christmas Day": no nested brackets. */
function holidayName(name: string): string {
  const substitute = /^(.*) \(substitute day\)$/.exec(name);
  if (substitute) return `substitute day for ${substitute[1]}`;
  return name.replace(/ \((.*)\)$/, ', $1');
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "25 December (Christmas Day), 27 December (an authority closure day) and 1 January (New Year’s Day) are not counted" */
export function describeSkipped(skipped: readonly NonWorkingWeekday[], start: IsoDate, end: IsoDate): string {
  if (skipped.length === 0) return 'no bank holiday or closure day falls in that time';
  // Within a year of the start, "25 December" cannot be mistaken; beyond that, give the year.
  const withYear = daysBetween(start, end) > 300;
  const items = skipped.map((d) => {
    const when = withYear ? formatDate(d.date) : formatDayMonth(d.date);
    return d.kind === 'closure' ? `${when} (an authority closure day)` : `${when} (${holidayName(d.name)})`;
  });
  return `${listInWords(items)} ${items.length === 1 ? 'is' : 'are'} not counted`;
}

export function workingDaysFrom(workingDays: number, start: IsoDate, startEvent: string): string {
  return `${workingDays} working day${workingDays === 1 ? '' : 's'} from ${formatDate(start)}, when ${startEvent}`;
}
