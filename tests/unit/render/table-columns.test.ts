// Table columns sized to their content, the one rule both renderers use (table-columns.ts):
// never narrower than the widest word or no-wrap run, never wider than the longest cell on one
// line, the rest by the builder's shares; measured here with a fixed-width measure (every
// character 0.5 pt at 1 pt, so 5 pt at the table's 10 pt), so the widths can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { columnNeeds, columnWidths, distribute } from '../../../electron/core/render/table-columns.ts';
import type { Measure } from '../../../electron/core/render/pdf-text.ts';
import type { TableBlock } from '../../../shared/document/model.ts';

const measure: Measure = (text) => Array.from(text).length * 0.5;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
// Padding (5 pt each side) and the half point of slack the rule adds.
const PAD = 10.5;

describe('columnNeeds', () => {
  it('takes the widest word, and a no-wrap run (a date) as one word', () => {
    const block: TableBlock = {
      kind: 'table', columns: [{ title: 'Ref', width: 0.2 }, { title: 'By', width: 0.8 }],
      rows: [[[{ text: 'D1' }], [{ text: '31 December 2025', noWrap: true }]], [[{ text: 'D22' }], [{ text: 'To be agreed' }]]],
    };
    const [ref, by] = columnNeeds(block, measure);
    // "Ref" (3 characters, the header) and "D22" (3): 15 pt; one line the same.
    expect(ref).toEqual({ min: 15 + PAD, max: 15 + PAD });
    // The date, 16 characters, cannot break: 80 pt; "To be agreed" on one line is 12 characters.
    expect(by).toEqual({ min: 80 + PAD, max: 80 + PAD });
  });
});

describe('distribute', () => {
  it('gives each column its share when every share fits its content', () => {
    const widths = distribute([0.25, 0.75], [{ min: 10, max: 1000 }, { min: 10, max: 1000 }], 400);
    expect(widths).toEqual([100, 300]);
  });

  it('widens a column to its widest word, taking the width from the others by their shares', () => {
    const widths = distribute([0.1, 0.6, 0.3], [{ min: 10, max: 1000 }, { min: 10, max: 1000 }, { min: 150, max: 150 }], 400);
    expect(widths[2]).toBe(150);
    expect(widths[0]! / widths[1]!).toBeCloseTo(0.1 / 0.6);
    expect(sum(widths)).toBeCloseTo(400);
  });

  it('narrows a column to its longest line, giving the rest to the text beside it', () => {
    const widths = distribute([0.2, 0.8], [{ min: 20, max: 30 }, { min: 40, max: 5000 }], 400);
    expect(widths).toEqual([30, 370]);
  });

  it('keeps the table at the full width when every column is narrow', () => {
    const widths = distribute([0.5, 0.5], [{ min: 20, max: 30 }, { min: 20, max: 50 }], 400);
    expect(sum(widths)).toBeCloseTo(400);
  });

  it('shares the width by need when the unbreakable words alone are wider than the page', () => {
    const widths = distribute([0.5, 0.5], [{ min: 300, max: 300 }, { min: 100, max: 100 }], 200);
    expect(widths).toEqual([150, 50]);
  });
});

describe('columnWidths', () => {
  it('keeps a date column wide enough for its dates, whatever share the builder gave it', () => {
    const block: TableBlock = {
      kind: 'table', columns: [{ title: 'Action', width: 0.92 }, { title: 'By', width: 0.08 }],
      rows: [[[{ text: 'A long action that can wrap over several lines of the column.' }], [{ text: '28 February 2025', noWrap: true }]]],
    };
    const widths = columnWidths(block, 453, measure);
    expect(widths[1]).toBeGreaterThanOrEqual(80 + 10);
    expect(sum(widths)).toBeCloseTo(453);
  });
});
