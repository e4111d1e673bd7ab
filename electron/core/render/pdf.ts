// DocumentModel -> accessible PDF with pdfkit (design.md section 6).
// Tagged PDF (structure tree: Document > H1-H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Figure),
// Lang en-GB, title displayed, PDF/UA identification in the XMP, bookmarks from the headings,
// and only the Liberation Sans faces shipped in assets/fonts (embedded as subsets; no standard-14
// font is ever used). We lay out lines ourselves (pdf-text.ts) so that page breaks can keep a
// heading with what follows, avoid single widow/orphan lines, repeat a table's header row, and
// tag each page's part of a block. Headers, footers, "Page X of Y" and the DRAFT mark are written
// at the end (pages are buffered: the total is only known then) and tagged as artifacts.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { imageSize } from 'image-size';
import type { Block, DocumentModel, HeadingBlock, ImageBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../shared/document/model.ts';
import { fontFaces } from './fonts.ts';
import type { FontFaces } from './fonts.ts';
import { wrapRuns } from './pdf-text.ts';
import type { FontKey, Line } from './pdf-text.ts';
import { theme } from './theme.ts';

export interface PdfOptions {
  /** Folder holding the Liberation Sans TTFs; found from the project root when omitted. */
  fontsDir?: string;
}

// A4 in points, 2.5 cm side margins; the header and footer sit in the top and bottom margins.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 70.87, right: 70.87, top: 76, bottom: 76 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const HEADER_Y = 38;
const RULE_Y = 54;
const FOOTER_Y = PAGE.height - 50;
/** Liberation Sans ascender + descender, per point of size: the height of a glyph box. */
const GLYPH_BOX = 1.117;
/** Liberation Sans ascender in thousandths of the size: from the top of the box to the baseline. */
const ASCENDER = 905;

interface TextStyle {
  size: number;
  /** Line pitch in points. */
  leading: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  before: number;
  after: number;
  indent?: number;
}

const body: TextStyle = { size: theme.bodySize, leading: theme.bodySize * 1.4, color: theme.text, before: 0, after: theme.paragraphGap };
const PARAGRAPH: Record<NonNullable<ParagraphBlock['style']>, TextStyle> = {
  normal: body,
  title: { size: 24, leading: 29, color: theme.heading, bold: true, before: 0, after: 6 },
  subtitle: { size: 13, leading: 17, color: theme.muted, before: 0, after: 18 },
  address: { ...body, after: 0 },
  small: { size: 9, leading: 12, color: theme.muted, before: 0, after: theme.paragraphGap },
  quote: { ...body, color: theme.muted, italic: true, indent: 18, before: 2, after: theme.paragraphGap + 2 },
};
const HEADING: Record<HeadingBlock['level'], TextStyle> = {
  1: { size: 16, leading: 20, color: theme.heading, bold: true, before: 18, after: 6 },
  2: { size: 13, leading: 16.5, color: theme.heading, bold: true, before: 14, after: 4 },
  3: { size: 11.5, leading: 14.5, color: theme.heading, bold: true, before: 10, after: 3 },
};
const TABLE = { size: 10, leading: 12.5, padX: 5, padY: 3.5 };
const TABLE_CELL: TextStyle = { size: TABLE.size, leading: TABLE.leading, color: theme.text, before: 0, after: 0 };
const TABLE_HEAD: TextStyle = { ...TABLE_CELL, bold: true };

interface TableLayout {
  widths: number[];
  xs: number[];
  headLines: Line[][];
  headHeight: number;
  /** The lines of each cell of a row (worked out as the row is drawn, so a long table's lines are not all held at once). */
  rowLines(row: Run[][]): Line[][];
}
const LIST = { indent: 27, labelGap: 8, itemGap: 3 };

type Pdf = PDFKit.PDFDocument;
/** pdfkit's page and content stream internals the writer uses. */
interface PdfStream {
  compress: boolean;
  data: Record<string, unknown>;
  write(data: Uint8Array): void;
  end(): void;
}
interface PdfPage {
  content: PdfStream;
  dictionary: { data: { Contents: unknown } };
}
/** The parts of a fontkit font we use (pdfkit's fonts are fontkit fonts). */
interface FontkitFont {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}
/** pdfkit's embedded subset font (internal): we write its glyph ids ourselves, as its text() does. */
interface EmbeddedFont {
  id: string;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(glyphId: number): number };
  layoutRun(text: string): ShapedRun;
  ref(): unknown;
}

interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; advanceWidth: number }[];
}

/**
 * fontkit's shaping of each word (glyphs, kerning), kept across documents: it depends only on
 * the face and the text, and shaping a report's vocabulary afresh would cost more than the rest
 * of the render. Cleared when it grows large, so a long-running app does not hold every word.
 */
const shaped = new Map<string, ShapedRun>();
function shapedWord(font: EmbeddedFont, face: FontKey, text: string): ShapedRun {
  const key = face + '\u0000' + text;
  let run = shaped.get(key);
  if (!run) {
    if (shaped.size >= 200_000) shaped.clear();
    run = font.layoutRun(text);
    shaped.set(key, run);
  }
  return run;
}

/** A number as PDF content wants it: plain decimal, at most three places. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** A text string as UTF-16BE hex with BOM, for ActualText. */
function utf16Hex(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += (0x10000 + text.charCodeAt(i)).toString(16).slice(1);
  return hex + '>';
}
type Struct = PDFKit.PDFStructureElement;
/** pdfkit's structure element keeps its PDF dictionary here (not in @types/pdfkit). */
type WithDictionary = { dictionary: { data: Record<string, unknown> } };
/** pdfkit's outline items accept a destination (not in @types/pdfkit). */
type Outline = { addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): Outline };

const fontCache = new Map<string, Buffer>();
const fontBytes = (path: string) => {
  let bytes = fontCache.get(path);
  if (!bytes) fontCache.set(path, (bytes = readFileSync(path)));
  return bytes;
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function renderPdf(doc: DocumentModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const faces = fontFaces(options.fontsDir);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: 0, left: MARGIN.left, right: MARGIN.right },
    pdfVersion: '1.7',
    tagged: true,
    lang: doc.language,
    displayTitle: true,
    // Adds <pdfuaid:part>1</pdfuaid:part> to the XMP (pdfkit >= 0.15; missing from @types/pdfkit).
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    bufferPages: true,
    // The writer adds the first page itself, once it collects the pages' content.
    autoFirstPage: false,
    // pdfkit selects Helvetica unless given a font; ours keeps the standard 14 out of the file.
    // (The writer then uses the same path as the regular face's name: pdfkit caches fonts by
    // the name they were first opened with, and re-parses a font registered under a second name.)
    font: faces.regular,
    info: { Title: doc.title, Author: doc.author, Subject: doc.subject ?? '', Creator: 'Impartial' },
  });
  escapeXmpInfo(pdf);
  const chunks: Uint8Array[] = collectOutput(pdf);
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.resume();

  const writer = new PdfWriter(pdf, faces, doc.draft);
  writer.write(doc.blocks);
  writer.finishPages(doc);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Takes pdfkit's output bytes as it writes them, rather than through its Readable stream, which
 * turns each of the ~100,000 small writes of a long report into a Buffer and an event. The
 * header already written by the constructor is read from the stream first, so order is kept;
 * the stream itself still ends, so 'end' still fires.
 */
function collectOutput(pdf: Pdf): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const head = pdf.read() as Buffer | null;
  if (head) chunks.push(head);
  const target = pdf as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  target._write = (data: string | Uint8Array) => {
    const bytes = typeof data === 'string' ? Buffer.from(data + '\n', 'latin1') : data;
    chunks.push(bytes);
    target._offset += bytes.length;
  };
  return chunks;
}

/** pdfkit copies Title/Author/Subject into the XMP unescaped; a title with '&' or '<' would break it. */
function escapeXmpInfo(pdf: Pdf): void {
  const target = pdf as unknown as { endMetadata: () => void; info: Record<string, unknown> };
  const endMetadata = target.endMetadata.bind(pdf);
  target.endMetadata = () => {
    // The Info dictionary is already written by now; only the XMP sees the escaped copy.
    const info = target.info;
    const escaped = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Creator']) if (typeof info[key] === 'string') escaped[key] = xmlEscape(info[key] as string);
    target.info = escaped;
    endMetadata();
    target.info = info;
  };
}

class PdfWriter {
  readonly pdf: Pdf;
  y = MARGIN.top;
  readonly root: Struct;
  /** The latest bookmark at each heading level, so H2s nest under their H1. */
  readonly outlines: Outline[] = [];
  /** The fill colour last set on this page, so it is only written when it changes. */
  color: string | undefined;
  readonly fonts: Record<FontKey, string>;
  /** Nothing drawn yet on this page: a page break here is not needed and space-before is dropped. */
  pageEmpty = true;
  readonly draft: boolean;

  /** The current page's content operators, as text, not yet written (see the constructor). */
  readonly pending: string[] = [];

  constructor(pdf: Pdf, faces: FontFaces, draft: boolean) {
    this.pdf = pdf;
    this.draft = draft;
    // pdfkit turns every content operator into its own small byte array as it is added, and
    // compresses each page at its slowest setting; a long report makes hundreds of thousands of
    // operators. We keep a page's operators as text and write them as one stream, compressed at a
    // faster setting, when the page is done (newPage); the header and footer, drawn once the page
    // count is known, go in a second content stream of each page (finishPages).
    (pdf as unknown as { addContent: (data: string) => Pdf }).addContent = (data: string) => {
      this.pending.push(data);
      return pdf;
    };
    for (const key of ['bold', 'italic', 'boldItalic', 'symbols'] as const) pdf.registerFont(key, fontBytes(faces[key]) as unknown as string);
    this.fonts = { regular: faces.regular, bold: 'bold', italic: 'italic', boldItalic: 'boldItalic', symbols: 'symbols' };
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
    pdf.addPage();
    this.startPage();
  }

  /**
   * DRAFT goes down first, so the page's text is drawn over it and stays fully legible. On the
   * first page it is real content (a P at the head of the structure tree), so a screen reader
   * says the document is a draft; on the others it is an artifact, read once not on every page.
   */
  startPage(): void {
    if (!this.draft) return;
    if (this.pdf.bufferedPageRange().count === 1) {
      const p = this.pdf.struct('P');
      this.root.add(p);
      this.marked(p, 'P', () => this.watermark());
      p.end();
      this.pageEmpty = true;
    } else this.artifact(() => this.watermark());
  }

  // --- measuring -------------------------------------------------------------------------

  /** Advance width of each character at 1 pt, per face. */
  readonly advances = new Map<FontKey, Map<number, number>>();

  /**
   * Width of `text` at 1 pt, from the characters' advance widths. Kerning is left out, so a
   * measured line is never narrower than the drawn one (which pdfkit kerns); fontkit's full
   * shaping of every word would cost most of the render time of a long report.
   */
  measure = (text: string, font: FontKey): number => {
    let table = this.advances.get(font);
    if (!table) this.advances.set(font, (table = new Map()));
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let a = table.get(cp);
      if (a === undefined) {
        const face = this.face(font);
        a = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
        table.set(cp, a);
      }
      w += a;
    }
    return w;
  };

  /** The fontkit font behind a face (pdfkit keeps it on its EmbeddedFont). */
  face(font: FontKey): FontkitFont {
    this.pdf.font(this.fonts[font]);
    return (this.pdf as unknown as { _font: { font: FontkitFont } })._font.font;
  }

  readonly coverageCache = new Map<number, 'main' | 'symbols' | 'none'>();

  /** Which face has a glyph for a code point: Liberation Sans, else DejaVu Sans, else neither. */
  coverage = (codePoint: number): 'main' | 'symbols' | 'none' => {
    if (codePoint < 0x250) return 'main'; // Latin, Latin-1 and Extended A/B: all in Liberation Sans
    let cover = this.coverageCache.get(codePoint);
    if (cover === undefined) {
      cover = this.face('regular').hasGlyphForCodePoint(codePoint) ? 'main' : this.face('symbols').hasGlyphForCodePoint(codePoint) ? 'symbols' : 'none';
      this.coverageCache.set(codePoint, cover);
    }
    return cover;
  };

  wrap(runs: readonly Run[], style: TextStyle, width: number): Line[] {
    const styled = style.bold || style.italic ? runs.map((r) => ({ ...r, bold: r.bold || style.bold, italic: r.italic || style.italic })) : runs;
    return wrapRuns(styled, style.size, width, this.measure, this.coverage);
  }

  // --- pages -----------------------------------------------------------------------------

  newPage(): void {
    this.writePending(this.page().content);
    this.pdf.addPage();
    this.color = undefined;
    this.y = MARGIN.top;
    this.pageEmpty = true;
    this.startPage();
  }

  page(): PdfPage {
    return (this.pdf as unknown as { page: PdfPage }).page;
  }

  /** Writes the operators collected so far into `stream`, compressed. */
  writePending(stream: PdfStream): void {
    stream.compress = false;
    stream.data.Filter = 'FlateDecode';
    stream.write(deflateSync(Buffer.from(this.pending.join('\n') + '\n', 'latin1'), { level: 3 }));
    this.pending.length = 0;
  }

  /** Moves to a new page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (!this.pageEmpty && this.y + height > BOTTOM) this.newPage();
  }

  space(points: number): void {
    if (!this.pageEmpty) this.y += points;
  }

  /** Draws `draw` as marked content of `element` (one part per page), tagged `tag`. */
  marked(element: Struct, tag: string, draw: () => void): void {
    const content = this.pdf.markStructureContent(tag);
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
    this.pageEmpty = false;
  }

  drawLine(line: Line, x: number, y: number, width: number, style: TextStyle, align: ParagraphBlock['align'] = 'left'): void {
    const cx = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
    const top = y + (style.leading - style.size * GLYPH_BOX) / 2;
    if (this.color !== style.color) {
      this.pdf.fillColor('#' + style.color);
      this.color = style.color;
    }
    // One text object per line: after each segment's TJ the text position is where the next
    // segment starts, so a change of face is just a Tf. The text matrix flips y back, because
    // pdfkit's pages draw with y running down.
    const pdf = this.pdf;
    const fonts: Record<string, true> = {};
    let content = `BT\n1 0 0 -1 ${num(cx)} ${num(top + (ASCENDER * style.size) / 1000)} Tm\n`;
    for (const seg of line.segments) {
      const font = this.embedded(seg.font);
      fonts[font.id] = true;
      content += `/${font.id} ${num(style.size)} Tf\n`;
      if (seg.actual !== undefined) content += `/Span <</ActualText ${utf16Hex(seg.actual)}>> BDC\n`;
      content += this.glyphRun(font, seg.text) + ' TJ\n';
      if (seg.actual !== undefined) content += 'EMC\n';
    }
    const page = (pdf as unknown as { page: { fonts: Record<string, unknown> } }).page;
    for (const id in fonts) if (page.fonts[id] == null) page.fonts[id] = this.embeddedById.get(id)!.ref();
    pdf.addContent(content + 'ET');
  }

  readonly embeddedById = new Map<string, EmbeddedFont>();

  /** pdfkit's embedded (subset) font for a face, which records the glyphs we use. */
  embedded(key: FontKey): EmbeddedFont {
    this.pdf.font(this.fonts[key]);
    const font = (this.pdf as unknown as { _font: EmbeddedFont })._font;
    this.embeddedById.set(font.id, font);
    this.faceOf.set(font.id, key);
    return font;
  }

  readonly faceOf = new Map<string, FontKey>();

  /** TJ operands for a word or line, cached per face and text (glyph ids are this document's subset's). */
  readonly runCache = new Map<string, Map<string, string>>();

  glyphRun(font: EmbeddedFont, text: string): string {
    let out = '[';
    // pdfkit shapes (and caches) text word by word, each word with its trailing space.
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== ' ') continue;
      const chunk = text.slice(start, i + 1);
      start = i + 1;
      if (!chunk) continue;
      let cache = this.runCache.get(font.id);
      if (!cache) this.runCache.set(font.id, (cache = new Map()));
      let ops = cache.get(chunk);
      if (ops === undefined) {
        const run = shapedWord(font, this.faceOf.get(font.id)!, chunk);
        ops = '';
        let hex = '';
        for (let g = 0; g < run.glyphs.length; g++) {
          const glyph = run.glyphs[g]!;
          const pos = run.positions[g]!;
          const gid = font.subset.includeGlyph(glyph.id);
          if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
          if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
          hex += (0x10000 + gid).toString(16).slice(1);
          // Kerning: TJ numbers are thousandths of the size, subtracted from the advance.
          const kern = pos.xAdvance - pos.advanceWidth;
          if (Math.abs(kern) > 1e-6) {
            ops += `<${hex}> ${num(-kern)} `;
            hex = '';
          }
        }
        if (hex) ops += `<${hex}> `;
        cache.set(chunk, ops);
      }
      out += ops;
    }
    return out + ']';
  }

  /** Draws wrapped lines as one block, splitting across pages without leaving a single line behind or ahead. */
  flow(lines: Line[], style: TextStyle, element: Struct, tag: string, x: number, width: number, align?: ParagraphBlock['align'], decorate?: (top: number, bottom: number) => void): void {
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fit = Math.floor((BOTTOM - this.y) / style.leading + 1e-6);
      if (fit < left) {
        // Widow and orphan control: at least two lines on each side of a break.
        if (left >= 4 && fit >= 2) fit = Math.min(fit, left - 2);
        else fit = 0;
        if (fit === 0 && this.pageEmpty) fit = Math.max(1, Math.floor((BOTTOM - this.y) / style.leading)); // a page of one paragraph
      } else fit = left;
      if (fit === 0) {
        this.newPage();
        continue;
      }
      const part = lines.slice(i, i + fit);
      const top = this.y;
      this.marked(element, tag, () => {
        part.forEach((line, n) => this.drawLine(line, x, top + n * style.leading, width, style, align));
      });
      this.y = top + part.length * style.leading;
      decorate?.(top, this.y);
      i += fit;
      if (i < lines.length) this.newPage();
    }
  }

  // --- blocks ----------------------------------------------------------------------------

  write(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      if (block.kind === 'heading') this.ensure(this.keepWithNext(blocks, i));
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
      height += style.before + this.wrap([{ text: h.text }], style, TEXT_WIDTH).length * style.leading + style.after;
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
        return height + this.tableLead(next);
      case 'image':
        return height + this.imageHeight(next);
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
    switch (block.kind) {
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block);
      case 'list':
        return this.list(block);
      case 'table':
        return this.table(block);
      case 'pageBreak':
        if (!this.pageEmpty) this.newPage();
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
    const style = HEADING[block.level];
    const tag = `H${block.level}`;
    const lines = this.wrap([{ text: block.text }], style, TEXT_WIDTH);
    this.space(style.before);
    this.ensure(lines.length * style.leading);
    // Bookmarks nest by level; a level-2 heading with no level-1 above it hangs from the root.
    const parent = (block.level > 1 ? this.outlines[block.level - 2] : undefined) ?? (this.pdf.outline as unknown as Outline);
    // pdfkit's destination is [page, XYZ, width - left, height - top]: left = width puts it at x = 0.
    const item = parent.addItem(block.text, { expanded: block.level === 1, top: this.y - 6, left: PAGE.width });
    this.outlines[block.level - 1] = item;
    this.outlines.length = block.level;
    const element = this.pdf.struct(tag);
    this.root.add(element);
    this.flow(lines, style, element, tag, MARGIN.left, TEXT_WIDTH);
    element.end();
    this.y += style.after;
  }

  /** The last paragraph laid out: a heading measures the paragraph after it, which is drawn next. */
  lastParagraph: { block: ParagraphBlock; lines: Line[] } | undefined;

  /** A paragraph's lines, worked out once (a heading before it measures them too). */
  paragraphLines(block: ParagraphBlock): Line[] {
    if (this.lastParagraph?.block !== block) {
      const style = PARAGRAPH[block.style ?? 'normal'];
      this.lastParagraph = { block, lines: this.wrap(block.runs, style, TEXT_WIDTH - 2 * (style.indent ?? 0)) };
    }
    return this.lastParagraph.lines;
  }

  paragraph(block: ParagraphBlock): void {
    const style = PARAGRAPH[block.style ?? 'normal'];
    const indent = style.indent ?? 0;
    const width = TEXT_WIDTH - 2 * indent;
    const lines = this.paragraphLines(block);
    this.space(style.before);
    const element = this.pdf.struct('P');
    this.root.add(element);
    const bar =
      block.style === 'quote'
        ? (top: number, bottom: number) =>
            this.artifact(() => {
              this.pdf.save().moveTo(MARGIN.left + 6, top + 2).lineTo(MARGIN.left + 6, bottom - 2).lineWidth(1.5).strokeColor('#' + theme.rule).stroke().restore();
            })
        : undefined;
    this.flow(lines, style, element, 'P', MARGIN.left + indent, width, block.align, bar);
    element.end();
    this.y += style.after;
  }

  list(block: ListBlock): void {
    const list = this.pdf.struct('L');
    (list as unknown as WithDictionary).dictionary.data.A = { O: 'List', ListNumbering: block.ordered ? 'Decimal' : 'Disc' };
    this.root.add(list);
    const width = TEXT_WIDTH - LIST.indent;
    block.items.forEach((runs, n) => {
      const lines = this.wrap(runs, body, width);
      const item = this.pdf.struct('LI');
      list.add(item);
      const label = block.ordered ? `${n + 1}.` : '\u2022';
      // The label goes on the page where the item's first line lands.
      this.ensure(Math.min(2, lines.length) * body.leading);
      const lbl = this.pdf.struct('Lbl');
      item.add(lbl);
      const labelLine: Line = { segments: [{ text: label, font: 'regular', width: this.measure(label, 'regular') * body.size }], width: 0 };
      labelLine.width = labelLine.segments[0]!.width;
      const labelX = MARGIN.left + LIST.indent - LIST.labelGap - labelLine.width;
      const top = this.y;
      this.marked(lbl, 'Lbl', () => this.drawLine(labelLine, labelX, top, labelLine.width, body));
      lbl.end();
      const lbody = this.pdf.struct('LBody');
      item.add(lbody);
      this.flow(lines, body, lbody, 'LBody', MARGIN.left + LIST.indent, width);
      lbody.end();
      item.end();
      this.y += LIST.itemGap;
    });
    list.end();
    this.y += body.after;
  }

  readonly tableLayouts = new WeakMap<TableBlock, TableLayout>();

  /** Column positions and every cell's lines, worked out once per table (keepWithNext needs them too). */
  tableLayout(block: TableBlock): TableLayout {
    let layout = this.tableLayouts.get(block);
    if (layout) return layout;
    const widths = block.columns.map((c) => c.width * TEXT_WIDTH);
    const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const headLines = block.columns.map((c, i) => this.wrap([{ text: c.title }], TABLE_HEAD, widths[i]! - 2 * TABLE.padX));
    const headHeight = Math.max(...headLines.map((l) => l.length)) * TABLE.leading + 2 * TABLE.padY;
    const rowLines = (row: Run[][]) => block.columns.map((_, c) => this.wrap(row[c] ?? [], TABLE_CELL, widths[c]! - 2 * TABLE.padX));
    layout = { widths, xs, headLines, headHeight, rowLines };
    this.tableLayouts.set(block, layout);
    return layout;
  }

  /** What must fit below a heading or at the foot of a page for a table to start there: its header and first row (or a few lines of it). */
  tableLead(block: TableBlock): number {
    const { headHeight, rowLines } = this.tableLayout(block);
    const first = block.rows[0] ? Math.max(...rowLines(block.rows[0]).map((l) => l.length)) : 0;
    return headHeight + Math.min(first, 4) * TABLE.leading + 2 * TABLE.padY;
  }

  table(block: TableBlock): void {
    const { widths, xs, headLines, headHeight, rowLines } = this.tableLayout(block);
    const cellStyle = TABLE_CELL;
    const headStyle = TABLE_HEAD;

    const table = this.pdf.struct('Table', block.caption ? { title: block.caption } : {});
    this.root.add(table);

    const drawHeader = (asArtifact: boolean) => {
      const top = this.y;
      this.artifact(() => this.cellFrame(xs, widths, top, headHeight, true));
      if (asArtifact) {
        // A repeated header row is pagination, not content: a screen reader reads it once.
        this.artifact(() => headLines.forEach((lines, c) => lines.forEach((line, n) => this.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, headStyle))));
      } else {
        const tr = this.pdf.struct('TR');
        table.add(tr);
        headLines.forEach((lines, c) => {
          const th = this.pdf.struct('TH', { scope: 'Column' } as { title?: string });
          tr.add(th);
          this.marked(th, 'TH', () => lines.forEach((line, n) => this.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, headStyle)));
          th.end();
        });
        tr.end();
      }
      this.y = top + headHeight;
    };

    this.ensure(this.tableLead(block));
    drawHeader(false);
    for (const row of block.rows) {
      const cells = rowLines(row);
      const tr = this.pdf.struct('TR');
      table.add(tr);
      const tds = cells.map(() => {
        const td = this.pdf.struct('TD');
        tr.add(td);
        return td;
      });
      const done = cells.map(() => 0);
      const rowHeight = Math.max(...cells.map((l) => l.length)) * TABLE.leading + 2 * TABLE.padY;
      const pageCapacity = BOTTOM - MARGIN.top - headHeight;
      // A row that fits on a page is never split; a longer one breaks between lines.
      if (this.y + rowHeight > BOTTOM && rowHeight <= pageCapacity) {
        this.newPage();
        drawHeader(true);
      }
      while (done.some((d, c) => d < cells[c]!.length) || done.every((d) => d === 0)) {
        const fit = Math.floor((BOTTOM - this.y - 2 * TABLE.padY) / TABLE.leading);
        if (fit < 1) {
          this.newPage();
          drawHeader(true);
          continue;
        }
        const top = this.y;
        const take = cells.map((lines, c) => lines.slice(done[c], done[c]! + fit));
        const height = Math.max(1, ...take.map((t) => t.length)) * TABLE.leading + 2 * TABLE.padY;
        this.artifact(() => this.cellFrame(xs, widths, top, height, false));
        take.forEach((lines, c) => {
          if (lines.length === 0) return;
          this.marked(tds[c]!, 'TD', () => lines.forEach((line, n) => this.drawLine(line, xs[c]! + TABLE.padX, top + TABLE.padY + n * TABLE.leading, widths[c]!, cellStyle)));
          done[c]! += lines.length;
        });
        this.y = top + height;
        if (done.every((d, c) => d >= cells[c]!.length)) break;
        this.newPage();
        drawHeader(true);
      }
      tds.forEach((td) => td.end());
      tr.end();
    }
    table.end();
    this.y += body.after + 4;
  }

  cellFrame(xs: number[], widths: number[], top: number, height: number, header: boolean): void {
    const pdf = this.pdf;
    pdf.save().lineWidth(0.5).strokeColor('#' + theme.rule);
    if (header) pdf.rect(MARGIN.left, top, TEXT_WIDTH, height).fillAndStroke('#' + theme.tableHeaderFill, '#' + theme.rule);
    else pdf.rect(MARGIN.left, top, TEXT_WIDTH, height).stroke();
    for (const x of xs.slice(1)) pdf.moveTo(x, top).lineTo(x, top + height).stroke();
    pdf.restore();
    void widths;
  }

  imageHeight(block: ImageBlock): number {
    const size = imageSize(block.data);
    return (block.width * (size.height ?? 1)) / (size.width ?? 1);
  }

  image(block: ImageBlock): void {
    const height = this.imageHeight(block);
    this.ensure(height);
    const x = block.align === 'right' ? MARGIN.left + TEXT_WIDTH - block.width : block.align === 'center' ? MARGIN.left + (TEXT_WIDTH - block.width) / 2 : MARGIN.left;
    const top = this.y;
    const figure = this.pdf.struct('Figure', { alt: block.alt, bbox: [x, top, x + block.width, top + height], placement: 'Block' } as { alt: string });
    this.root.add(figure);
    this.marked(figure, 'Figure', () => {
      this.pdf.image(Buffer.from(block.data), x, top, { width: block.width, height });
    });
    figure.end();
    this.y = top + height + body.after;
  }

  // --- artifacts: header, footer, watermark ----------------------------------------------

  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.pdf.markContent('Artifact', type ? { type } : {});
    draw();
    this.pdf.endMarkedContent();
  }

  /** Writes every page's header, footer and page number (and DRAFT) now that the page count is known. */
  finishPages(doc: DocumentModel): void {
    const pdf = this.pdf;
    const { start, count } = pdf.bufferedPageRange();
    const small: TextStyle = { size: 8.5, leading: 11, color: theme.muted, before: 0, after: 0 };
    const mark: TextStyle = { ...small, color: theme.text, bold: true };
    const line = (text: string, style: TextStyle) => this.wrap([{ text }], style, TEXT_WIDTH)[0]!;
    const classification = line(doc.classification, mark);
    const reference = doc.reference ? line(doc.reference, small) : undefined;
    this.writePending(this.page().content);
    for (let i = start; i < start + count; i++) {
      pdf.switchToPage(i);
      this.color = undefined;
      const pageNo = line(`Page ${i - start + 1} of ${count}`, small);
      this.artifact(() => {
        this.drawLine(classification, MARGIN.left, HEADER_Y, TEXT_WIDTH, mark, 'center');
        if (reference) this.drawLine(reference, MARGIN.left, HEADER_Y, TEXT_WIDTH, small, 'right');
        pdf.save().moveTo(MARGIN.left, RULE_Y).lineTo(PAGE.width - MARGIN.right, RULE_Y).lineWidth(0.5).strokeColor('#' + theme.rule).stroke().restore();
        this.drawLine(classification, MARGIN.left, FOOTER_Y, TEXT_WIDTH, mark, 'center');
        this.drawLine(pageNo, MARGIN.left, FOOTER_Y, TEXT_WIDTH, small, 'right');
      }, 'Pagination');
      // A second content stream: the page's own one is already written and compressed.
      const page = this.page();
      const stream = pdf.ref({}) as unknown as PdfStream;
      this.writePending(stream);
      stream.end();
      page.dictionary.data.Contents = [page.content, stream];
    }
  }

  watermark(): void {
    const pdf = this.pdf;
    const size = 150;
    const width = this.measure('DRAFT', 'bold') * size;
    pdf.save();
    pdf.rotate(-55, { origin: [PAGE.width / 2, PAGE.height / 2] });
    pdf.fillColor('#' + theme.watermark).fillOpacity(0.5);
    pdf.font('bold').fontSize(size).text('DRAFT', PAGE.width / 2 - width / 2, PAGE.height / 2 - (size * GLYPH_BOX) / 2, { lineBreak: false });
    pdf.restore();
  }
}
