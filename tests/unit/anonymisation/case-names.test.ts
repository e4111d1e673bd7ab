// The names in a case's texts as the app lists them (shared/anonymisation/case-names.ts): under
// a field as typed, a list of lines taken line by line as the screens save it, each name with
// the mark that lets it through; and every text of a case at once for the Documents screen.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  nameMatcher, namesInCase, namesInField, notANameMark, replaceOccurrence, withoutVoidedMarks, type NameMatcher,
} from '../../../shared/anonymisation/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { sample } from '../documents/helpers.ts';
import { ordinaryWords } from './name-set.ts';

let matcher: NameMatcher;
let data: CaseData;
beforeAll(async () => {
  data = sample();
  data.people.push({ id: 'p-rose', name: 'Rose Green', label: 'Child R', role: 'child' });
  matcher = nameMatcher(data.people, await ordinaryWords());
});

describe('names in a field as typed', () => {
  const ref = { field: 'findings.analysis', recordId: 'pt-2' } as const;

  it('finds each name with the label to write, and replaces it in one step', () => {
    const text = "We asked Priya Patel. Sarah's calls went unanswered.";
    const found = namesInField(matcher, text, ref, false, []);
    expect(found.map((f) => [f.occurrence.found, f.occurrence.label, f.offset, f.mark])).toEqual([['Priya Patel', 'SW1', 0, undefined], ['Sarah', 'Ms A', 0, undefined]]);
    expect(replaceOccurrence(text, found[1]!.occurrence)).toBe("We asked Priya Patel. Ms A's calls went unanswered.");
  });

  it('shows a name as marked while the mark applies to this very text, and as found once the text changes', () => {
    const text = 'The Green Team met. SW1 agreed.';
    const [green] = namesInField(matcher, text, ref, false, []);
    const mark = notANameMark('m1', ref, text, green!.occurrence);
    expect(namesInField(matcher, text, ref, false, [mark]).map((f) => f.mark)).toEqual([mark]);
    expect(namesInField(matcher, `${text} Done.`, ref, false, [mark]).map((f) => f.mark)).toEqual([undefined]);
    // A mark on another field, or another record's field, covers nothing here.
    expect(namesInField(matcher, text, { ...ref, recordId: 'pt-1' }, false, [mark]).map((f) => f.mark)).toEqual([undefined]);
    expect(namesInField(matcher, text, { field: 'findings.evidence', recordId: 'pt-2' }, false, [mark]).map((f) => f.mark)).toEqual([undefined]);
  });

  it('takes a list of lines line by line, trimmed, empty lines left out, as the screens save it', () => {
    const ref2 = { field: 'panel.documents' } as const;
    const text = 'Agenda\n\n  Minutes of the Green Team\nLetter from Sarah';
    const found = namesInField(matcher, text, ref2, true, []);
    expect(found.map((f) => [f.ref.item, f.occurrence.found, f.offset, text.slice(f.offset + f.occurrence.start, f.offset + f.occurrence.end)]))
      .toEqual([[1, 'Green', 10, 'Green'], [2, 'Sarah', 36, 'Sarah']]);
    const mark = notANameMark('m2', { ...ref2, item: 1 }, 'Minutes of the Green Team', found[0]!.occurrence);
    expect(namesInField(matcher, text, ref2, true, [mark]).map((f) => Boolean(f.mark))).toEqual([true, false]);
  });
});

describe('names in every text of the case', () => {
  it('lists each name with its text, its place in words and the documents that print it', () => {
    const d: CaseData = JSON.parse(JSON.stringify(data));
    d.findings!.find((f) => f.pointId === 'pt-2')!.analysis = 'We asked Priya Patel.';
    d.chronology![0]!.event = 'We told Rose about the move.';
    const names = namesInCase(d, matcher).map((n) => `${n.text.place}: ${n.occurrence.found} (${n.text.documents.join(', ')})`);
    expect(names).toContain('point 2, analysis: Priya Patel (io-report)');
    expect(names.some((n) => /^chronology, .*: Rose \(io-report\)$/.test(n))).toBe(true);
    expect(namesInCase(data, matcher)).toEqual([]);
  });

  it('drops a mark from the renderer’s copy of the case when its text is written changed, as the casefile does', () => {
    const d: CaseData = JSON.parse(JSON.stringify(data));
    const finding = d.findings!.find((f) => f.pointId === 'pt-2')!;
    finding.analysis = 'The Green Team met.';
    const mark = notANameMark('m1', { field: 'findings.analysis', recordId: 'pt-2' }, finding.analysis, { found: 'Green', wordIndex: 1 });
    const withMark: CaseData = { ...d, anonymisation: { notNames: [mark] } };
    expect(withoutVoidedMarks(withMark, { collection: 'findings', key: 'pt-2' }, finding)).toBe(withMark);
    expect(withoutVoidedMarks(withMark, { collection: 'findings', key: 'pt-2' }, { ...finding, analysis: 'Changed.' }).anonymisation).toEqual({ notNames: [] });
  });
});
