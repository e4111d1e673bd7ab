// The page being written: where the next line goes, when a new page starts, and the page's
// content operators, held back and written as one compressed stream when the page is done.
// pdfkit turns every content operator into its own small byte array as it is added, and
// compresses each page at its slowest setting; a long report makes hundreds of thousands of
// operators. So a page's operators are kept as text here and deflated at a faster setting once;
// the header and footer, drawn when the page count is known, go in a second stream of each page.
import { deflateSync } from 'node:zlib';
import type { ParagraphBlock, Run } from '../../../shared/document/model.ts';
import { GLYPH_BOX } from './pdf-glyphs.ts';
import type { Glyphs } from './pdf-glyphs.ts';
import { BOTTOM, MARGIN } from './pdf-style.ts';
import type { TextStyle } from './pdf-style.ts';
import type { Line } from './pdf-text.ts';

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

/** A line of text drawn on the page: its glyphs' boxes start at `top`, in `size` points. */
interface PendingLine {
  line: Line;
  x: number;
  top: number;
  size: number;
}

/** Where a source's text starts: its page (from 1) and the distance from the page's top, in points. */
export interface SourcePlace {
  page: number;
  y: number;
}

/** The sources of a block's runs, in order, once each. */
export function sourcesOf(runs: readonly Run[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) if (run.source) out.add(run.source);
  return out;
}

export class Pages {
  readonly pdf: PDFKit.PDFDocument;
  readonly glyphs: Glyphs;
  /** Where the next thing drawn goes, from the top of the page. */
  y = MARGIN.top;
  /** Nothing drawn yet on this page: a page break here is not needed and space-before is dropped. */
  pageEmpty = true;
  /** The fill colour last set on this page, so it is only written when it changes. */
  color: string | undefined;
  /** Drawn first on every page, before its content (the DRAFT mark). */
  onPageStart: () => void = () => {};

  /**
   * The current page's content operators, not yet written: text, and the lines of text drawn,
   * whose operators are made when the page is written, so that the page's new words are
   * shaped together (Glyphs.prepare).
   */
  readonly pending: (string | PendingLine)[] = [];

  /** The page being written, counted from 0. */
  pageIndex = 0;
  /** Where each source's text was first drawn, when the caller asked (a preview scrolls there). */
  places: Map<string, SourcePlace> | undefined;
  /** Sources of the block about to be drawn: placed at its first line. */
  private marked: string[] = [];

  constructor(pdf: PDFKit.PDFDocument, glyphs: Glyphs) {
    this.pdf = pdf;
    this.glyphs = glyphs;
    (pdf as unknown as { addContent: (data: string) => PDFKit.PDFDocument }).addContent = (data: string) => {
      this.pending.push(data);
      return pdf;
    };
  }

  /** The first page: pdfkit's own is turned off, so that its content comes here too. */
  first(): void {
    this.pdf.addPage();
    this.onPageStart();
  }

  newPage(): void {
    this.closePage();
    this.pdf.addPage();
    this.pageIndex += 1;
    this.color = undefined;
    this.y = MARGIN.top;
    this.pageEmpty = true;
    this.onPageStart();
  }

  /** Moves to a new page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (!this.pageEmpty && this.y + height > BOTTOM) this.newPage();
  }

  space(points: number): void {
    if (!this.pageEmpty) this.y += points;
  }

  /** The next line drawn is where these sources' text starts (the first place of each is kept). */
  mark(sources: Iterable<string>): void {
    if (this.places) this.marked = [...sources];
  }

  drawLine(line: Line, x: number, y: number, width: number, style: TextStyle, align: ParagraphBlock['align'] = 'left'): void {
    if (this.marked.length && this.places) {
      for (const source of this.marked) if (!this.places.has(source)) this.places.set(source, { page: this.pageIndex + 1, y });
      this.marked = [];
    }
    const cx = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
    const top = y + (style.leading - style.size * GLYPH_BOX) / 2;
    if (this.color !== style.color) {
      this.pdf.fillColor('#' + style.color);
      this.color = style.color;
    }
    this.pending.push({ line, x: cx, top, size: style.size });
  }

  // --- content streams -------------------------------------------------------------------

  current(): PdfPage {
    return (this.pdf as unknown as { page: PdfPage }).page;
  }

  /** Writes the current page's operators so far as its own content stream. */
  closePage(): void {
    writeCompressed(this.current().content, deflateSync(this.pendingContent(), { level: 3 }));
  }

  /** Goes back to an earlier page (pages are buffered), to draw over it with addOverlay. */
  revisit(index: number): void {
    this.pdf.switchToPage(index);
    this.color = undefined;
  }

  /** Writes what was drawn since the page was closed as a second content stream of the page. */
  addOverlay(): void {
    const page = this.current();
    const stream = this.pdf.ref({}) as unknown as PdfStream;
    writeCompressed(stream, deflateSync(this.pendingContent(), { level: 3 }));
    stream.end();
    page.dictionary.data.Contents = [page.content, stream];
  }

  /** The operators collected so far, as the bytes of a content stream; the page starts afresh. */
  private pendingContent(): Buffer {
    const lines: Line[] = [];
    for (const p of this.pending) if (typeof p !== 'string') lines.push(p.line);
    this.glyphs.prepare(lines);
    let content = '';
    for (const p of this.pending) content += (typeof p === 'string' ? p : this.glyphs.textObject(p.line, p.x, p.top, p.size)) + '\n';
    this.pending.length = 0;
    return Buffer.from(content, 'latin1');
  }
}

/** Puts compressed operators in a content stream (pdfkit would compress them again at its slowest setting). */
function writeCompressed(stream: PdfStream, bytes: Buffer): void {
  stream.compress = false;
  stream.data.Filter = 'FlateDecode';
  stream.write(bytes);
}
