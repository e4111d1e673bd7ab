// Every date a document prints, tied to the one clock (shared/deadlines): for four cases that
// have gone wrong before, each of the five documents is produced through the project's own path
// (readiness, templates, leak check, renderer) as a real PDF and a real DOCX, its text is read
// back (pdftotext; the DOCX's XML), and
//   - every computed date it prints is the due date deadlineOf gives, in a sentence whose
//     "N working days" is the clock's own number;
//   - a clock that has not started prints its sentence without a date;
//   - no other date appears: each date in the text is a date recorded in the case, the date the
//     document was made, or one of the due dates expected here.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { produceDocument } from '../../../electron/core/documents/produce.ts';
import { documentKinds, type DocumentKind } from '../../../shared/api.ts';
import { formatDate, MONTHS } from '../../../shared/calendar/index.ts';
import { computeDeadlines, deadlineOf, rulesFor, type DeadlineKey } from '../../../shared/deadlines/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import { paragraphs } from '../render/docx-xml.ts';
import { docxParts, hasTool, pdfText, tempDir, writeTemp } from '../render/tools.ts';
import { stage3Sample } from '../../unit/documents/helpers.ts';

/** The day the documents are made: after every event of every case below. */
const TODAY = '2025-03-20';
const dir = tempDir('clock-dates');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = hasTool('pdftotext');

interface ClockCase {
  change: (d: CaseData) => void;
  /** Due dates worked out by hand, so that a wrong clock cannot pass by agreeing with itself. */
  byHand: Partial<Record<DeadlineKey, string | null>>;
}

// The Stage 3 sample of assets/ (Statement agreed 4 November 2024, letter 6 January 2025, panel
// requested 20 January, met 26 February, reported 5 March 2025; closure day 27 December 2024).
const CASES: Record<string, ClockCase> = {
  '(a) an extension agreed without a new date': {
    change: (d) => { d.extension = { agreedDate: '2024-11-25', reason: 'Three more members of staff need to be interviewed.' }; },
    // Not the 25-day date, 9 December 2024: the extension set it aside, and the latest the
    // Regulations allow is 65 working days from agreement.
    byHand: { 'stage2.response': '2025-02-07', 'stage2.limit': '2025-02-07' },
  },
  '(b) a Stage 2 clock started from the Stage 2 request': {
    change: (d) => { d.case.clockStart = 'stage2-request'; },
    // 25 working days from 14 October 2024.
    byHand: { 'stage2.response': '2024-11-18' },
  },
  '(c) a Stage 3 window across Christmas with authority closure days': {
    change: (d) => {
      d.adjudication!.date = '2024-12-16';
      d.authority.closureDays = ['2024-12-24', '2024-12-27', '2024-12-31'];
    },
    // From Monday 16 December 2024: 17-20 and 23 Dec (5), not 24 (closed), 25 and 26 (bank
    // holidays), 27 (closed); 30 Dec (6); not 31 (closed) or 1 Jan; 2-3 Jan (8), 6-10 (13),
    // 13-17 (18), 20-21 (20).
    byHand: { 'stage3.request': '2025-01-21' },
  },
  '(d) a panel meeting with no report date': {
    change: (d) => { delete d.panel!.reportDate; },
    // 5 working days from 26 February 2025; the Director's 15 days have not started.
    byHand: { 'stage3.report': '2025-03-05', 'stage3.response': null },
  },
  '(e) no clock started: statement not agreed, letter undated, panel not yet met': {
    change: (d) => {
      delete d.statement.agreedDate;
      delete d.adjudication!.date;
      delete d.panel!.meetingDate;
      delete d.panel!.reportDate;
    },
    byHand: { 'stage2.response': null, 'stage3.request': null, 'stage3.report': null, 'stage3.response': null },
  },
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}\\b`, 'g');

/** Every date the case itself holds, as a document would print it: date fields and dates written in its text. */
function recordedDates(data: CaseData): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out.add(formatDate(v));
      for (const m of v.matchAll(DATE)) out.add(m[0]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return out;
}

interface Expected {
  /** The due dates the document must print (formatted), each checked in its sentence. */
  dates: string[];
  check: (text: string) => void;
}

/** One sentence of a document about a clock: printed with the clock's date once started, without one until then. */
function clockSentence(text: string, data: CaseData, key: DeadlineKey, lead: string, tail: string, dates: string[]): void {
  const d = deadlineOf(data, key, TODAY)!;
  expect(d, key).toBeDefined();
  const pattern = new RegExp(`${escape(lead)} within (\\d+) working days of ${escape(tail)}(?:, that is by (${DATE.source}))?[.,]`);
  const found = pattern.exec(text);
  expect(found, `the sentence about ${key}: "${lead} within N working days of ${tail}"`).not.toBeNull();
  expect(Number(found![1]), `${key}: the working days the sentence states`).toBe(ruleDays(data, key));
  if (d.due === null) {
    expect(d.start, `${key} has no start date`).toBeNull();
    expect(found![2], `${key} has not started, so no date`).toBeUndefined();
  } else {
    expect(found![2], `${key}: the printed date`).toBe(formatDate(d.due));
    dates.push(formatDate(d.due));
  }
}

/** The working days a clock's rule allows (shared/deadlines/rules.ts). */
function ruleDays(data: CaseData, key: DeadlineKey): number {
  return rulesFor(data).find((r) => r.key === key)!.workingDays;
}

/** What each document must say about the clocks, for one case. */
function expectations(kind: DocumentKind, data: CaseData): Expected {
  const dates: string[] = [];
  const stage2 = deadlineOf(data, 'stage2.response', TODAY)!;
  const extendedWithoutDate = Boolean(data.extension && !data.extension.newDeadline);
  const check = (text: string) => {
    switch (kind) {
      case 'statement': {
        const from = stage2.startField === 'complaint.stage2RequestDate' ? 'the request for a Stage 2 investigation' : 'the agreement of this statement';
        expect(text).toContain(`within ${ruleDays(data, 'stage2.response')} working days of ${from}, or within ${ruleDays(data, 'stage2.limit')} working days if`);
        if (stage2.due === null) {
          expect(text).not.toMatch(/The response is (now )?due by/);
        } else if (extendedWithoutDate) {
          expect(text).toContain(`without a new date being set, so the response is due by ${formatDate(stage2.due)} at the latest: ${stage2.workingDays} working days`);
          dates.push(formatDate(stage2.due));
        } else {
          expect(text).toContain(`The response is due by ${formatDate(stage2.due)}.`);
          dates.push(formatDate(stage2.due));
        }
        break;
      }
      case 'io-report':
        if (extendedWithoutDate && stage2.due !== null) {
          expect(text).toContain(`agreed on ${formatDate(data.extension!.agreedDate)} without a new date being set, so the response is due by ${formatDate(stage2.due)} at the latest: ${stage2.workingDays} working days`);
          dates.push(formatDate(stage2.due));
        }
        break;
      case 'ip-report':
        break; // prints no computed date: the check on every date below holds it to that
      case 'adjudication-letter':
        clockSentence(text, data, 'stage3.request', 'You should ask for a review panel', 'receiving this letter', dates);
        break;
      case 'panel-report':
        clockSentence(text, data, 'stage3.report', 'The report is due', 'the panel meeting', dates);
        clockSentence(text, data, 'stage3.response', 'together with the Independent Person from Stage 2,', 'receiving this report', dates);
        break;
    }
  };
  return { dates, check };
}

async function textOf(data: CaseData, kind: DocumentKind, format: 'pdf' | 'docx', name: string): Promise<string> {
  // A ready document as the user makes it; a marked draft only where the case is not ready (e).
  const draft = checkReadiness(data, kind).some((p) => p.severity === 'blocking');
  const { bytes } = await produceDocument(data, kind, { format, draft, today: TODAY });
  if (format === 'pdf') return squash(pdfText(writeTemp(dir, `${name}.pdf`, bytes)));
  return squash(paragraphs(docxParts(bytes)['word/document.xml']!).map((p) => p.text).join('\n'));
}

describe.each(Object.entries(CASES))('%s', (_title, { change, byHand }) => {
  const data = stage3Sample();
  change(data);

  it('has the clock give the due dates worked out by hand', () => {
    for (const [key, due] of Object.entries(byHand)) expect(deadlineOf(data, key as DeadlineKey, TODAY)?.due, key).toBe(due);
  });

  describe.each(documentKinds)('%s', (kind) => {
    const allowed = recordedDates(data);
    allowed.add(formatDate(TODAY));

    const checkText = (text: string) => {
      const { dates, check } = expectations(kind, data);
      check(text);
      const computed = new Set(computeDeadlines(data, TODAY).flatMap((d) => (d.due ? [formatDate(d.due)] : [])));
      for (const [date] of text.matchAll(DATE)) {
        const why = computed.has(date) && !dates.includes(date) ? ' (a due date of the clock that this document has no sentence for)' : '';
        expect(allowed.has(date) || dates.includes(date), `"${date}" is printed but is neither recorded in the case nor a due date this document states${why}`).toBe(true);
      }
    };

    it.runIf(readers)('prints the clock\'s dates in the PDF', async () => {
      checkText(await textOf(data, kind, 'pdf', `${kind}-${_title.slice(1, 2)}`));
    });

    it('prints the clock\'s dates in the DOCX', async () => {
      checkText(await textOf(data, kind, 'docx', `${kind}-${_title.slice(1, 2)}`));
    });
  });
});
