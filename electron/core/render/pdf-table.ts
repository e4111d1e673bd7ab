// Tables: the header row repeated on each page a table runs onto (as an artifact, so it is read
// once), a row kept whole when it fits on a page and broken between lines when it does not,
// and each cell tagged TD on every page it spans. Separate from the other blocks because a
// table breaks across pages by rows and cells, not by lines.
import type { Run, TableBlock } from '../../../shared/document/model.ts';
import type { Glyphs } from './pdf-glyphs.ts';
import { sourcesOf, type Pages } from './pdf-pages.ts';
import { BOTTOM, MARGIN, PAGE_CAPACITY, TABLE, TABLE_CELL, TABLE_HEAD, TEXT_WIDTH, body } from './pdf-style.ts';
import type { Tags } from './pdf-tags.ts';
import type { Line } from './pdf-text.ts';
import { columnWidths } from './table-columns.ts';
import { theme } from './theme.ts';

/** The space under a table. */
export const TABLE_AFTER = body.after + 4;

interface TableLayout {
  widths: number[];
  xs: number[];
  headLines: Line[][];
  headHeight: number;
  /** The lines of each cell of a row (worked out as the row is drawn, so a long table's lines are not all held at once). */
  rowLines(row: Run[][]): Line[][];
}

export class Tables {
  readonly pages: Pages;
  readonly glyphs: Glyphs;
  readonly tags: Tags;
  readonly layouts = new WeakMap<TableBlock, TableLayout>();

  constructor(pages: Pages, glyphs: Glyphs, tags: Tags) {
    this.pages = pages;
    this.glyphs = glyphs;
    this.tags = tags;
  }

  /** Column positions and the header's lines, worked out once per table (lead needs them too). */
  layout(block: TableBlock): TableLayout {
    let layout = this.layouts.get(block);
    if (layout) return layout;
    const widths = columnWidths(block, TEXT_WIDTH, this.glyphs.measure, this.glyphs.coverage);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const headLines = block.columns.map((c, i) => this.glyphs.wrap([{ text: c.title }], TABLE_HEAD, widths[i]! - 2 * TABLE.padX));
    const headHeight = Math.max(...headLines.map((l) => l.length)) * TABLE.leading + 2 * TABLE.padY;
    const rowLines = (row: Run[][]) => block.columns.map((_, c) => this.glyphs.wrap(row[c] ?? [], TABLE_CELL, widths[c]! - 2 * TABLE.padX));
    layout = { widths, xs, headLines, headHeight, rowLines };
    this.layouts.set(block, layout);
    return layout;
  }

  /** The height of a row drawn whole. */
  rowHeight(block: TableBlock, row: Run[][]): number {
    return Math.max(1, ...this.layout(block).rowLines(row).map((l) => l.length)) * TABLE.leading + 2 * TABLE.padY;
  }

  /**
   * What must fit below a heading or at the foot of a page for a table to start there: its
   * header and whole first row (rows are not split), or a few lines of a row taller than a page.
   */
  lead(block: TableBlock): number {
    const { headHeight } = this.layout(block);
    const first = block.rows[0] ? this.rowHeight(block, block.rows[0]) : 0;
    return headHeight + (first <= PAGE_CAPACITY - headHeight ? first : 4 * TABLE.leading + 2 * TABLE.padY);
  }

  /** `tail`: the height of what follows that must stay on the page of the last row (a signature). */
  draw(block: TableBlock, tail = 0): void {
    const { pages, tags } = this;
    const { widths, xs, headLines, headHeight, rowLines } = this.layout(block);

    const table = tags.add('Table', tags.root, block.caption ? { title: block.caption } : {});

    const drawHeader = (asArtifact: boolean) => {
      const top = pages.y;
      tags.artifact(() => this.cellFrame(xs, top, headHeight, true));
      if (asArtifact) {
        // A repeated header row is pagination, not content: a screen reader reads it once.
        tags.artifact(() => headLines.forEach((lines, c) => lines.forEach((line, n) => pages.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, TABLE_HEAD))));
      } else {
        const tr = tags.add('TR', table);
        headLines.forEach((lines, c) => {
          const th = tags.add('TH', tr, { scope: 'Column' });
          tags.marked(th, 'TH', () => lines.forEach((line, n) => pages.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, TABLE_HEAD)));
          th.end();
        });
        tr.end();
      }
      pages.y = top + headHeight;
    };

    // A table of one row keeps its header with that row, and that row with what follows.
    pages.ensure(Math.min(PAGE_CAPACITY, this.lead(block) + (block.rows.length <= 1 && tail ? TABLE_AFTER + tail : 0)));
    drawHeader(false);
    block.rows.forEach((row, r) => {
      const cells = rowLines(row);
      pages.mark(row.flatMap((cell) => [...sourcesOf(cell)]));
      const tr = tags.add('TR', table);
      const tds = cells.map(() => tags.add('TD', tr));
      const done = cells.map(() => 0);
      const rowHeight = Math.max(...cells.map((l) => l.length)) * TABLE.leading + 2 * TABLE.padY;
      const pageCapacity = PAGE_CAPACITY - headHeight;
      // The last row stays with what must follow it, when the two fit on a page together.
      const needed = r === block.rows.length - 1 && tail && rowHeight + TABLE_AFTER + tail <= pageCapacity ? rowHeight + TABLE_AFTER + tail : rowHeight;
      // A row that fits on a page is never split; a longer one breaks between lines.
      if (pages.y + needed > BOTTOM && rowHeight <= pageCapacity) {
        pages.newPage();
        drawHeader(true);
      }
      while (done.some((d, c) => d < cells[c]!.length) || done.every((d) => d === 0)) {
        const fit = Math.floor((BOTTOM - pages.y - 2 * TABLE.padY) / TABLE.leading);
        if (fit < 1) {
          pages.newPage();
          drawHeader(true);
          continue;
        }
        const top = pages.y;
        const take = cells.map((lines, c) => lines.slice(done[c], done[c]! + fit));
        const height = Math.max(1, ...take.map((t) => t.length)) * TABLE.leading + 2 * TABLE.padY;
        tags.artifact(() => this.cellFrame(xs, top, height, false));
        take.forEach((lines, c) => {
          if (lines.length === 0) return;
          tags.marked(tds[c]!, 'TD', () => lines.forEach((line, n) => pages.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, TABLE_CELL)));
          done[c]! += lines.length;
        });
        pages.y = top + height;
        if (done.every((d, c) => d >= cells[c]!.length)) break;
        pages.newPage();
        drawHeader(true);
      }
      tds.forEach((td) => td.end());
      tr.end();
    });
    table.end();
    pages.y += TABLE_AFTER;
  }

  /** The frame of a row of cells, filled for the header row. */
  cellFrame(xs: number[], top: number, height: number, header: boolean): void {
    const pdf = this.pages.pdf;
    pdf.save().lineWidth(0.5).strokeColor('#' + theme.rule);
    if (header) pdf.rect(MARGIN.left, top, TEXT_WIDTH, height).fillAndStroke('#' + theme.tableHeaderFill, '#' + theme.rule);
    else pdf.rect(MARGIN.left, top, TEXT_WIDTH, height).stroke();
    for (const x of xs.slice(1)) pdf.moveTo(x, top).lineTo(x, top + height).stroke();
    pdf.restore();
  }
}
