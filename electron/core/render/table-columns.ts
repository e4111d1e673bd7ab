// How wide each column of a table is, for both renderers: the PDF draws its cells at these
// widths and the Word document gives them to Word as its column widths, so a table looks the
// same in both and a date that fits on one line in one fits in the other.
//
// A builder gives each column a share of the width (what the column is for); the content
// then decides. A column is never narrower than its widest word or no-wrap run (a date in a
// "By" column: "31 December 2025" never wraps), and never wider than its longest cell on
// one line (a "Point" column of "1", "2a" gives its spare width to the text beside it). The
// rest is shared out by the builder's shares. Measured with the fonts the PDF embeds; the Word
// document's Arial has the same metrics.
import type { Run, TableBlock } from '../../../shared/document/model.ts';
import { textWidths } from './pdf-text.ts';
import type { Coverage, Measure } from './pdf-text.ts';
import { theme } from './theme.ts';

export interface ColumnNeeds {
  /** The narrowest the column can be without breaking a word: its widest word, with padding. */
  min: number;
  /** The width of its longest cell on one line, with padding. */
  max: number;
}

/** What each column of `block` needs, in points, at the table's text size. */
export function columnNeeds(block: TableBlock, measure: Measure, coverage?: Coverage): ColumnNeeds[] {
  const pad = 2 * theme.tablePadding;
  return block.columns.map((column, c) => {
    const cells: Run[][] = [[{ text: column.title, bold: true }], ...block.rows.map((row) => row[c] ?? [])];
    let min = 0;
    let max = 0;
    for (const runs of cells) {
      const w = textWidths(runs, theme.tableSize, measure, coverage);
      min = Math.max(min, w.widest);
      max = Math.max(max, w.oneLine);
    }
    // A hair over the measured width: measuring leaves kerning out, and Word rounds to twips.
    return { min: min + pad + 0.5, max: max + pad + 0.5 };
  });
}

/** The width of each column of `block`, in points, adding up to `width`. */
export function columnWidths(block: TableBlock, width: number, measure: Measure, coverage?: Coverage): number[] {
  return distribute(block.columns.map((c) => c.width), columnNeeds(block, measure, coverage), width);
}

/**
 * Shares `width` among columns: each column's share of what is left, held at its minimum when
 * the share is less, and at its maximum when the share is more (what it gives up goes to the
 * others), until every column fits. Exported for its tests.
 */
export function distribute(shares: readonly number[], needs: readonly ColumnNeeds[], width: number): number[] {
  const n = shares.length;
  const minTotal = needs.reduce((a, x) => a + x.min, 0);
  // Too many unbreakable words for the page: each column in proportion to its need (some words break).
  if (minTotal >= width) return needs.map((x) => (x.min * width) / minTotal);
  const held: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined);
  const free = () => [...held.keys()].filter((c) => held[c] === undefined);
  const proposal = (): number[] => {
    const open = free();
    const left = width - held.reduce<number>((a, w) => a + (w ?? 0), 0);
    const total = open.reduce((a, c) => a + Math.max(shares[c]!, 1e-6), 0);
    return held.map((w, c) => w ?? (left * Math.max(shares[c]!, 1e-6)) / total);
  };
  for (let round = 0; round < 2 * n; round++) {
    const widths = proposal();
    const open = free();
    if (!open.length) break;
    const tooNarrow = open.filter((c) => widths[c]! < needs[c]!.min);
    if (tooNarrow.length) {
      for (const c of tooNarrow) held[c] = needs[c]!.min;
      continue;
    }
    const tooWide = open.filter((c) => widths[c]! > needs[c]!.max);
    // The last open column takes what is left, however wide: the table spans the text width.
    if (!tooWide.length || tooWide.length === open.length) break;
    for (const c of tooWide) held[c] = needs[c]!.max;
  }
  const widths = proposal();
  if (!free().length) {
    // Every column is held: whatever is left over goes to them all by their shares.
    const spare = width - widths.reduce((a, b) => a + b, 0);
    const total = shares.reduce((a, b) => a + b, 0) || 1;
    return widths.map((w, c) => w + (spare * shares[c]!) / total);
  }
  return widths;
}
