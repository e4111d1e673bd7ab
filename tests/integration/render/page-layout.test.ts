// Documents a council would send (issue 10, item 6), read back from real files page by page.
// Each risky element is pushed across a page boundary by varying the amount of text before it,
// one step at a time, so that some variants put it at the foot of a page; every variant is
// rendered as PDF, and as Word laid out by LibreOffice, and checked as a reader would:
// - "Yours sincerely" is on the page of the signature, which never starts a page by itself;
// - the IO report's signature never sits alone on a page before the appendices;
// - no page ends with a heading or a label ("Sources:"), and a list of up to four items is on
//   one page;
// - a table row is on one page, and a date in a table is on one line.
// Each sweep must also be seen to cross the boundary: the element lands on more than one page
// across the variants, so the checks ran where they matter.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/render/docx.ts';
import { renderPdf } from '../../../electron/core/render/pdf.ts';
import type { DocumentKind } from '../../../shared/api.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { build, sample } from '../../unit/documents/helpers.ts';
import { find, lastLines, libreOfficePdfs, pageOf, pdfPages, squash } from './pages.ts';
import { hasTool, tempDir, writeTemp } from './tools.ts';

const dir = tempDir('page-layout');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = hasTool('pdftotext');
const office = readers && hasTool('soffice');

const TODAY = '2025-07-09';
// Issued on TODAY: a final copy's signature carries its issue date (a render before issue has none).
const SIGNED = '9 July 2025';

/** Where the signature's date is: the last line holding SIGNED (the title's line holds it too). */
function signature(pages: string[][]): { page: number; line: number } | undefined {
  let at: { page: number; line: number } | undefined;
  for (let next = find(pages, SIGNED); next; next = find(pages, SIGNED, { page: next.page, line: next.line + 1 })) at = next;
  return at;
}

/** `n` one-line paragraphs: the text that pushes what follows down the page. */
const filler = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what}, paragraph ${i + 1} of ${n}.`).join('\n\n');

interface Scenario {
  name: string;
  kind: DocumentKind;
  /** The case with `n` steps of text before the element. */
  data: (n: number) => CaseData;
  /** The element's page, to show that the sweep crossed a page boundary. */
  where: (pages: string[][]) => number;
  /** What must hold on every variant. */
  check: (pages: string[][], model: DocumentModel, n: number) => void;
}

const headingTexts = (m: DocumentModel) => m.blocks.flatMap((b) => (b.kind === 'heading' ? [squash(b.text)] : []));

/** No page ends with a heading (or the end of a wrapped one) or a label that introduces what follows. */
function noPageEndsWithAHeadingOrLabel(pages: string[][], model: DocumentModel, n: number): void {
  const headings = headingTexts(model);
  lastLines(pages).slice(0, -1).forEach((line, p) => {
    const last = squash(line);
    expect(headings.some((h) => h === last || (last.length > 12 && h.endsWith(last))), `n=${n}: page ${p + 1} ends with the heading "${last}"`).toBe(false);
    expect(last.endsWith(':'), `n=${n}: page ${p + 1} ends with the label "${last}"`).toBe(false);
  });
}

/** The first words and the last words of a piece of text, as they are searched for on the pages. */
const firstWords = (s: string, k = 3) => squash(s).split(' ').slice(0, k).join(' ');
const lastWords = (s: string, k = 2) => squash(s).split(' ').slice(-k).join(' ');

/** Every list of up to four items has its first and last items on one page. */
function shortListsWhole(pages: string[][], model: DocumentModel, n: number): void {
  let from = { page: 0, line: 0 };
  for (const block of model.blocks) {
    if (block.kind !== 'list') continue;
    const items = block.items.map((runs) => runs.map((r) => r.text).join(''));
    const start = find(pages, firstWords(items[0]!), from);
    expect(start, `n=${n}: the list starting "${items[0]}" is not in the text`).toBeDefined();
    const end = find(pages, lastWords(items[items.length - 1]!), start);
    expect(end, `n=${n}: the end of the list starting "${items[0]}" is not in the text`).toBeDefined();
    if (items.length <= 4) expect(end!.page, `n=${n}: the ${items.length}-item list starting "${items[0]}" is split across pages`).toBe(start!.page);
    from = end!;
  }
}

function letterWith(n: number): CaseData {
  const data = sample();
  data.adjudication!.remedy = filler(n, 'The council will review the practice guidance');
  return data;
}

const scenarios: Scenario[] = [
  {
    name: 'the letter\'s signature',
    kind: 'adjudication-letter',
    data: letterWith,
    where: (pages) => pageOf(pages, 'Yours sincerely'),
    check: (pages, model, n) => {
      const at = find(pages, 'Yours sincerely')!;
      // The signature, the job title, the council and the copy list are on the page of "Yours sincerely"...
      for (const line of ['The Adjudicating Officer', 'Head of Service, Children in Care', 'Copy to:']) {
        expect(pageOf(pages, line, at), `n=${n}: "${line}" is not on the page of "Yours sincerely"`).toBe(at.page);
      }
      // ...and they do not start a page of their own: the end of the letter comes with them.
      expect(at.line, `n=${n}: "Yours sincerely" starts page ${at.page + 1}`).toBeGreaterThan(0);
      noPageEndsWithAHeadingOrLabel(pages, model, n);
      shortListsWhole(pages, model, n);
    },
  },
  {
    name: 'the IO report\'s "Sources:" and its three sources',
    kind: 'io-report',
    data: (n) => {
      const data = sample();
      data.findings!.find((f) => f.pointId === 'pt-1')!.evidence = filler(n, 'The records of the review were read');
      return data;
    },
    where: (pages) => pageOf(pages, 'Sources:'),
    check: (pages, model, n) => {
      const at = find(pages, 'Sources:')!;
      for (const source of ['D2 (', 'I3 (interview with', 'I4 (interview with']) {
        expect(pageOf(pages, source, at), `n=${n}: ${source} is not on the page of "Sources:"`).toBe(at.page);
      }
      noPageEndsWithAHeadingOrLabel(pages, model, n);
      shortListsWhole(pages, model, n);
    },
  },
  {
    name: 'the IO report\'s signature before the appendices',
    kind: 'io-report',
    data: (n) => {
      const data = sample();
      data.investigation!.conclusion = filler(n, 'Taken together, the findings show a service under strain');
      return data;
    },
    // The issue date is also in the line under the title: the signature's is its last appearance.
    where: (pages) => signature(pages)!.page,
    check: (pages, model, n) => {
      const date = signature(pages)!;
      const page = pages[date.page]!;
      // The signature is the name (here the label, which says the role) and the date: something else is on its page.
      expect(date.line, `n=${n}: the signature is alone on page ${date.page + 1}: ${JSON.stringify(page)}`).toBeGreaterThan(1);
      expect(pageOf(pages, 'Appendix 1: Documents examined', date)).toBe(date.page + 1);
      noPageEndsWithAHeadingOrLabel(pages, model, n);
      shortListsWhole(pages, model, n);
    },
  },
  {
    name: 'the chronology\'s rows and the headings after it',
    kind: 'io-report',
    data: (n) => {
      const data = sample();
      data.investigation!.background = filler(n, 'The family has been known to the service for some years');
      // A long event, so that a row split across pages would show.
      data.chronology![3]!.event = `${data.chronology![3]!.event} ${'The record of the decision runs on at some length here. '.repeat(4).trim()}`;
      return data;
    },
    where: (pages) => pageOf(pages, 'Chronology'),
    check: (pages, model, n) => {
      const table = model.blocks.find((b) => b.kind === 'table' && b.caption === 'Chronology of events');
      expect(table?.kind).toBe('table');
      let from = find(pages, 'Chronology')!;
      for (const row of table!.kind === 'table' ? table!.rows : []) {
        const date = row[0]!.map((r) => r.text).join('');
        const event = row[1]!.map((r) => r.text).join('');
        const start = find(pages, date, from);
        expect(start, `n=${n}: the date ${date} is not on one line`).toBeDefined();
        expect(pageOf(pages, lastWords(event, 1), start), `n=${n}: the row of ${date} is split across pages`).toBe(start!.page);
        from = start!;
      }
      noPageEndsWithAHeadingOrLabel(pages, model, n);
      shortListsWhole(pages, model, n);
    },
  },
  {
    name: 'the action plan\'s dates and the letter\'s short lists',
    kind: 'adjudication-letter',
    data: (n) => {
      const data = letterWith(n);
      // The longest date there is, and owners long enough to press on the date's column.
      for (const a of data.adjudication!.actions) {
        a.dueDate = '2025-12-31';
        a.owner = 'Head of Independent Reviewing Service and Quality Assurance, Children in Care';
      }
      return data;
    },
    where: (pages) => pageOf(pages, 'If you remain dissatisfied'),
    check: (pages, model, n) => {
      const lines = pages.flat().map(squash);
      // Three actions due on 31 December 2025, each date on one line of the table.
      expect(lines.filter((l) => l.includes('31 December 2025')).length, `n=${n}`).toBe(3);
      expect(lines.filter((l) => /\b31 December$|^2025\b/.test(l)), `n=${n}: a date is broken across lines`).toEqual([]);
      noPageEndsWithAHeadingOrLabel(pages, model, n);
      shortListsWhole(pages, model, n);
    },
  },
];

async function pdfOf(model: DocumentModel, name: string): Promise<string> {
  return writeTemp(dir, `${name}.pdf`, await renderPdf(model));
}

describe.runIf(readers)('page layout of the PDF, with the text before each element varied', () => {
  it.each(scenarios)('$name', async (scenario) => {
    const seen = new Set<number>();
    // One step is a paragraph of one line: 34 steps move the element down more than a page.
    for (let n = 0; n <= 34; n++) {
      const model = build(scenario.kind, scenario.data(n), { today: TODAY, issue: { version: 1, date: TODAY } });
      const pages = pdfPages(await pdfOf(model, `${scenario.kind}-${n}`));
      scenario.check(pages, model, n);
      seen.add(scenario.where(pages));
    }
    expect(seen.size, 'the sweep never moved the element to another page').toBeGreaterThan(1);
  }, 120_000);
});

describe.runIf(office)('page layout of the Word document, as LibreOffice lays it out', () => {
  it('keeps the same things together across the same sweeps', async () => {
    // Every other step: Word's lines are a little taller, and 18 steps still cover a page.
    const steps = Array.from({ length: 18 }, (_, i) => 2 * i);
    const jobs: { scenario: Scenario; n: number; model: DocumentModel; path: string }[] = [];
    for (const [s, scenario] of scenarios.entries()) {
      for (const n of steps) {
        const model = build(scenario.kind, scenario.data(n), { today: TODAY, issue: { version: 1, date: TODAY } });
        jobs.push({ scenario, n, model, path: writeTemp(dir, `s${s}-${n}.docx`, await renderDocx(model)) });
      }
    }
    const pdfs = libreOfficePdfs(jobs.map((j) => j.path), dir);
    const seen = new Map<Scenario, Set<number>>();
    jobs.forEach((job, i) => {
      const pages = pdfPages(pdfs[i]!);
      job.scenario.check(pages, job.model, job.n);
      const pagesSeen = seen.get(job.scenario) ?? new Set<number>();
      pagesSeen.add(job.scenario.where(pages));
      seen.set(job.scenario, pagesSeen);
    });
    for (const scenario of scenarios) expect(seen.get(scenario)!.size, `${scenario.name}: the sweep never crossed a page`).toBeGreaterThan(1);
  }, 600_000);
});
