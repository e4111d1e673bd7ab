// Long text fields of a case are plain text (docs/contracts/design.md section 3): a blank line separates
// paragraphs, a line starting with "- " is a bullet item, and nothing else is interpreted.
import type { Block, Run } from '../document/model.ts';

/** The blocks of one long text field; `source` names where it came from for the leak check. */
export function plainTextBlocks(value: string | undefined, source: string): Block[] {
  if (!value || !value.trim()) return [];
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: Run[][] = [];
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: [{ text: paragraph.join(' '), source }] });
    paragraph = [];
  };
  const flushItems = () => {
    if (items.length) blocks.push({ kind: 'list', ordered: false, items });
    items = [];
  };
  for (const raw of value.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flushParagraph();
      flushItems();
    } else if (raw.startsWith('- ')) {
      flushParagraph();
      items.push([{ text: raw.slice(2).trim(), source }]);
    } else {
      flushItems();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushItems();
  return blocks;
}

/** A short one-line value as runs (line breaks become spaces). */
export function inlineRuns(value: string, source: string, style: Omit<Run, 'text' | 'source'> = {}): Run[] {
  return [{ text: value.replace(/\s*\r?\n\s*/g, ' '), source, ...style }];
}
