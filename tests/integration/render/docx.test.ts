// The DOCX renderer, read back from its bytes: Word styles for the outline, repeating table
// header rows, the classification and PAGE/NUMPAGES in header and footer, document properties,
// user text kept literal; and LibreOffice must open and convert it.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/core/render/docx.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { everyBlockKind, longDocument, TRICKY } from '../../fixtures/document-models.ts';
import { all, attr, fieldCodes, paragraphs, parseXml, tables } from './docx-xml.ts';
import { docxParts, hasTool, libreOfficeToPdf, pageInk, pdfText, tempDir, writeTemp } from './tools.ts';

const dir = tempDir('docx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(model: DocumentModel) {
  const bytes = await renderDocx(model);
  return { bytes, parts: docxParts(bytes) };
}

const headerParts = (parts: Record<string, string>, kind: 'header' | 'footer') =>
  Object.entries(parts)
    .filter(([name]) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(name))
    .map(([, xml]) => xml);

describe('renderDocx', () => {
  it('writes headings with Word heading styles, in document order, after a Title', async () => {
    const model = everyBlockKind();
    const { parts } = await render(model);
    const paras = paragraphs(parts['word/document.xml']!);
    const headings = paras.filter((p) => /^Heading\d$/.test(p.style ?? ''));
    const expected = model.blocks.flatMap((b) => (b.kind === 'heading' ? [{ style: `Heading${b.level}`, text: b.text }] : []));
    expect(headings.map((h) => ({ style: h.style, text: h.text }))).toEqual(expected);
    expect(paras.find((p) => p.style === 'Title')?.text).toBe('Independent Investigation Report');
    expect(paras.find((p) => p.style === 'Subtitle')?.text).toContain('Stage 2');
    // The heading styles exist in styles.xml, so Word's navigation pane shows them as the outline.
    const styleIds = all(parseXml(parts['word/styles.xml']!), 'style').map((s) => attr(s, 'styleId'));
    expect(styleIds).toEqual(expect.arrayContaining(['Title', 'Heading1', 'Heading2', 'Heading3', 'Address', 'Quote', 'Small']));
  });

  it('keeps user text literal (markup-like text, curly quotes, Welsh letters, emoji)', async () => {
    const { parts } = await render(everyBlockKind());
    const texts = paragraphs(parts['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain(TRICKY);
    expect(tables(parts['word/document.xml']!)[0]!.rows[3]![1]).toBe(TRICKY);
  });

  it('marks the table header row to repeat on every page, shaded, with the cells in order', async () => {
    const { parts } = await render(everyBlockKind());
    const [table] = tables(parts['word/document.xml']!);
    expect(table!.headerRows).toBe(1);
    expect(table!.headerShaded).toBe(true);
    expect(table!.rows[0]).toEqual(['Point', 'Complaint', 'Finding']);
    expect(table!.rows.slice(1).map((r) => r[0])).toEqual(['1a', '1b', '2']);
  });

  it('numbers ordered lists and bullets unordered ones through the numbering part', async () => {
    const { parts } = await render(everyBlockKind());
    const listed = paragraphs(parts['word/document.xml']!).filter((p) => p.numbered);
    expect(listed.map((p) => p.text)).toEqual(['Call log, D1', 'Case notes, D2 (extract)', TRICKY, 'Apologise in writing.', 'Review the duty telephone rota within 3 months.']);
    const formats = all(parseXml(parts['word/numbering.xml']!), 'numFmt').map((n) => attr(n, 'val'));
    expect(formats).toEqual(expect.arrayContaining(['bullet', 'decimal']));
  });

  it('puts the classification and reference in the header, and classification with Page X of Y in the footer', async () => {
    const { parts } = await render(everyBlockKind());
    const headers = headerParts(parts, 'header');
    const footers = headerParts(parts, 'footer');
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.some((x) => x.includes('OFFICIAL-SENSITIVE') && x.includes('REF-2024-017'))).toBe(true);
    const footer = footers.find((x) => x.includes('OFFICIAL-SENSITIVE'));
    expect(footer).toBeDefined();
    expect(fieldCodes(footer!)).toEqual(expect.arrayContaining(['PAGE', 'NUMPAGES']));
    expect(headers.join('')).not.toContain('DRAFT');
  });

  it('prints DRAFT as a watermark from the header only when the model is a draft', async () => {
    const { parts } = await render(everyBlockKind({ draft: true }));
    const header = headerParts(parts, 'header').join('');
    expect(header).toMatch(/<v:textpath[^>]*string="DRAFT"/);
  });

  it('sets the document properties, A4 pages, Arial and en-GB', async () => {
    const { parts } = await render(everyBlockKind());
    const core = parseXml(parts['docProps/core.xml']!);
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('Independent Investigation Report');
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('A. Investigator');
    expect(core.getElementsByTagName('dc:subject')[0]?.textContent).toBe('Stage 2 complaint investigation');
    expect(core.getElementsByTagName('dc:language')[0]?.textContent).toBe('en-GB');
    const styles = parseXml(parts['word/styles.xml']!);
    const defaults = all(styles, 'rPrDefault')[0]!;
    expect(attr(all(defaults, 'rFonts')[0], 'ascii')).toBe('Arial');
    expect(attr(all(defaults, 'lang')[0], 'val')).toBe('en-GB');
    const pgSz = all(parseXml(parts['word/document.xml']!), 'pgSz')[0];
    expect([attr(pgSz, 'w'), attr(pgSz, 'h')]).toEqual(['11906', '16838']);
  });

  it('uses proportional line spacing (LibreOffice reads a bare w:line as exact) and spaces the block after a table', async () => {
    const { parts } = await render(everyBlockKind());
    const styles = parseXml(parts['word/styles.xml']!);
    for (const spacing of all(styles, 'spacing').filter((sp) => attr(sp, 'line'))) expect(attr(spacing, 'lineRule')).toBe('auto');
    const base = everyBlockKind();
    const table = base.blocks.find((b) => b.kind === 'table')!;
    const spaced = await render({ ...base, blocks: [table, { kind: 'paragraph', runs: [{ text: 'After the table.' }] }] });
    const doc = parseXml(spaced.parts['word/document.xml']!);
    const afterTable = all(doc, 'tbl')[0]!.nextSibling as unknown as Parameters<typeof all>[0];
    expect(Number(attr(all(afterTable, 'spacing')[0], 'before'))).toBeGreaterThan(0);
  });

  it('embeds the logo with its alternative text', async () => {
    const { bytes, parts } = await render(everyBlockKind());
    expect(Object.keys(parts).some((n) => n.startsWith('word/_rels/document.xml.rels'))).toBe(true);
    const docPr = parseXml(parts['word/document.xml']!).getElementsByTagName('wp:docPr')[0];
    expect(docPr?.getAttribute('descr')).toBe('Council logo');
    const { unzipSync } = await import('fflate');
    expect(Object.keys(unzipSync(bytes)).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  });

  it('is an exhaustive switch: an unknown block kind is refused', async () => {
    const bad = everyBlockKind({ blocks: [{ kind: 'video' } as unknown as DocumentModel['blocks'][number]] });
    await expect(renderDocx(bad)).rejects.toThrow(/Unknown block kind/);
  });

  describe.runIf(hasTool('soffice') && hasTool('pdftotext'))('opened by LibreOffice', () => {
    it('converts to PDF without error, with every heading, the fields computed and DRAFT', async () => {
      const model = everyBlockKind({ draft: true });
      const path = writeTemp(dir, 'every.docx', await renderDocx(model));
      const result = libreOfficeToPdf(path, dir);
      expect(result.status, result.output).toBe(0);
      const text = pdfText(result.pdf);
      for (const block of model.blocks) if (block.kind === 'heading') expect(text).toContain(block.text);
      expect(text).toMatch(/Page 1 of 2/);
      expect(text).toContain('OFFICIAL-SENSITIVE');
      // LibreOffice draws the watermark as a shape, not text: compare the ink with a final copy.
      const final = libreOfficeToPdf(writeTemp(dir, 'final.docx', await renderDocx({ ...model, draft: false })), dir);
      expect(final.status, final.output).toBe(0);
      for (const page of [1, 2]) expect(pageInk(result.pdf, page) - pageInk(final.pdf, page)).toBeGreaterThan(0.03);
    });

    it('converts a long document, with the table header repeated on the following pages', async () => {
      const model = longDocument(20);
      const path = writeTemp(dir, 'long.docx', await renderDocx(model));
      const result = libreOfficeToPdf(path, dir);
      expect(result.status, result.output).toBe(0);
      const pages = pdfText(result.pdf).split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(10);
      expect(pages[pages.length - 1]).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}`));
      // The 20-row summary table runs over a page break: the second page starts with the header again.
      const withHeader = pages.filter((p) => /Point\s+Complaint\s+Finding/.test(p.replace(/\s+/g, ' ')));
      expect(withHeader.length).toBeGreaterThan(1);
    });
  });
});
