// The names in a case's texts, as the app shows them: under each field as it is typed, and on
// the Documents screen for the whole case. Each name found carries the text it is in (a field,
// or one line of a list of lines), where it stands, the label to write instead, and the
// "not a name here" mark that lets it through, when one applies. The documents themselves are
// checked as built (shared/documents/leak-check.ts); this looks at the same texts before then.
import { caseTexts, sameRef, type CaseText, type TextRef } from '../case-model/texts.ts';
import type { CaseData } from '../interchange/schema.ts';
import { marksOf, NotANameMarks, refOf, type NotANameMark } from './marks.ts';
import type { NameMatcher, NameOccurrence } from './matcher.ts';

export interface FoundName {
  /** The text it is in; for a list of lines, the line (`item`). */
  ref: TextRef;
  /** Where it is in that text (one line, for a list of lines). */
  occurrence: NameOccurrence;
  /** Where that text starts in the field as typed (a line's offset; 0 for a field of one text). */
  offset: number;
  /** The "not a name here" mark that lets it through, when one applies. */
  mark?: NotANameMark | undefined;
}

/**
 * The names in a field's text as typed. A list of lines (textFields[...].lines) is held as its
 * lines, each trimmed, empty ones left out (as the screens save it): each is a text of its own.
 */
export function namesInField(matcher: NameMatcher, text: string, ref: TextRef, lines: boolean, marks: readonly NotANameMark[]): FoundName[] {
  const mine = marks.filter((m) => m.field === ref.field && m.recordId === ref.recordId);
  const look = (t: string, at: TextRef, offset: number): FoundName[] => {
    const found = matcher.find(t);
    if (!found.length) return [];
    const check = new NotANameMarks(mine.filter((m) => sameRef(refOf(m), at)));
    return found.map((occurrence) => ({ ref: at, occurrence, offset, mark: check.coveringMark(t, occurrence.wordIndex, occurrence.found) }));
  };
  if (!lines) return look(text, ref, 0);
  const out: FoundName[] = [];
  let item = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const lead = line.length - line.trimStart().length;
      out.push(...look(trimmed, { ...ref, item }, offset + lead));
      item += 1;
    }
    offset += line.length + 1;
  }
  return out;
}

/** Every name in every text of the case that a document prints, in the order of the case model's texts. */
export function namesInCase(c: CaseData, matcher: NameMatcher): Array<FoundName & { text: CaseText }> {
  const marks = marksOf(c);
  return caseTexts(c).flatMap((text) => namesInField(matcher, text.text, text.ref, false, marks).map((f) => ({ ...f, text })));
}
