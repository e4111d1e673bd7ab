import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineOf, deadlineKeys, stage2Limit, validateExtension, type Deadline } from '../../../shared/deadlines/index.ts';
import { parseCase } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';

const sample = (): CaseData => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;
const byKey = (list: Deadline[]) => Object.fromEntries(list.map((d) => [d.key, d]));

describe('deadlines of the sample case', () => {
  it('gives every key of docs/contracts/design.md section 4, in order', () => {
    expect(computeDeadlines(sample(), '2024-12-02').map((d) => d.key)).toEqual([...deadlineKeys]);
  });

  it('stage2.response is due 9 December 2024, 25 working days from the agreed Statement of Complaint', () => {
    const d = deadlineOf(sample(), 'stage2.response', '2024-11-20')!;
    expect(d).toMatchObject({ start: '2024-11-04', due: '2024-12-09', workingDays: 25, remaining: 13, status: 'running', provisional: false });
    expect(d.explanation).toBe('25 working days from 4 November 2024, when the Statement of Complaint was agreed; no bank holiday or closure day falls in that time.');
  });

  it('names the bank holidays and closure days it skips', () => {
    const d = deadlineOf(sample(), 'stage2.limit', '2024-12-02')!;
    expect(d.due).toBe('2025-02-07');
    expect(d.explanation).toBe('65 working days from 4 November 2024, when the Statement of Complaint was agreed; 25 December (Christmas Day), 26 December (Boxing Day), 27 December (an authority closure day) and 1 January (New Year’s Day) are not counted.');
    // Without the closure day, the limit is a day earlier.
    const c = sample();
    c.authority.closureDays = [];
    expect(deadlineOf(c, 'stage2.limit', '2024-12-02')!.due).toBe('2025-02-06');
  });

  it('reports each status', () => {
    const c = sample();
    const at = (today: string) => byKey(computeDeadlines(c, today));
    // Before the Statement was agreed the Stage 2 clock has not started, even though its date is recorded.
    expect(at('2024-11-01')['stage2.response']).toMatchObject({ status: 'not-started', due: '2024-12-09' });
    expect(at('2024-11-04')['stage2.response']).toMatchObject({ status: 'running', remaining: 25 });
    expect(at('2024-12-02')['stage2.response']).toMatchObject({ status: 'due-soon', remaining: 5 });
    expect(at('2024-12-09')['stage2.response']).toMatchObject({ status: 'due-soon', remaining: 0 });
    expect(at('2024-12-10')['stage2.response']).toMatchObject({ status: 'overdue', remaining: -1 });
    // The adjudication (6 January 2025) ends both Stage 2 clocks: late for the response, met for the limit.
    const after = at('2025-03-01');
    expect(after['stage2.response']).toMatchObject({ status: 'late', ended: '2025-01-06', remaining: -16 });
    expect(after['stage2.limit']).toMatchObject({ status: 'met', ended: '2025-01-06', remaining: 24 });
    expect(after['stage1.response']).toMatchObject({ status: 'late', due: '2024-09-16' });
    expect(after['stage1.limit']).toMatchObject({ status: 'met', due: '2024-09-30', remaining: 0 });
    // No panel request recorded: Stage 3 runs from the adjudication; the rest has not started.
    expect(after['stage3.request']).toMatchObject({ status: 'overdue', start: '2025-01-06', due: '2025-02-03' });
    expect(after['stage3.panel']).toMatchObject({ status: 'not-started', start: null, due: null, workingDays: null, remaining: null });
    expect(after['stage3.panel']!.explanation).toBe('Not started: 30 working days will run from when the council receives a request for a review panel, which has no date yet.');
  });

  it('runs the Stage 3 clocks from the panel dates', () => {
    const c = sample();
    c.panel = { requestDate: '2025-01-20', meetingDate: '2025-02-24', reportDate: '2025-03-05', memberIds: [], attendeeIds: [], points: [], recommendations: [] };
    const d = byKey(computeDeadlines(c, '2025-03-10'));
    expect(d['stage3.request']).toMatchObject({ status: 'met', due: '2025-02-03' });
    expect(d['stage3.panel']).toMatchObject({ status: 'met', due: '2025-03-03' });
    expect(d['stage3.report']).toMatchObject({ status: 'late', due: '2025-03-03', remaining: -2 });
    expect(d['stage3.response']).toMatchObject({ status: 'running', due: '2025-03-26', remaining: 12 });
  });

  it('counts from the Stage 2 request when clockStart says so', () => {
    const c = sample();
    c.case.clockStart = 'stage2-request';
    const d = deadlineOf(c, 'stage2.response', '2024-11-01')!;
    expect(d).toMatchObject({ start: '2024-10-14', due: '2024-11-18' });
    expect(d.explanation).toContain('from 14 October 2024, when Stage 2 was requested');
  });

  it('moves stage2.response to an extension’s new deadline, and to the limit when none is given', () => {
    const c = sample();
    c.extension = { agreedDate: '2024-11-25', reason: 'Three further staff to interview', newDeadline: '2025-01-23' };
    const d = deadlineOf(c, 'stage2.response', '2024-12-20')!;
    expect(d).toMatchObject({ due: '2025-01-23', workingDays: 54, status: 'running', extension: { reason: 'Three further staff to interview' } });
    expect(d.explanation).toMatch(/^Extended on 25 November 2024 to 23 January 2025: 54 working days from 4 November 2024/);
    delete c.extension.newDeadline;
    expect(deadlineOf(c, 'stage2.response', '2024-12-20')).toMatchObject({ due: '2025-02-07', workingDays: 65 });
  });

  it('flags a deadline after the bank-holiday table’s "as of" date as provisional', () => {
    const d = deadlineOf(sample(), 'stage2.response', '2024-11-20', { holidaysAsOf: '2024-12-01' })!;
    expect(d.provisional).toBe(true);
    expect(deadlineOf(sample(), 'stage2.response', '2024-11-20', { holidaysAsOf: '2024-12-09' })!.provisional).toBe(false);
  });

  it('refuses a bad "today"', () => {
    expect(() => computeDeadlines(sample(), '2024-02-30')).toThrow('today "2024-02-30"');
  });
});

describe('deadlineOf, the one way to a single deadline', () => {
  it('gives the same deadline as the full list, for every key and at every stage of the case', () => {
    const c = sample();
    for (const today of ['2024-10-01', '2024-11-20', '2025-01-10', '2025-06-01']) {
      for (const d of computeDeadlines(c, today)) expect(deadlineOf(c, d.key, today), `${d.key} on ${today}`).toEqual(d);
    }
  });

  it('names where each clock counts from, and gives no date for one not started', () => {
    const c = sample();
    expect(deadlineOf(c, 'stage2.response', '2024-11-20')!.startField).toBe('statement.agreedDate');
    c.case.clockStart = 'stage2-request';
    expect(deadlineOf(c, 'stage2.response', '2024-11-20')!.startField).toBe('complaint.stage2RequestDate');
    const report = deadlineOf(c, 'stage3.report', '2024-11-20')!;
    expect(report).toMatchObject({ start: null, due: null, status: 'not-started', startField: 'panel.meetingDate' });
    expect(report.explanation).toBe('Not started: 5 working days will run from when the review panel meets, which has no date yet.');
  });

  it('has no Stage 3 clock in Wales, where an extension without a new date leaves the 25 working days standing', () => {
    const c = sample();
    c.case.procedure = 'wales-2014';
    expect(deadlineOf(c, 'stage3.request', '2024-11-01')).toBeUndefined();
    c.extension = { agreedDate: '2024-11-11', reason: 'Complex' };
    const d = deadlineOf(c, 'stage2.response', '2024-11-20')!;
    expect(d).toMatchObject({ start: '2024-10-14', due: '2024-11-18', workingDays: 25 });
    expect(d.explanation).toMatch(/^Extended on 11 November 2024 without a new date, so the 25 working days stand until one is recorded: 25 working days from 14 October 2024/);
  });

  it('refuses a bad "today"', () => {
    expect(() => deadlineOf(sample(), 'stage2.response', '2024-13-01')).toThrow('today "2024-13-01"');
  });
});

describe('Wales (wales-2014)', () => {
  it('has a Stage 1 clock from receipt and a Stage 2 clock of 25 working days from the request, and no Stage 3', () => {
    const c = sample();
    c.case.procedure = 'wales-2014';
    const list = computeDeadlines(c, '2024-11-01');
    expect(list.map((d) => d.key)).toEqual(['stage1.response', 'stage2.response']);
    expect(list[1]).toMatchObject({ start: '2024-10-14', due: '2024-11-18', workingDays: 25, status: 'running' });
    expect(list[1]!.explanation).toContain('when Stage 2 was requested');
    expect(stage2Limit(c)).toBeUndefined();
  });
});

describe('an extension beyond the Stage 2 limit', () => {
  it('is refused by validateExtension and by parseCase, at extension.newDeadline', () => {
    const c = sample();
    expect(stage2Limit(c)).toBe('2025-02-07');
    c.extension = { agreedDate: '2024-11-25', reason: 'Complex', newDeadline: '2025-02-07' };
    expect(validateExtension(c)).toEqual([]);
    expect(parseCase(c).ok).toBe(true);
    c.extension.newDeadline = '2025-02-10';
    const issues = validateExtension(c);
    expect(issues).toEqual([{ path: 'extension.newDeadline', message: '10 February 2025 is beyond the Stage 2 limit of 65 working days, 7 February 2025 (from 4 November 2024, when the Statement of Complaint was agreed); an extension cannot go past it' }]);
    expect(parseCase(c)).toEqual({ ok: false, issues });
    c.extension.newDeadline = '2024-11-04';
    expect(validateExtension(c)[0]?.message).toMatch(/is not after the Stage 2 clock start/);
    // No clock start yet: nothing to check against.
    delete c.statement.agreedDate;
    expect(validateExtension(c)).toEqual([]);
  });
});
