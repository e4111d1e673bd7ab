// The deadlines of a casefile as an iCalendar file (RFC 5545) that Outlook, Google Calendar
// and Apple Calendar import: one all-day event per deadline whose start is recorded. The
// `ics` package does the format (CRLF, folding at 75 octets, escaping, VALUE=DATE).
// UIDs are stable for a casefile and deadline, so importing a newer file updates the events
// instead of duplicating them. Event text uses the case reference, never a person's name.
import { createHash } from 'node:crypto';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, formatDate, type IsoDate } from '../../../shared/calendar/dates.ts';
import { statusInWords, type Deadline } from '../../../shared/deadlines/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { writeFileAtomically } from '../files/write-atomically.ts';

export const ICS_PRODUCT_ID = '-//Impartial//Statutory deadlines//EN';

const dateArray = (date: IsoDate): DateArray => [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];

/** What names the case in a calendar: its own reference, the authority's, or its title. */
export function caseReference(c: CaseData): string {
  return c.case.references?.own || c.case.references?.authority || c.case.title;
}

function statusLine(d: Deadline, today: IsoDate): string {
  if (d.ended !== null) return `Status: ${statusInWords[d.status]} (${d.endEvent} on ${formatDate(d.ended)}).`;
  const left = d.remaining === null ? '' : d.remaining >= 0 ? `, ${d.remaining} working days left` : `, ${-d.remaining} working days past the due date`;
  return `Status on ${formatDate(today)}: ${statusInWords[d.status]}${left}.`;
}

export function deadlinesCalendar(c: CaseData, deadlines: readonly Deadline[], today: IsoDate): string {
  const reference = caseReference(c);
  const caseHash = createHash('sha256').update(`${c.authority.name}\u0000${reference}`).digest('hex').slice(0, 16);
  const events: EventAttributes[] = deadlines.flatMap((d) => {
    if (d.due === null) return [];
    const description = [
      d.explanation,
      statusLine(d, today),
      ...(d.provisional ? ['Provisional: a bank holiday announced later could move this date.'] : []),
    ].join('\n');
    return [{
      uid: `${d.key}.${caseHash}@impartial`,
      productId: ICS_PRODUCT_ID,
      calName: `Impartial deadlines: ${reference}`,
      start: dateArray(d.due),
      end: dateArray(addDays(d.due, 1)), // DTEND of an all-day event is exclusive
      title: `Due: ${d.label} (${reference})`,
      description,
      categories: ['Impartial', 'Deadline'],
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      classification: 'PRIVATE',
    }];
  });
  if (events.length === 0) {
    throw new ImpartialError('no-deadlines', 'no deadline has started yet (no start date is recorded), so there is nothing to put in a calendar');
  }
  const { error, value } = createEvents(events, { productId: ICS_PRODUCT_ID, calName: `Impartial deadlines: ${reference}` });
  if (error || value == null) throw new Error(`could not build the calendar: ${error?.message ?? 'no output'}`);
  return refoldByOctets(value);
}

/**
 * RFC 5545 section 3.1: content lines are folded at 75 *octets*. The `ics` package (3.12)
 * folds at 75 characters, so a line with "’" or "é" comes out too long. Its folds are undone
 * (lossless: escaped text holds no raw line breaks) and redone by octets, never inside a
 * UTF-8 sequence.
 */
export function refoldByOctets(ics: string): string {
  const encoder = new TextEncoder();
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    let limit = 75;
    for (const ch of line) {
      const size = encoder.encode(ch).length;
      if (octets + size > limit) {
        parts.push(current);
        current = '';
        octets = 0;
        limit = 74; // a continuation line starts with one space
      }
      current += ch;
      octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
  }).join('\r\n');
}

/** Writes the calendar file whole or not at all (an existing file is replaced). */
export function writeDeadlinesCalendar(path: string, c: CaseData, deadlines: readonly Deadline[], today: IsoDate): void {
  writeFileAtomically(path, deadlinesCalendar(c, deadlines, today));
}
