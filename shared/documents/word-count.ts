// Word counts: of one text as typed (under each long text field) and of a document as it is
// rendered (the Preview region and the Documents screen), counted the same way, from the text
// and the document model alone, so they cost no rendering. A word is a run of letters or
// digits; an apostrophe or hyphen inside it ("didn't", "well-being") keeps it one word, and
// "D3, p. 4" is three.
import type { Block, DocumentModel, Run } from '../document/model.ts';

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

const runWords = (runs: readonly Run[]) => countWords(runs.map((r) => r.text).join(''));

function blockWords(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return countWords(block.text);
    case 'paragraph':
      return runWords(block.runs);
    case 'list':
      return block.items.reduce((n, item) => n + runWords(item), 0);
    case 'table':
      return block.columns.reduce((n, c) => n + countWords(c.title), 0) + block.rows.reduce((n, row) => n + row.reduce((m, cell) => m + runWords(cell), 0), 0);
    case 'pageBreak':
    case 'image':
      return 0;
    default: {
      const never: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(never)}`);
    }
  }
}

/** The words of a document's body as rendered (not its repeated header and footer). */
export function documentWords(model: DocumentModel): number {
  return model.blocks.reduce((n, block) => n + blockWords(block), 0);
}

/** "1 word", "312 words", "12,480 words". */
export function wordsLabel(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'word' : 'words'}`;
}
