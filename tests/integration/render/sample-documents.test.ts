// The five documents of the project's sample case, through both renderers and real readers:
// every PDF tagged, titled, bookmarked, fonts embedded, clean for qpdf, its headings in the text;
// every DOCX with its headings as Word headings, opened and converted by LibreOffice.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../electron/core/documents/templates.ts';
import { renderDocx } from '../../../electron/core/render/docx.ts';
import { renderPdf } from '../../../electron/core/render/pdf.ts';
import { documentKinds } from '../../../shared/api.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { buildDocument } from '../../../shared/documents/index.ts';
import { parseCaseJson } from '../../../shared/interchange/parse.ts';
import { paragraphs } from './docx-xml.ts';
import { readStructure } from './pdf-structure.ts';
import type { OutlineNode } from './pdf-structure.ts';
import { docxParts, hasTool, libreOfficeToPdf, pdfFonts, pdfText, qpdfCheck, tempDir, writeTemp } from './tools.ts';

const dir = tempDir('sample-docs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parsed = parseCaseJson(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8'), 'sample-case.json');
if (!parsed.ok) throw new Error(`sample case does not parse: ${JSON.stringify(parsed.issues)}`);
const data = parsed.value;
const templates = loadTemplates(data.authority.name);
const model = (kind: (typeof documentKinds)[number]): DocumentModel => buildDocument(kind, data, { named: false, draft: false, templates, today: '2024-06-03' });

const headings = (m: DocumentModel) => m.blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));
const flatten = (items: OutlineNode[]): string[] => items.flatMap((i) => [i.title, ...flatten(i.children)]);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const readers = hasTool('pdftotext') && hasTool('pdffonts') && hasTool('qpdf');
const office = hasTool('soffice');

describe.each(documentKinds)('sample case: %s', (kind) => {
  const m = model(kind);

  it('renders an accessible PDF: tagged, en-GB, titled, bookmarked from its headings', async () => {
    const s = await readStructure(await renderPdf(m));
    expect(s.marked).toBe(true);
    expect(s.lang).toBe('en-GB');
    expect(s.displayDocTitle).toBe(true);
    expect(s.infoTitle).toBe(m.title);
    expect(s.xmp).toContain('pdfuaid:part');
    expect(flatten(s.outline)).toEqual(headings(m).map((h) => h.text));
    expect(s.tree!.children[0]!.children).toHaveLength(m.blocks.filter((b) => b.kind !== 'pageBreak').length);
    // PDF/UA: headings nest without skipping a level (an H3 only under an H2).
    let previous = 0;
    for (const h of headings(m)) {
      expect(h.level, `"${h.text}" skips a level`).toBeLessThanOrEqual(previous + 1);
      previous = h.level;
    }
  });

  it('renders a DOCX whose headings are Word headings, in order', async () => {
    const parts = docxParts(await renderDocx(m));
    const found = paragraphs(parts['word/document.xml']!).filter((p) => /^Heading\d$/.test(p.style ?? ''));
    expect(found.map((p) => [p.style, p.text])).toEqual(headings(m).map((h) => [`Heading${h.level}`, h.text]));
  });

  it.runIf(readers)('passes qpdf --check and pdffonts (all embedded), with every heading in the text', async () => {
    const path = writeTemp(dir, `${kind}.pdf`, await renderPdf(m));
    const check = qpdfCheck(path);
    expect(check.ok, check.output).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const text = squash(pdfText(path));
    for (const h of headings(m)) expect(text).toContain(squash(h.text));
  });

  it.runIf(office)('converts to PDF with LibreOffice headless without error', async () => {
    const path = writeTemp(dir, `${kind}.docx`, await renderDocx(m));
    const result = libreOfficeToPdf(path, dir);
    expect(result.status, result.output).toBe(0);
    if (readers) expect(squash(pdfText(result.pdf))).toContain(squash(headings(m)[0]?.text ?? ''));
  });
});
