// "Not a name here": a mark lets exactly one occurrence through, names the place, the word and
// the text it was made on, lapses when that text changes, and is reported when used. A mark
// made on a field as typed applies wherever the document prints that field: one paragraph of a
// long text, a heading that prints "Point 2: " before it, a table cell.
import { beforeAll, describe, expect, it } from 'vitest';
import { findNames, notANameMark, NotANameMarks, textHash, type OrdinaryWords } from '../../../shared/anonymisation/index.ts';
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

describe('a mark on one occurrence', () => {
  const text = 'The Green Lane office shut. Later the Green Lane office opened.';
  const people = [{ id: 'g', name: 'Rachel Green', label: 'SW9' }];

  it('covers exactly that occurrence, at that place, of that text', () => {
    const [first, second] = findNames(text, people, words);
    const mark = notANameMark('point 2, analysis', text, first!);
    expect(mark).toEqual({ place: 'point 2, analysis', word: 'Green', wordIndex: 1, textHash: textHash(text) });
    const marks = new NotANameMarks([mark]);
    expect(marks.covers('point 2, analysis', text, first!.wordIndex, first!.found)).toBe(true);
    expect(marks.covers('point 2, analysis', text, second!.wordIndex, second!.found)).toBe(false);
    expect(marks.covers('point 3, analysis', text, first!.wordIndex, first!.found)).toBe(false);
    expect(marks.covers('point 2, analysis', `${text} `, first!.wordIndex, first!.found)).toBe(false);
    expect(marks.used).toEqual([mark]);
    expect(new NotANameMarks([mark]).used).toEqual([]);
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
    const mark = notANameMark('point 2, analysis', analysis, typed[0]!);
    // The leak carries the same mark, so the Documents screen can offer it too.
    expect(before.leaks[0]!.mark).toEqual(mark);
    const after = checkForNames(model, data.people, 'IO report', { ordinaryWords: words, marks: [mark] });
    expect(after).toEqual({ leaks: [], marksUsed: [mark] });
  });

  it('lapses when the text it was made on changes, even elsewhere in the field', () => {
    const data = withGreen((d) => { d.findings![1]!.analysis = analysis; });
    const mark = notANameMark('point 2, analysis', analysis, findNames(analysis, data.people, words)[0]!);
    const changed = withGreen((d) => { d.findings![1]!.analysis = analysis.replace('worked from', 'worked at'); });
    const result = checkForNames(build('io-report', changed), changed.people, 'IO report', { ordinaryWords: words, marks: [mark] });
    expect(result.leaks.map((l) => l.found)).toEqual(['Green']);
    expect(result.marksUsed).toEqual([]);
  });

  it('covers one occurrence only: the same word again in the field still blocks', () => {
    const twice = `${analysis} The Green Lane office closed.`;
    const data = withGreen((d) => { d.findings![1]!.analysis = twice; });
    const [first, second] = findNames(twice, data.people, words);
    const result = checkForNames(build('io-report', data), data.people, 'IO report', { ordinaryWords: words, marks: [notANameMark('point 2, analysis', twice, first!)] });
    // The document counts words across the field's paragraphs as the field itself does.
    expect(result.leaks.map((l) => `${l.place}: ${l.found} (word ${l.mark.wordIndex})`)).toEqual([`IO report, point 2, analysis: Green (word ${second!.wordIndex})`]);
    expect(second!.wordIndex).toBe(15);
  });

  it('a mark on a point summary covers it in the summary table and in the heading that prints "Point 2: " before it', () => {
    const summary = 'Calls to the Green Lane office went unanswered';
    const data = withGreen((d) => { d.statement.points[1]!.summary = summary; });
    const model = build('io-report', data);
    const before = checkForNames(model, data.people, 'IO report', { ordinaryWords: words });
    expect(before.leaks.map((l) => l.place)).toEqual(['IO report, point 2, summary', 'IO report, point 2, summary (heading)']);
    const mark = notANameMark('point 2, summary', summary, findNames(summary, data.people, words)[0]!);
    const after = checkForNames(model, data.people, 'IO report', { ordinaryWords: words, marks: [mark] });
    expect(after).toEqual({ leaks: [], marksUsed: [mark] });
  });
});
