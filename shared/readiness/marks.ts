// The "not a name here" marks as readiness lists them: each mark that applies is a warning on
// the documents that print its field, naming the word and its place, so whoever reviews a
// document sees what the leak check let through; a mark whose text has changed since it was
// made no longer applies (the check stops there again if the word is still a name), and
// readiness says so. Only an imported file can hold such a mark: the casefile drops a mark
// with the change to its text.
import { markApplies, marksOf, refOf } from '../anonymisation/marks.ts';
import { placeOf, textFields } from '../case-model/texts.ts';
import type { CaseData } from '../interchange/schema.ts';
import type { ReadinessProblem } from './index.ts';

export function markProblems(data: CaseData): ReadinessProblem[] {
  return marksOf(data).map((mark, i): ReadinessProblem => {
    const ref = refOf(mark);
    const applies = markApplies(data, mark);
    return {
      severity: 'warning',
      message: applies
        ? `'${mark.word}' is marked “not a name here”, so the leak check lets it through`
        : `the “not a name here” mark on '${mark.word}' no longer applies: the text has changed since it was made`,
      path: `anonymisation.notNames[${i}]`,
      place: placeOf(data, ref),
      documents: [...textFields[mark.field].documents],
      text: ref,
    };
  });
}
