// DocumentModel -> accessible PDF with pdfkit (docs/contracts/design.md section 6): tagged
// (Lang en-GB, title displayed, PDF/UA identification in the XMP), bookmarked from its
// headings, with only the fonts the project ships. The work is in parts, each holding one
// concern, so that a change to page breaking need not be read alongside glyph encoding:
//   pdf-style.ts      the page and the text styles
//   pdf-glyphs.ts     fonts: measuring, fallback faces, shaping, writing a line's glyphs
//   pdf-text.ts       line breaking
//   pdf-pages.ts      the page being written: position, page breaks, content streams
//   pdf-tags.ts       the structure tree and marked content
//   pdf-blocks.ts     laying out headings, paragraphs, lists and images down the pages
//   pdf-table.ts      laying out tables
//   pdf-finishing.ts  header, footer, page numbers, DRAFT, bookmarks, metadata
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { fontFaces } from './fonts.ts';
import { BlockLayout } from './pdf-blocks.ts';
import { Bookmarks, draftMark, escapeXmpInfo, finishPages } from './pdf-finishing.ts';
import { parsedFace } from './font-metrics.ts';
import { Glyphs } from './pdf-glyphs.ts';
import { Pages, type SourcePlace } from './pdf-pages.ts';
import { MARGIN } from './pdf-style.ts';
import { Tags } from './pdf-tags.ts';

export interface PdfOptions {
  /** Folder holding the Liberation Sans TTFs; found from the project root when omitted. */
  fontsDir?: string;
  /** Filled with where each run source's text starts (page and y), for a preview to scroll to. */
  places?: Map<string, SourcePlace>;
}

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
    // Pages are kept until the end: the footer's "of Y" is only known then.
    bufferPages: true,
    // The first page is added once the pages' content is collected (Pages.first).
    autoFirstPage: false,
    // pdfkit selects Helvetica unless given a font; ours keeps the standard 14 out of the file.
    font: parsedFace(faces.regular) as unknown as string,
    info: { Title: doc.title, Author: doc.author, Subject: doc.subject ?? '', Creator: 'Impartial', ...(doc.keywords ? { Keywords: doc.keywords } : {}) },
  });
  escapeXmpInfo(pdf);
  const output = collectOutput(pdf);
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  pdf.resume();

  const pages = new Pages(pdf, new Glyphs(pdf, faces));
  if (options.places) pages.places = options.places;
  const tags = new Tags(pdf, pages);
  if (doc.draft) pages.onPageStart = draftMark(pages, tags);
  pages.first();
  new BlockLayout(pages, tags, new Bookmarks(pdf)).write(doc.blocks);
  finishPages(doc, pages, tags);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(output.chunks()));
}

/**
 * Takes pdfkit's output bytes as it writes them, rather than through its Readable stream, which
 * turns each of the ~100,000 small writes of a long report into a Buffer and an event. The
 * header already written by the constructor is read from the stream first, so order is kept;
 * the stream itself still ends, so 'end' still fires. The text pdfkit writes (every object's
 * dictionary: over 10,000 structure elements in a long report, three writes each) is joined
 * and made bytes once, before the next binary write and at the end, not a Buffer per write.
 */
function collectOutput(pdf: PDFKit.PDFDocument): { chunks(): Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  let text = '';
  const flush = () => {
    if (text) chunks.push(Buffer.from(text, 'latin1'));
    text = '';
  };
  const head = pdf.read() as Buffer | null;
  if (head) chunks.push(head);
  const target = pdf as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  target._write = (data: string | Uint8Array) => {
    if (typeof data === 'string') {
      // As pdfkit writes it: a line, one byte a character (latin1), so the offsets it keeps hold.
      text += data + '\n';
      target._offset += data.length + 1;
    } else {
      flush();
      chunks.push(data);
      target._offset += data.length;
    }
  };
  return {
    chunks() {
      flush();
      return chunks;
    },
  };
}
