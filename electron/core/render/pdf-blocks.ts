// Laying out the document's blocks down the pages: headings kept with what follows them, no
// paragraph leaving a single line at the foot or head of a page, list labels on the page of
// their item's first line, each block tagged as it is drawn. We place lines ourselves rather
// than let pdfkit flow text, because these page-break rules need the lines measured before
// anything is drawn (pdf-text.ts breaks them) and each page's part of a block tagged on its own.
import type { Block, HeadingBlock, ImageBlock, ListBlock, ParagraphBlock } from '../../../shared/document/model.ts';
import { imageSize } from 'image-size';
import type { Bookmarks } from './pdf-finishing.ts';
import type { Glyphs } from './pdf-glyphs.ts';
import { sourcesOf, type Pages } from './pdf-pages.ts';
import { BOTTOM, HEADING, LIST, MARGIN, PARAGRAPH, TEXT_WIDTH, body } from './pdf-style.ts';
import type { TextStyle } from './pdf-style.ts';
import { Tables } from './pdf-table.ts';
import type { Struct, Tags } from './pdf-tags.ts';
import type { Line } from './pdf-text.ts';
import { theme } from './theme.ts';

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
      if (block.kind === 'heading') this.pages.ensure(this.keepWithNext(blocks, i));
      this.block(block);
    });
  }

  /** Height a heading needs at the bottom of a page: itself, any headings straight after it, and two lines of what follows. */
  keepWithNext(blocks: Block[], index: number): number {
    let height = 0;
    let i = index;
    for (; blocks[i]?.kind === 'heading'; i++) {
      const h = blocks[i] as HeadingBlock;
      const style = HEADING[h.level];
      height += style.before + this.glyphs.wrap([{ text: h.text }], style, TEXT_WIDTH).length * style.leading + style.after;
    }
    const next = blocks[i];
    if (!next) return height;
    switch (next.kind) {
      case 'paragraph': {
        const style = PARAGRAPH[next.style ?? 'normal'];
        return height + Math.min(2, this.paragraphLines(next).length) * style.leading;
      }
      case 'list':
        return height + 2 * body.leading;
      case 'table':
        return height + this.tables.lead(next);
      case 'image':
        return height + imageHeight(next);
      case 'heading':
      case 'pageBreak':
        return height;
      default: {
        const unknown: never = next;
        throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
      }
    }
  }

  block(block: Block): void {
    if (block.kind === 'heading' && block.source) this.pages.mark([block.source]);
    else if (block.kind === 'paragraph') this.pages.mark(sourcesOf(block.runs));
    switch (block.kind) {
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block);
      case 'list':
        return this.list(block);
      case 'table':
        return this.tables.draw(block);
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

  /** The last paragraph laid out: a heading measures the paragraph after it, which is drawn next. */
  lastParagraph: { block: ParagraphBlock; lines: Line[] } | undefined;

  /** A paragraph's lines, worked out once (a heading before it measures them too). */
  paragraphLines(block: ParagraphBlock): Line[] {
    if (this.lastParagraph?.block !== block) {
      const style = PARAGRAPH[block.style ?? 'normal'];
      this.lastParagraph = { block, lines: this.glyphs.wrap(block.runs, style, TEXT_WIDTH - 2 * (style.indent ?? 0)) };
    }
    return this.lastParagraph.lines;
  }

  paragraph(block: ParagraphBlock): void {
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
    this.flow(lines, style, element, 'P', MARGIN.left + indent, width, block.align, bar);
    element.end();
    pages.y += style.after;
  }

  list(block: ListBlock): void {
    const { pages, tags } = this;
    const list = tags.list(block.ordered);
    const width = TEXT_WIDTH - LIST.indent;
    block.items.forEach((runs, n) => {
      const lines = this.glyphs.wrap(runs, body, width);
      pages.mark(sourcesOf(runs));
      const item = tags.add('LI', list);
      const label = block.ordered ? `${n + 1}.` : '\u2022';
      // The label goes on the page where the item's first line lands.
      pages.ensure(Math.min(2, lines.length) * body.leading);
      const lbl = tags.add('Lbl', item);
      const labelLine: Line = { segments: [{ text: label, font: 'regular', width: this.glyphs.measure(label, 'regular') * body.size }], width: 0 };
      labelLine.width = labelLine.segments[0]!.width;
      const labelX = MARGIN.left + LIST.indent - LIST.labelGap - labelLine.width;
      const top = pages.y;
      tags.marked(lbl, 'Lbl', () => pages.drawLine(labelLine, labelX, top, labelLine.width, body));
      lbl.end();
      const lbody = tags.add('LBody', item);
      this.flow(lines, body, lbody, 'LBody', MARGIN.left + LIST.indent, width);
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

  /** Draws wrapped lines as one block, splitting across pages without leaving a single line behind or ahead. */
  flow(lines: Line[], style: TextStyle, element: Struct, tag: string, x: number, width: number, align?: ParagraphBlock['align'], decorate?: (top: number, bottom: number) => void): void {
    const { pages } = this;
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = Math.floor((BOTTOM - pages.y) / style.leading + 1e-6);
      if (fit < left) {
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
