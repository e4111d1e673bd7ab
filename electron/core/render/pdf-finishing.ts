// What the PDF carries besides its blocks: the running header and footer with "Page X of Y",
// the DRAFT mark, the bookmarks, and the metadata. Each is shaped by something the body text
// is not: the page count is only known at the end (pages are buffered, and the header and
// footer are written last, as Pagination artifacts); DRAFT is read out once, not on every
// page; bookmarks follow the headings as they land on pages; pdfkit writes the XMP unescaped.
import type { DocumentModel } from '../../../shared/document/model.ts';
import type { Glyphs } from './pdf-glyphs.ts';
import { GLYPH_BOX } from './pdf-glyphs.ts';
import type { Pages } from './pdf-pages.ts';
import { FOOTER_Y, HEADER_Y, MARGIN, MARGIN_MARK, MARGIN_TEXT, PAGE, RULE_Y, TEXT_WIDTH } from './pdf-style.ts';
import type { TextStyle } from './pdf-style.ts';
import type { Tags } from './pdf-tags.ts';
import { theme } from './theme.ts';

/** pdfkit's outline items accept a destination (not in @types/pdfkit). */
type Outline = { addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): Outline };

/** The bookmarks: one a heading, nested by level. */
export class Bookmarks {
  readonly pdf: PDFKit.PDFDocument;
  /** The latest bookmark at each heading level, so H2s nest under their H1. */
  readonly outlines: Outline[] = [];

  constructor(pdf: PDFKit.PDFDocument) {
    this.pdf = pdf;
  }

  /** A bookmark to a heading whose top is at `top` on the current page. */
  add(level: number, title: string, top: number): void {
    // A level-2 heading with no level-1 above it hangs from the root.
    const parent = (level > 1 ? this.outlines[level - 2] : undefined) ?? (this.pdf.outline as unknown as Outline);
    // pdfkit's destination is [page, XYZ, width - left, height - top]: left = width puts it at x = 0.
    const item = parent.addItem(title, { expanded: level === 1, top, left: PAGE.width });
    this.outlines[level - 1] = item;
    this.outlines.length = level;
  }
}

/**
 * DRAFT goes down first on each page, so the page's text is drawn over it and stays fully
 * legible. On the first page it is real content (a P at the head of the structure tree), so a
 * screen reader says the document is a draft; on the others it is an artifact.
 */
export function draftMark(pages: Pages, tags: Tags): () => void {
  return () => {
    if (pages.pdf.bufferedPageRange().count === 1) {
      const p = tags.add('P');
      tags.marked(p, 'P', () => watermark(pages.pdf, pages.glyphs));
      p.end();
      pages.pageEmpty = true;
    } else tags.artifact(() => watermark(pages.pdf, pages.glyphs));
  };
}

function watermark(pdf: PDFKit.PDFDocument, glyphs: Glyphs): void {
  const size = 150;
  const width = glyphs.measure('DRAFT', 'bold') * size;
  pdf.save();
  pdf.rotate(-55, { origin: [PAGE.width / 2, PAGE.height / 2] });
  pdf.fillColor('#' + theme.watermark).fillOpacity(0.5);
  pdf.font('bold').fontSize(size).text('DRAFT', PAGE.width / 2 - width / 2, PAGE.height / 2 - (size * GLYPH_BOX) / 2, { lineBreak: false });
  pdf.restore();
}

/** Writes every page's header, footer and page number now that the page count is known. */
export function finishPages(doc: DocumentModel, pages: Pages, tags: Tags): void {
  const pdf = pages.pdf;
  const { start, count } = pdf.bufferedPageRange();
  const line = (text: string, style: TextStyle) => pages.glyphs.wrap([{ text }], style, TEXT_WIDTH)[0]!;
  const classification = line(doc.classification, MARGIN_MARK);
  const reference = doc.reference ? line(doc.reference, MARGIN_TEXT) : undefined;
  const version = doc.version ? line(doc.version, MARGIN_TEXT) : undefined;
  const pageNos = Array.from({ length: count }, (_, k) => line(`Page ${k + 1} of ${count}`, MARGIN_TEXT));
  pages.closePage();
  // Every page's numbers shaped at once (pdf-shaping.ts), not one page's at a time.
  pages.glyphs.prepare([classification, ...(reference ? [reference] : []), ...(version ? [version] : []), ...pageNos]);
  for (let i = start; i < start + count; i++) {
    pages.revisit(i);
    const pageNo = pageNos[i - start]!;
    tags.artifact(() => {
      pages.drawLine(classification, MARGIN.left, HEADER_Y, TEXT_WIDTH, MARGIN_MARK, 'center');
      if (reference) pages.drawLine(reference, MARGIN.left, HEADER_Y, TEXT_WIDTH, MARGIN_TEXT, 'right');
      pdf.save().moveTo(MARGIN.left, RULE_Y).lineTo(PAGE.width - MARGIN.right, RULE_Y).lineWidth(0.5).strokeColor('#' + theme.rule).stroke().restore();
      pages.drawLine(classification, MARGIN.left, FOOTER_Y, TEXT_WIDTH, MARGIN_MARK, 'center');
      pages.drawLine(pageNo, MARGIN.left, FOOTER_Y, TEXT_WIDTH, MARGIN_TEXT, 'right');
      // An issued copy says which version it is on every page, at the left.
      if (version) pages.drawLine(version, MARGIN.left, FOOTER_Y, TEXT_WIDTH, MARGIN_TEXT, 'left');
    }, 'Pagination');
    // A second content stream: the page's own one is already written and compressed.
    pages.addOverlay();
  }
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** pdfkit copies Title/Author/Subject into the XMP unescaped; a title with '&' or '<' would break it. */
export function escapeXmpInfo(pdf: PDFKit.PDFDocument): void {
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
