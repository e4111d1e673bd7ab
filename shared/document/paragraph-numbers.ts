// Paragraph numbers for a fact-check draft: every paragraph and list item of the body numbered
// 1, 2, 3... in the left margin, so that a comment can cite "paragraph 14". The numbers are
// given here, once, on the model: the PDF and the Word document print the same number beside
// the same paragraph. The title block (title, subtitle) and blank spacing paragraphs are not
// numbered, nor are headings and tables (a comment on a table cites the paragraph before it or
// its heading's point or chapter).
import type { Block, DocumentModel, ParagraphBlock } from './model.ts';

const numbered = (b: Block): b is ParagraphBlock =>
  b.kind === 'paragraph' && b.style !== 'title' && b.style !== 'subtitle' && b.runs.some((r) => r.text.trim() !== '');

/** The model with its body's paragraphs and list items numbered in reading order. */
export function numberParagraphs(model: DocumentModel): DocumentModel {
  let next = 1;
  const blocks = model.blocks.map((b): Block => {
    if (b.kind === 'list') return { ...b, numbers: b.items.map(() => next++) };
    if (numbered(b)) return { ...b, number: next++ };
    return b;
  });
  return { ...model, blocks };
}

/** The text of each numbered paragraph, by its number (for tests and for showing what a comment cites). */
export function numberedParagraphs(model: DocumentModel): Map<number, string> {
  const out = new Map<number, string>();
  for (const b of model.blocks) {
    if (b.kind === 'paragraph' && b.number !== undefined) out.set(b.number, b.runs.map((r) => r.text).join(''));
    if (b.kind === 'list' && b.numbers) b.items.forEach((item, i) => out.set(b.numbers![i]!, item.map((r) => r.text).join('')));
  }
  return out;
}
