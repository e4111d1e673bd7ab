// A PDF's text, page by page, through Mozilla's pdf.js (the legacy build, which runs on Node).
// Fonts are never installed and no script in the PDF runs (isEvalSupported off, no XFA);
// character maps and standard font data come from the pdfjs-dist package, never a URL.
//
// A page without a text layer (a scan, a photographed page) is drawn at about 220 dpi and read
// by OCR (ocr.ts), when `ocr` is given. A page that still has no text is listed in
// unreadablePages: "not searchable: no text layer".
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedText } from '../file-text.ts';
import { NotSearchableError } from './not-searchable.ts';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A page with fewer letters or digits than this in its text layer is taken to be a scan. */
const SCANNED_PAGE_CHARS = 10;
/** PDF units are 1/72 inch: 3 gives about 216 dots per inch, which Tesseract reads well. */
const OCR_SCALE = 3;

export interface PdfReadOptions {
  /** Reads an image's words; absent, scanned pages are listed as unreadable. */
  ocr?: (png: Uint8Array) => Promise<string | undefined>;
  progress?: (page: number, pages: number) => void;
}

async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  return text;
}

/** The page drawn as a PNG, or undefined where pdf.js cannot draw here (no canvas package for this platform). */
async function pageImage(pdf: PDFDocumentProxy, page: PDFPageProxy): Promise<Uint8Array | undefined> {
  const viewport = page.getViewport({ scale: OCR_SCALE });
  const factory = (pdf as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown }; destroy(c: unknown): void } }).canvasFactory;
  let drawn;
  try {
    drawn = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  } catch {
    return undefined;
  }
  try {
    await page.render({ canvasContext: drawn.context as never, canvas: drawn.canvas as never, viewport }).promise;
    return drawn.canvas.toBuffer('image/png');
  } finally {
    factory.destroy(drawn);
  }
}

const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** The PDF opened by pdf.js, or a NotSearchableError saying why it cannot be. */
async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      data: new Uint8Array(bytes), // a copy, and not a Buffer: pdf.js takes the buffer over and refuses Buffers
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapUrl: join(pdfjsDir, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new NotSearchableError('the PDF is protected by a password');
    throw new NotSearchableError(`the PDF could not be read (${(error as Error).message})`);
  }
}

/** How many pages a PDF has, as reading it counts them (readPdf's `pages`), without reading its text. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const pdf = await openPdf(bytes);
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<ExtractedText> {
  const pdf = await openPdf(bytes);
  try {
    const parts: ExtractedText['parts'] = [];
    const unreadablePages: number[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      options.progress?.(n, pdf.numPages);
      const page = await pdf.getPage(n);
      let text = await pageText(page);
      if (letters(text) < SCANNED_PAGE_CHARS && options.ocr) {
        const image = await pageImage(pdf, page);
        const read = image && (await options.ocr(image));
        if (read && letters(read) > letters(text)) text = `${text}\n${read}`.trim();
      }
      if (letters(text) === 0) unreadablePages.push(n);
      else parts.push({ page: n, text });
      page.cleanup();
    }
    return { parts, pages: pdf.numPages, unreadablePages };
  } finally {
    await pdf.destroy();
  }
}
