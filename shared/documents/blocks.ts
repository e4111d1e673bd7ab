// Small helpers for building blocks with their leak-check source attached.
import { formatDate } from '../calendar/index.ts';
import type { Block, Run, TableColumn } from '../document/model.ts';

export const heading = (level: 1 | 2 | 3, text: string, source?: string): Block => ({ kind: 'heading', level, text, ...(source ? { source } : {}) });
/** A heading of printed words then a field's text ("Point 2: " and the point's summary), checked as that field. */
export const fieldHeading = (level: 1 | 2 | 3, lead: string, value: string, source: string): Block => ({
  kind: 'heading', level, text: lead + value, source, ...(lead ? { field: { text: value, start: 0, lead: lead.length } } : {}),
});
export const para = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const label = (text: string, source?: string): Run => ({ text, bold: true, ...(source ? { source } : {}) });
export const plain = (text: string, source?: string): Run => ({ text, ...(source ? { source } : {}) });
export const cell = (text: string, source?: string, style: Omit<Run, 'text' | 'source'> = {}): Run[] => [{ text, ...style, ...(source ? { source } : {}) }];
/** A date in a table, on one line ("31 December 2025" is never broken), or what to say when there is none. */
export const dateCell = (iso: string | undefined, otherwise = ''): Run[] => (iso ? cell(formatDate(iso), undefined, { noWrap: true }) : cell(otherwise));

export function table(caption: string, columns: [string, number][], rows: Run[][][]): Block {
  const cols: TableColumn[] = columns.map(([title, width]) => ({ title, width }));
  return { kind: 'table', caption, columns: cols, rows };
}

/** A paragraph saying a part has nothing in it yet, in italics so it stands out in a draft. */
export const nothingYet = (what: string): Block => ({ kind: 'paragraph', runs: [{ text: what, italic: true }] });

/**
 * The blocks without any section that has nothing in it: a heading followed by nothing but
 * headings of its level or above (or by the end) is left out, heading and all, and so is a page
 * break with nothing after it. So no document prints a heading over an empty body, whatever a
 * template (or an authority's own template) says, and a chapter left empty simply is not there.
 */
export function withoutEmptySections(blocks: readonly Block[]): Block[] {
  // Walking backwards, `kept` holds what is kept after the block reached, nearest last: so a
  // sub-section already left out does not count as something in its section.
  const kept: Block[] = [];
  let content = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind === 'heading' ? !hasContent(kept, b.level) : b.kind === 'pageBreak' && !content) continue;
    if (prints(b)) content = true;
    kept.push(b);
  }
  return kept.reverse();
}

/** Whether `after` (nearest last) holds something printed before the next heading of `level` or above. */
function hasContent(after: readonly Block[], level: number): boolean {
  for (let i = after.length - 1; i >= 0; i--) {
    const b = after[i]!;
    if (b.kind === 'heading') {
      if (b.level <= level) return false;
    } else if (prints(b)) return true;
  }
  return false;
}

/** Whether a block other than a heading puts anything on the page (a blank spacing paragraph does not). */
function prints(b: Block): boolean {
  switch (b.kind) {
    case 'heading':
    case 'pageBreak':
      return false;
    case 'paragraph':
      return b.runs.some((r) => r.text.trim() !== '');
    case 'list':
      return b.items.length > 0;
    case 'table':
    case 'image':
      return true;
  }
}
