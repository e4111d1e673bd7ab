// "Not a name here": a mark lets one occurrence through, names the field, the word and the
// text it was made on, lapses when that text changes, and is reported when used. A mark made
// on a field as typed applies wherever the document prints that field: one paragraph of a
// long text, a heading that prints "Point 2: " before it, a table cell.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  findNames, lapsedMarks, markApplies, marksThatApply, marksVoidedBy, notANameMark, NotANameMarks, textHash, type NotANameMark, type OrdinaryWords,
} from '../../../shared/anonymisation/index.ts';
import { checkForNames } from '../../../shared/documents/leak-check.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { build, sample } from '../documents/helpers.ts';
import { ordinaryWords } from './name-set.ts';

let words: OrdinaryWords;
beforeAll(async () => {
  words = await ordinaryWords();
});

/** The sample case with a social worker called Green. */
function withGreen(change: (d: CaseData) => void): CaseData {
  const d = sample();
  d.people.push({ id: 'p-green', name: 'Rachel Green', label: 'SW9', role: 'staff' });
  change(d);
  return d;
}

const analysisOf2 = { field: 'findings.analysis', recordId: 'pt-2' } as const;

/** The marks of a case that apply, as the documents are checked with them. */
const withMarks = (d: CaseData, marks: NotANameMark[]): CaseData => ({ ...d, anonymisation: { notNames: marks } });

describe('a mark on one occurrence', () => {
  const text = 'The Green Lane office shut. Later the Green Lane office opened.';
  const people = [{ id: 'g', name: 'Rachel Green', label: 'SW9' }];

  it('covers exactly that occurrence of that text', () => {
    const [first, second] = findNames(text, people, words);
    const mark = notANameMark('m1', analysisOf2, text, first!);
    expect(mark).toEqual({ id: 'm1', field: 'findings.analysis', recordId: 'pt-2', word: 'Green', wordIndex: 1, textHash: textHash(text) });
    const marks = new NotANameMarks([mark]);
    expect(marks.covers(text, first!.wordIndex, first!.found)).toBe(true);
    expect(marks.covers(text, second!.wordIndex, second!.found)).toBe(false);
    expect(marks.covers(`${text} `, first!.wordIndex, first!.found)).toBe(false);
    expect(marks.covers(text, first!.wordIndex, 'Rachel')).toBe(false);
    expect(marks.used).toEqual([mark]);
    expect(new NotANameMarks([mark]).used).toEqual([]);
  });
});

describe('marks in a case', () => {
  const analysis = 'SW9 worked from the office.\n\nThe Green Lane office holds the file. SW9 agreed.';

  it('apply while the text they were made on is there unchanged, and lapse when it changes or goes', () => {
    const data = withGreen((d) => { d.findings![1]!.analysis = analysis; });
    const mark = notANameMark('m1', analysisOf2, analysis, findNames(analysis, data.people, words)[0]!);
    expect(markApplies(data, mark)).toBe(true);
    const changed = withGreen((d) => { d.findings![1]!.analysis = analysis.replace('worked from', 'worked at'); });
    expect(markApplies(changed, mark)).toBe(false);
    expect(lapsedMarks(withMarks(changed, [mark]))).toEqual([mark]);
    expect(marksThatApply(withMarks(changed, [mark]))).toEqual([]);
    const gone = withGreen((d) => { d.findings = d.findings!.filter((f) => f.pointId !== 'pt-2'); });
    expect(markApplies(gone, mark)).toBe(false);
  });

  it('are voided by a write that changes their text, or removes its record; kept by one that does not', () => {
    const data = withGreen((d) => { d.findings![1]!.analysis = analysis; });
    const mark = notANameMark('m1', analysisOf2, analysis, findNames(analysis, data.people, words)[0]!);
    const other = notANameMark('m2', { field: 'findings.analysis', recordId: 'pt-1' }, 'x', { found: 'Green', wordIndex: 0 });
    const finding = data.findings![1]!;
    const where = { collection: 'findings', key: 'pt-2' } as const;
    expect(marksVoidedBy([mark, other], where, { ...finding, conclusion: 'Changed.' })).toEqual([]);
    expect(marksVoidedBy([mark, other], where, { ...finding, analysis: `${analysis} More.` })).toEqual([mark]);
    expect(marksVoidedBy([mark, other], where, undefined)).toEqual([mark]);
    const line = notANameMark('m3', { field: 'panel.documents', item: 1 }, 'Green Team minutes', { found: 'Green', wordIndex: 0 });
    expect(marksVoidedBy([line], { section: 'panel' }, { memberIds: [], attendeeIds: [], documents: ['Agenda', 'Green Team minutes'] })).toEqual([]);
    expect(marksVoidedBy([line], { section: 'panel' }, { memberIds: [], attendeeIds: [], documents: ['Green Team minutes'] })).toEqual([line]);
    expect(marksVoidedBy([line], { section: 'investigation' }, {})).toEqual([]);
  });
});

describe('marks in the document check', () => {
  const analysis = 'SW9 worked from the office.\n\nThe Green Lane office holds the file. SW9 agreed.';

  it('a mark made on the field as typed lets the occurrence through in the paragraph printed from it, and is listed as used', () => {
    const data = withGreen((d) => { d.findings![1]!.analysis = analysis; });
    const model = build('io-report', data);
    const before = checkForNames(model, data.people, 'IO report', { ordinaryWords: words });
    expect(before.leaks.map((l) => `${l.place}: ${l.found}`)).toEqual(['IO report, point 2, analysis: Green']);

    const typed = findNames(analysis, data.people, words);
    expect(typed.map((o) => o.found)).toEqual(['Green']);
    const mark = notANameMark('m1', analysisOf2, analysis, typed[0]!);
    // The document counts the words of the whole field, as the field itself does.
    expect(before.leaks[0]!.wordIndex).toBe(mark.wordIndex);
    const after = checkForNames(model, data.people, 'IO report', { ordinaryWords: words, marks: marksThatApply(withMarks(data, [mark])) });
    expect(after).toEqual({ leaks: [], marksUsed: [mark] });
  });

  it('a lapsed mark lets nothing through, even where another field holds the text it was made on', () => {
    const data = withGreen((d) => { d.findings![1]!.analysis = analysis; });
    const mark = notANameMark('m1', analysisOf2, analysis, findNames(analysis, data.people, words)[0]!);
    const changed = withGreen((d) => {
      d.findings![1]!.analysis = analysis.replace('worked from', 'worked at');
      d.findings![0]!.analysis = analysis;
    });
    const result = checkForNames(build('io-report', changed), changed.people, 'IO report', { ordinaryWords: words, marks: marksThatApply(withMarks(changed, [mark])) });
    expect(result.leaks.map((l) => `${l.place}: ${l.found}`)).toEqual(['IO report, point 1, analysis: Green', 'IO report, point 2, analysis: Green']);
    expect(result.marksUsed).toEqual([]);
  });

  it('covers one occurrence only: the same word again in the field still blocks', () => {
    const twice = `${analysis} The Green Lane office closed.`;
    const data = withGreen((d) => { d.findings![1]!.analysis = twice; });
    const [first, second] = findNames(twice, data.people, words);
    const mark = notANameMark('m1', analysisOf2, twice, first!);
    const result = checkForNames(build('io-report', data), data.people, 'IO report', { ordinaryWords: words, marks: marksThatApply(withMarks(data, [mark])) });
    expect(result.leaks.map((l) => `${l.place}: ${l.found} (word ${l.wordIndex})`)).toEqual([`IO report, point 2, analysis: Green (word ${second!.wordIndex})`]);
    expect(second!.wordIndex).toBe(15);
  });

  it('a mark on a point summary covers it in the summary table and in the heading that prints "Point 2: " before it', () => {
    const summary = 'Calls to the Green Lane office went unanswered';
    const data = withGreen((d) => { d.statement.points[1]!.summary = summary; });
    const model = build('io-report', data);
    const before = checkForNames(model, data.people, 'IO report', { ordinaryWords: words });
    expect(before.leaks.map((l) => l.place)).toEqual(['IO report, point 2, summary', 'IO report, point 2, summary (heading)']);
    const mark = notANameMark('m1', { field: 'statement.points.summary', recordId: 'pt-2' }, summary, findNames(summary, data.people, words)[0]!);
    const after = checkForNames(model, data.people, 'IO report', { ordinaryWords: words, marks: marksThatApply(withMarks(data, [mark])) });
    expect(after).toEqual({ leaks: [], marksUsed: [mark] });
  });
});
