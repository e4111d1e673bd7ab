// The IO report as sent for fact-check: a marked DRAFT, "Fact-check draft, sent <date>" under
// the title, and every paragraph and list item numbered in the margin so that the council's
// comments can cite them (shared/document/paragraph-numbers.ts). Built from the same report
// model as the final, so that the draft says what the final would.
import { formatDate } from '../calendar/dates.ts';
import type { Block, DocumentModel } from '../document/model.ts';
import { numberParagraphs } from '../document/paragraph-numbers.ts';

export const factCheckMark = (sentDate: string): string => `Fact-check draft, sent ${formatDate(sentDate)}`;

export function asFactCheckDraft(model: DocumentModel, sentDate: string): DocumentModel {
  const numbered = numberParagraphs({ ...model, draft: true });
  const mark: Block[] = [
    { kind: 'paragraph', style: 'subtitle', runs: [{ text: factCheckMark(sentDate), bold: true }] },
    { kind: 'paragraph', style: 'small', runs: [{ text: 'The paragraphs are numbered in the margin. Please give the number of the paragraph with each comment.' }] },
  ];
  // After the title block: the last title or subtitle paragraph at the top of the document.
  let at = 0;
  while (at < numbered.blocks.length) {
    const b = numbered.blocks[at]!;
    if (b.kind === 'image' || (b.kind === 'paragraph' && (b.style === 'title' || b.style === 'subtitle'))) at++;
    else break;
  }
  const blocks = [...numbered.blocks.slice(0, at), ...mark, ...numbered.blocks.slice(at)];
  return { ...numbered, title: `${model.title} (fact-check draft)`, blocks };
}
