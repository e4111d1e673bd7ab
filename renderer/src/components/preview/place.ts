// Where the Preview region scrolls for the field being edited, from the places the preview
// answers (shared/api.ts DocumentPreview.places: where each run source's text starts).
import type { DocumentPreview } from '../../../../shared/api.ts';
import type { PdfPlace } from '../pdf/PdfView.tsx';

/**
 * Where to scroll for a field: the first of its sources the document has, moved on towards
 * the next place in the document by the caret's share of the text (a long analysis runs over
 * pages; the caret near its end should show its end).
 */
export function placeOf(places: DocumentPreview['places'], sources: readonly string[], share: number): PdfPlace | undefined {
  const source = sources.find((s) => places[s]);
  const start = source ? places[source] : undefined;
  if (!start) return undefined;
  const PAGE = 842; // A4 in points: enough to order places across pages
  const at = (p: { page: number; y: number }) => (p.page - 1) * PAGE + p.y;
  const next = Object.values(places).map(at).filter((v) => v > at(start)).sort((a, b) => a - b)[0];
  if (next === undefined || share <= 0) return start;
  const target = at(start) + (next - at(start)) * Math.min(1, share);
  const page = Math.floor(target / PAGE) + 1;
  return { page, y: target - (page - 1) * PAGE };
}
