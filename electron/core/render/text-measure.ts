// The widths of text in the fonts the PDF embeds, for a renderer that draws no PDF: the Word
// document sizes its table columns by the same measure as the PDF (table-columns.ts). Liberation
// Sans is metric-compatible with the Word document's Arial, so the widths hold in Word too.
import { parsedFace, textMetrics, type TextMetrics } from './font-metrics.ts';
import { fontFaces } from './fonts.ts';

/** Measures text with the shipped fonts (read once, with fontkit, as the PDF reads them). */
export function textMeasure(): TextMetrics {
  return textMetrics(fontFaces());
}

/** Reads and parses the shipped faces now, once per process, as both renderers will. */
export function openShippedFaces(): void {
  for (const path of Object.values(fontFaces())) parsedFace(path);
}
