// The Word document is given the PDF's rules for what stays together (shared/document/keep.ts)
// and the PDF's column widths (table-columns.ts), read back from word/document.xml; the page
// layout test sees what LibreOffice makes of them.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/render/docx.ts';
import { columnWidths } from '../../../electron/core/render/table-columns.ts';
import { textMeasure } from '../../../electron/core/render/text-measure.ts';
import type { Element } from '@xmldom/xmldom';
import { build, sample } from '../../unit/documents/helpers.ts';
import { all, attr, paragraphText, parseXml } from './docx-xml.ts';
import { docxParts } from './tools.ts';

const TEXT_WIDTH_TWIPS = 11906 - 2 * 1418;

async function body(kind: 'io-report' | 'adjudication-letter') {
  const model = build(kind, sample());
  const doc = parseXml(docxParts(await renderDocx(model))['word/document.xml']!);
  return { model, doc, paragraphs: all(doc, 'p') };
}

const has = (p: Element, name: string) => all(p, name).length > 0;
const byText = (ps: Element[], text: string) => ps.find((p) => paragraphText(p) === text)!;

describe('the Word document keeps together what the PDF does', () => {
  it('keeps "Sources:" with its list, and a list of three sources whole', async () => {
    const { paragraphs } = await body('io-report');
    const i = paragraphs.findIndex((p) => paragraphText(p) === 'Sources:');
    expect(has(paragraphs[i]!, 'keepNext')).toBe(true);
    const items = paragraphs.slice(i + 1, i + 4);
    expect(items.map(paragraphText)).toEqual([expect.stringMatching(/^D2 /), expect.stringMatching(/^I3 /), expect.stringMatching(/^I4 /)]);
    expect(items.map((p) => [has(p, 'keepNext'), has(p, 'keepLines')])).toEqual([[true, true], [true, true], [false, true]]);
  });

  it('keeps "Yours sincerely" and the signature together, and with the end of the letter before them', async () => {
    const { paragraphs } = await body('adjudication-letter');
    const i = paragraphs.findIndex((p) => paragraphText(p) === 'Yours sincerely,');
    // The last line before it (the Ombudsman's website), then each line of the signature but the last.
    expect(has(paragraphs[i - 1]!, 'keepNext')).toBe(true);
    // "Yours sincerely", a blank line, the name, the title, the council, and the copy list that ends the letter.
    const signature = paragraphs.slice(i, i + 6);
    expect(paragraphText(signature[5]!)).toMatch(/^Copy to: /);
    expect(signature.map((p) => has(p, 'keepNext'))).toEqual([true, true, true, true, true, false]);
    expect(signature.slice(0, 4).every((p) => has(p, 'keepLines'))).toBe(true);
    expect(has(byText(paragraphs, 'The Adjudicating Officer'), 'keepNext')).toBe(true);
  });

  it('never splits a table row, and sizes the columns by the PDF\'s rule', async () => {
    const { model, doc } = await body('adjudication-letter');
    const plan = model.blocks.find((b) => b.kind === 'table')!;
    const tbl = all(doc, 'tbl')[0]!;
    const rows = all(tbl, 'tr');
    expect(rows.length).toBe(4);
    expect(rows.every((tr) => all(tr, 'cantSplit').length === 1)).toBe(true);
    const grid = all(tbl, 'gridCol').map((g) => Number(attr(g, 'w')));
    const { measure, coverage } = textMeasure();
    const points = columnWidths(plan.kind === 'table' ? plan : (undefined as never), TEXT_WIDTH_TWIPS / 20, measure, coverage);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS);
    grid.forEach((w, c) => expect(Math.abs(w - points[c]! * 20)).toBeLessThanOrEqual(points.length));
    // The dates are held together by no-break spaces: Word has no other way to keep words on one line.
    expect(all(tbl, 't').map((t) => t.textContent).filter((t) => /2025$/.test(t ?? ''))).toEqual(['31\u00A0March\u00A02025', '28\u00A0February\u00A02025', '31\u00A0January\u00A02025']);
  });
});
