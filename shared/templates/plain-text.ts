// Long text fields of a case are plain text (docs/contracts/design.md section 3): a blank line separates
// paragraphs, a line starting with "- " is a bullet item, and nothing else is interpreted.
import type { Block, FieldOrigin, Run } from '../document/model.ts';

/**
 * The blocks of one long text field; `source` names where it came from for the leak check.
 * Each run also carries the field it was cut from (FieldOrigin), so that a "not a name here"
 * mark made on the field applies to the paragraph printed from it.
 */
export function plainTextBlocks(value: string | undefined, source: string): Block[] {
  if (!value || !value.trim()) return [];
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let paragraphStart = 0;
  let items: Run[][] = [];
  const run = (text: string, start: number): Run => {
    const field: FieldOrigin = { text: value, start };
    return text === value ? { text, source } : { text, source, field };
  };
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: [run(paragraph.join(' '), paragraphStart)] });
    paragraph = [];
  };
  const flushItems = () => {
    if (items.length) blocks.push({ kind: 'list', ordered: false, items });
    items = [];
  };
  // Where each line starts in `value`, so that every run knows where its text came from.
  const leading = (s: string) => s.length - s.trimStart().length;
  for (const m of value.matchAll(/([^\r\n]*)(?:\r\n?|\n|$)/g)) {
    if (m.index >= value.length && m[0] === '') break;
    const raw = m[1]!;
    const line = raw.trim();
    if (!line) {
      flushParagraph();
      flushItems();
    } else if (raw.startsWith('- ')) {
      flushParagraph();
      const rest = raw.slice(2);
      items.push([run(rest.trim(), m.index + 2 + leading(rest))]);
    } else {
      flushItems();
      if (!paragraph.length) paragraphStart = m.index + leading(raw);
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushItems();
  return blocks;
}

/** A short one-line value as runs (line breaks become spaces). */
export function inlineRuns(value: string, source: string, style: Omit<Run, 'text' | 'source'> = {}): Run[] {
  const text = value.replace(/\s*\r?\n\s*/g, ' ');
  return [{ text, source, ...style, ...(text === value ? {} : { field: { text: value, start: 0 } }) }];
}

/**
 * Blocks back to a long text field's plain text (the inverse of plainTextBlocks): a blank line
 * between paragraphs and between lists, "- " before each item. Styling is dropped; tables,
 * images and page breaks have no plain-text form and are left out.
 */
export function blocksToPlainText(blocks: readonly Block[]): string {
  const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('').replace(/\s*\r?\n\s*/g, ' ').trim();
  const pieces: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': pieces.push(block.text.trim()); break;
      case 'paragraph': pieces.push(runsText(block.runs)); break;
      case 'list': pieces.push(block.items.map((item) => `- ${runsText(item)}`).join('\n')); break;
      case 'table': case 'image': case 'pageBreak': break;
    }
  }
  return pieces.filter(Boolean).join('\n\n');
}
