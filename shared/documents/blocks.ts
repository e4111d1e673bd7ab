// Small helpers for building blocks with their leak-check source attached.
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

export function table(caption: string, columns: [string, number][], rows: Run[][][]): Block {
  const cols: TableColumn[] = columns.map(([title, width]) => ({ title, width }));
  return { kind: 'table', caption, columns: cols, rows };
}

/** A paragraph saying a part has nothing in it yet, in italics so it stands out in a draft. */
export const nothingYet = (what: string): Block => ({ kind: 'paragraph', runs: [{ text: what, italic: true }] });
