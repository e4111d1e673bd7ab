// Laying out the document's blocks down the pages: headings kept with what follows them, no
// paragraph leaving a single line at the foot or head of a page, list labels on the page of
// their item's first line, each block tagged as it is drawn. We place lines ourselves rather
// than let pdfkit flow text, because these page-break rules need the lines measured before
// anything is drawn (pdf-text.ts breaks them) and each page's part of a block tagged on its own.
import { keepsWhole, keepsWithNext } from '../../../shared/document/keep.ts';
import type { Block, HeadingBlock, ImageBlock, ListBlock, ParagraphBlock } from '../../../shared/document/model.ts';
import { imageSize } from 'image-size';
import type { Bookmarks } from './pdf-finishing.ts';
import type { Glyphs } from './pdf-glyphs.ts';
import { sourcesOf, type Pages } from './pdf-pages.ts';
import { BOTTOM, HEADING, LIST, MARGIN, PAGE_CAPACITY, PARAGRAPH, TEXT_WIDTH, body } from './pdf-style.ts';
import type { TextStyle } from './pdf-style.ts';
import { TABLE_AFTER, Tables } from './pdf-table.ts';
import type { Struct, Tags } from './pdf-tags.ts';
import type { Line } from './pdf-text.ts';
import { theme } from './theme.ts';

/** A paragraph or list item of fewer lines is never split: two lines at least on each side of a page break. */
const SPLITTABLE = 4;
/** The gap between a paragraph number in the margin and the text (a fact-check draft). */
const NUMBER_GAP = 12;

export class BlockLayout {
  readonly pages: Pages;
  readonly glyphs: Glyphs;
  readonly tags: Tags;
  readonly bookmarks: Bookmarks;
  readonly tables: Tables;

  constructor(pages: Pages, tags: Tags, bookmarks: Bookmarks) {
    this.pages = pages;
    this.glyphs = pages.glyphs;
    this.tags = tags;
    this.bookmarks = bookmarks;
    this.tables = new Tables(pages, pages.glyphs, tags);
  }

  write(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      // What stays together (shared/document/keep.ts): the block starts on a page only if what it
      // keeps with fits there too; a block kept with the next one ends on the page the next begins.
      if (block.kind !== 'pageBreak') this.pages.ensure(this.lead(blocks, i));
      this.block(block, keepsWithNext(blocks, i) ? this.lead(blocks, i + 1) : 0);
    });
  }

  /**
   * The height that must fit at the foot of a page for block `i` to start there: a heading and
   * what it keeps with; a paragraph's first two lines (all of one too short to split); a short
   * list whole, or a long one's first item; a table's header and first row. When the block keeps
   * with the next and cannot be split, the next block's lead is added. Never more than a page.
   */
  lead(blocks: Block[], i: number): number {
    const block = blocks[i];
    if (!block) return 0;
    const keep = keepsWithNext(blocks, i);
    /** The space under this block and the next block's lead, when the two are kept together. */
    const next = (after: number) => (keep ? after + this.lead(blocks, i + 1) : 0);
    let height: number;
    switch (block.kind) {
      case 'heading':
        height = this.headingHeight(block) + next(0);
        break;
      case 'paragraph': {
        const style = PARAGRAPH[block.style ?? 'normal'];
        const lines = this.paragraphLines(block).length;
        height = lines < SPLITTABLE ? style.before + lines * style.leading + next(style.after) : style.before + 2 * style.leading;
        break;
      }
      case 'list': {
        const items = this.itemLines(block);
        if (keepsWhole(block)) height = items.reduce((a, l) => a + l.length * body.leading + LIST.itemGap, 0) + next(body.after);
        else height = Math.min(items[0]?.length ?? 0, items[0] && items[0].length < SPLITTABLE ? items[0].length : 2) * body.leading;
        break;
      }
      case 'table':
        height = this.tables.lead(block) + (block.rows.length <= 1 ? next(TABLE_AFTER) : 0);
        break;
      case 'image':
        height = imageHeight(block) + next(body.after);
        break;
      case 'pageBreak':
        height = 0;
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
      }
    }
    return Math.min(height, PAGE_CAPACITY);
  }

  headingHeight(block: HeadingBlock): number {
    const style = HEADING[block.level];
    return style.before + this.glyphs.wrap([{ text: block.text }], style, TEXT_WIDTH).length * style.leading + style.after;
  }

  /** `tail`: the height of what must follow on the page where this block ends. */
  block(block: Block, tail = 0): void {
    if (block.kind === 'heading' && block.source) this.pages.mark([block.source]);
    else if (block.kind === 'paragraph') this.pages.mark(sourcesOf(block.runs));
    switch (block.kind) {
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block, tail);
      case 'list':
        return this.list(block, tail);
      case 'table':
        return this.tables.draw(block, tail);
      case 'pageBreak':
        if (!this.pages.pageEmpty) this.pages.newPage();
        return;
      case 'image':
        return this.image(block);
      default: {
        const unknown: never = block;
        throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
      }
    }
  }

  heading(block: HeadingBlock): void {
    const { pages } = this;
    const style = HEADING[block.level];
    const tag = `H${block.level}`;
    const lines = this.glyphs.wrap([{ text: block.text }], style, TEXT_WIDTH);
    pages.space(style.before);
    pages.ensure(lines.length * style.leading);
    this.bookmarks.add(block.level, block.text, pages.y - 6);
    const element = this.tags.add(tag);
    this.flow(lines, style, element, tag, MARGIN.left, TEXT_WIDTH);
    element.end();
    pages.y += style.after;
  }

  /**
   * The lines of the last few paragraphs and lists laid out: a block's lead is measured before
   * it is drawn, and a block before it may measure it too. Only a few are kept, so a long
   * report's lines are not all held at once.
   */
  readonly measured = new Map<Block, Line[][]>();

  private remember(block: Block, lines: () => Line[][]): Line[][] {
    let found = this.measured.get(block);
    if (!found) {
      if (this.measured.size >= 16) this.measured.delete(this.measured.keys().next().value!);
      this.measured.set(block, (found = lines()));
    }
    return found;
  }

  /** A paragraph's lines, worked out once. */
  paragraphLines(block: ParagraphBlock): Line[] {
    const style = PARAGRAPH[block.style ?? 'normal'];
    return this.remember(block, () => [this.glyphs.wrap(block.runs, style, TEXT_WIDTH - 2 * (style.indent ?? 0))])[0]!;
  }

  /** The lines of each item of a list, worked out once. */
  itemLines(block: ListBlock): Line[][] {
    return this.remember(block, () => block.items.map((runs) => this.glyphs.wrap(runs, body, TEXT_WIDTH - LIST.indent)));
  }

  paragraph(block: ParagraphBlock, tail = 0): void {
    const { pages, tags } = this;
    const style = PARAGRAPH[block.style ?? 'normal'];
    const indent = style.indent ?? 0;
    const width = TEXT_WIDTH - 2 * indent;
    const lines = this.paragraphLines(block);
    pages.space(style.before);
    const element = tags.add('P');
    const bar =
      block.style === 'quote'
        ? (top: number, bottom: number) =>
            tags.artifact(() => {
              pages.pdf.save().moveTo(MARGIN.left + 6, top + 2).lineTo(MARGIN.left + 6, bottom - 2).lineWidth(1.5).strokeColor('#' + theme.rule).stroke().restore();
            })
        : undefined;
    this.flow(lines, style, element, 'P', MARGIN.left + indent, width, block.align, bar, tail && tail + style.after, block.number);
    element.end();
    pages.y += style.after;
  }

  list(block: ListBlock, tail = 0): void {
    const { pages, tags } = this;
    const list = tags.list(block.ordered);
    const width = TEXT_WIDTH - LIST.indent;
    const items = this.itemLines(block);
    items.forEach((lines, n) => {
      pages.mark(sourcesOf(block.items[n]!));
      const item = tags.add('LI', list);
      const label = block.ordered ? `${n + 1}.` : '\u2022';
      // The label goes on the page where the item's first line lands, with the item's first two lines (all of a short one).
      pages.ensure((lines.length < SPLITTABLE ? lines.length : 2) * body.leading);
      const lbl = tags.add('Lbl', item);
      const labelLine: Line = { segments: [{ text: label, font: 'regular', width: this.glyphs.measure(label, 'regular') * body.size }], width: 0 };
      labelLine.width = labelLine.segments[0]!.width;
      const labelX = MARGIN.left + LIST.indent - LIST.labelGap - labelLine.width;
      const top = pages.y;
      tags.marked(lbl, 'Lbl', () => {
        const number = block.numbers?.[n];
        if (number !== undefined) this.marginNumber(number, top, body);
        pages.drawLine(labelLine, labelX, top, labelLine.width, body);
      });
      lbl.end();
      const lbody = tags.add('LBody', item);
      const last = n === items.length - 1;
      this.flow(lines, body, lbody, 'LBody', MARGIN.left + LIST.indent, width, undefined, undefined, last && tail ? tail + LIST.itemGap + body.after : 0);
      lbody.end();
      item.end();
      pages.y += LIST.itemGap;
    });
    list.end();
    pages.y += body.after;
  }

  image(block: ImageBlock): void {
    const { pages, tags } = this;
    const height = imageHeight(block);
    pages.ensure(height);
    const x = block.align === 'right' ? MARGIN.left + TEXT_WIDTH - block.width : block.align === 'center' ? MARGIN.left + (TEXT_WIDTH - block.width) / 2 : MARGIN.left;
    const top = pages.y;
    const figure = tags.add('Figure', tags.root, { alt: block.alt, bbox: [x, top, x + block.width, top + height], placement: 'Block' });
    tags.marked(figure, 'Figure', () => {
      pages.pdf.image(Buffer.from(block.data), x, top, { width: block.width, height });
    });
    figure.end();
    pages.y = top + height + body.after;
  }

  /**
   * A paragraph's number in the left margin, level with its first line, drawn as part of the
   * paragraph's content so that it is read (and copied) with it: "12 The meeting took place...".
   */
  marginNumber(number: number, top: number, style: TextStyle): void {
    const text = String(number);
    const width = this.glyphs.measure(text, 'regular') * style.size;
    const line: Line = { segments: [{ text, font: 'regular', width }], width };
    this.pages.drawLine(line, MARGIN.left - NUMBER_GAP - width, top, width, { ...style, color: theme.muted });
  }

  /**
   * Draws wrapped lines as one block, splitting across pages without leaving a single line
   * behind or ahead. `tail`: the height of what must follow the last line on its page; when it
   * would not fit, the last lines go over to the next page with it. `number`: the paragraph's
   * number, put in the margin beside its first line.
   */
  flow(lines: Line[], style: TextStyle, element: Struct, tag: string, x: number, width: number, align?: ParagraphBlock['align'], decorate?: (top: number, bottom: number) => void, tail = 0, number?: number): void {
    const { pages } = this;
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = Math.floor((BOTTOM - pages.y) / style.leading + 1e-6);
      if (fit >= left && tail > 0 && pages.y + left * style.leading + tail > BOTTOM && tail + 2 * style.leading <= PAGE_CAPACITY) {
        // The rest fits, but what follows would not: take two lines over with it (or all, if too few to split).
        if (left >= SPLITTABLE) fit = left - 2;
        else fit = pages.pageEmpty ? left : 0;
      } else if (fit < left) {
        // Widow and orphan control: at least two lines on each side of a break.
        if (left >= 4 && fit >= 2) fit = Math.min(fit, left - 2);
        else fit = 0;
        if (fit === 0 && pages.pageEmpty) fit = Math.max(1, Math.floor((BOTTOM - pages.y) / style.leading)); // a page of one paragraph
      } else fit = left;
      if (fit === 0) {
        pages.newPage();
        continue;
      }
      const part = lines.slice(i, i + fit);
      const top = pages.y;
      this.tags.marked(element, tag, () => {
        if (i === 0 && number !== undefined) this.marginNumber(number, top, style);
        part.forEach((line, n) => pages.drawLine(line, x, top + n * style.leading, width, style, align));
      });
      pages.y = top + part.length * style.leading;
      decorate?.(top, pages.y);
      i += fit;
      if (i < lines.length) pages.newPage();
    }
  }
}

function imageHeight(block: ImageBlock): number {
  const size = imageSize(block.data);
  return (block.width * (size.height ?? 1)) / (size.width ?? 1);
}
