// The widths of text in the fonts the PDF embeds, for a renderer that draws no PDF: the Word
// document sizes its table columns by the same measure as the PDF (table-columns.ts). Liberation
// Sans is metric-compatible with the Word document's Arial, so the widths hold in Word too.
import PDFDocument from 'pdfkit';
import { fontFaces } from './fonts.ts';
import { Glyphs } from './pdf-glyphs.ts';
import type { Coverage, Measure } from './pdf-text.ts';

let cached: { measure: Measure; coverage: Coverage } | undefined;

/** Measures text with the shipped fonts (opened once, through pdfkit's font loader, as the PDF does). */
export function textMeasure(): { measure: Measure; coverage: Coverage } {
  if (!cached) {
    const faces = fontFaces();
    // A document that is never written: it only opens the fonts.
    const glyphs = new Glyphs(new PDFDocument({ autoFirstPage: false, font: faces.regular }), faces);
    cached = { measure: glyphs.measure, coverage: glyphs.coverage };
  }
  return cached;
}
