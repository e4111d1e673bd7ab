// The PDF renderer, read back from its bytes: the tagged structure a screen reader follows,
// Lang, title, PDF/UA identification, bookmarks, embedded fonts (pdffonts), a clean file
// (qpdf --check) and the text itself (pdftotext), including headers, footers and DRAFT.
import { rmSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/core/render/pdf.ts';
import type { Block, DocumentModel, Run } from '../../../shared/document/model.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { everyBlockKind, longDocument, TRICKY } from '../../fixtures/document-models.ts';
import { find, readStructure, tags } from './pdf-structure.ts';
import type { PdfStructure } from './pdf-structure.ts';
import { hasTool, pdfFonts, pdfText, qpdfCheck, structText, tempDir, writeTemp } from './tools.ts';

const dir = tempDir('pdf');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const blockText = (b: Block): string[] => {
  switch (b.kind) {
    case 'heading':
      return [b.text];
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')];
    case 'list':
      return b.items.map((item) => item.map((r) => r.text).join(''));
    case 'table':
      return [...b.columns.map((c) => c.title), ...b.rows.flat().map((cell) => cell.map((r) => r.text).join(''))];
    default:
      return [];
  }
};

describe('renderPdf: structure', () => {
  const model = everyBlockKind();
  let s: PdfStructure;
  beforeAll(async () => {
    s = await readStructure(await renderPdf(model));
  });

  it('is a tagged PDF in en-GB that shows its title, with PDF/UA identification', () => {
    expect(s.marked).toBe(true);
    expect(s.lang).toBe('en-GB');
    expect(s.displayDocTitle).toBe(true);
    expect(s.infoTitle).toBe(model.title);
    expect(s.infoAuthor).toBe(model.author);
    expect(s.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(s.xmp).toContain(model.title);
  });

  it('tags every block in order under one Document element', () => {
    const expected = model.blocks.flatMap((b): string[] => {
      switch (b.kind) {
        case 'heading':
          return [`H${b.level}`];
        case 'paragraph':
          return ['P'];
        case 'list':
          return ['L'];
        case 'table':
          return ['Table'];
        case 'image':
          return ['Figure'];
        case 'pageBreak':
          return [];
      }
    });
    expect(s.tree!.children.map((c) => c.tag)).toEqual(['Document']);
    expect(s.tree!.children[0]!.children.map((c) => c.tag)).toEqual(expected);
  });

  it('tags tables as Table/TR/TH/TD with column scope, and lists as L/LI/Lbl/LBody', () => {
    const [table] = find(s.tree!, 'Table');
    expect(table!.children.map((tr) => tr.tag)).toEqual(['TR', 'TR', 'TR', 'TR']);
    expect(table!.children[0]!.children.map((c) => c.tag)).toEqual(['TH', 'TH', 'TH']);
    expect(table!.children[0]!.children.every((th) => th.attributes.Scope === 'Column')).toBe(true);
    expect(table!.children[1]!.children.map((c) => c.tag)).toEqual(['TD', 'TD', 'TD']);
    const lists = find(s.tree!, 'L');
    expect(lists.map((l) => l.attributes.ListNumbering)).toEqual(['Disc', 'Decimal']);
    for (const li of lists.flatMap((l) => l.children)) expect(li.children.map((c) => c.tag)).toEqual(['Lbl', 'LBody']);
    // Every leaf element points at content on a page.
    const leaves = [...find(s.tree!, 'P'), ...find(s.tree!, 'TD'), ...find(s.tree!, 'TH'), ...find(s.tree!, 'LBody'), ...find(s.tree!, 'H1')];
    expect(leaves.every((n) => n.contentCount > 0)).toBe(true);
  });

  it('tells a screen reader that a draft is a draft: DRAFT opens the structure tree', async () => {
    const draft = await readStructure(await renderPdf(everyBlockKind({ draft: true })));
    const top = draft.tree!.children[0]!.children;
    expect(top[0]!.tag).toBe('P');
    expect(top.slice(1).map((c) => c.tag)).toEqual(s.tree!.children[0]!.children.map((c) => c.tag));
  });

  it('gives the logo its alternative text', () => {
    const [figure] = find(s.tree!, 'Figure');
    expect(figure!.alt).toBe('Council logo');
    expect(figure!.contentCount).toBe(1);
  });

  it('builds bookmarks from the headings, nested by level', () => {
    expect(s.outline).toEqual([
      { title: '1. Summary of findings', children: [] },
      {
        title: '2. The complaint',
        children: [{ title: 'Point 1a: Telephone calls', children: [{ title: 'Evidence', children: [] }, { title: 'Recommendations', children: [] }] }],
      },
      { title: 'Appendix A: Documents examined', children: [] },
    ]);
  });

  it('escapes the title in the XMP metadata, which stays well-formed XML', async () => {
    const title = 'Smith & Sons <Review> "A"';
    const st = await readStructure(await renderPdf(everyBlockKind({ title })));
    expect(st.infoTitle).toBe(title);
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(st.xmp.replace(/^[^<]*/, '').replace(/<\?xpacket[^>]*\?>/g, ''), 'text/xml');
    expect(errors).toEqual([]);
    expect(xml.getElementsByTagName('rdf:li')[0]?.textContent).toBe(title);
  });

  it('refuses to render without the shipped fonts, saying where it looked', async () => {
    const err = await renderPdf(model, { fontsDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImpartialError);
    expect((err as ImpartialError).code).toBe('fonts-missing');
    expect((err as Error).message).toContain(dir);
  });

  it('is an exhaustive switch: an unknown block kind is refused', async () => {
    const bad = everyBlockKind({ blocks: [{ kind: 'video' } as unknown as Block] });
    await expect(renderPdf(bad)).rejects.toThrow(/Unknown block kind/);
  });
});

describe.runIf(hasTool('pdftotext') && hasTool('pdffonts') && hasTool('qpdf'))('renderPdf: read by poppler and qpdf', () => {
  const check = async (name: string, model: DocumentModel) => {
    const path = writeTemp(dir, name, await renderPdf(model));
    return { path, pages: pdfText(path).split('\f').slice(0, -1) };
  };

  it('contains every heading, paragraph, list item and cell as selectable text, user text literal', async () => {
    const model = everyBlockKind();
    const { path, pages } = await check('every.pdf', model);
    const all = squash(pages.join(' '));
    for (const block of model.blocks) for (const t of blockText(block)) expect(all).toContain(squash(t));
    // The emoji is in neither shipped face: it is drawn as U+FFFD and carries the emoji as
    // ActualText, which is what poppler extracts; the tick comes from the DejaVu Sans fallback.
    expect(all).toContain(TRICKY);
    const q = qpdfCheck(path);
    expect(q.ok, q.output).toBe(true);
  });

  it('gives a screen reader every block, in order, word for word, from the structure tree', async () => {
    // Poppler's structure reader stops at a nested ActualText span, so this model has no emoji.
    const plain = (runs: Run[]) => runs.map((r) => ({ ...r, text: r.text.replaceAll('🙂', ':)') }));
    const strip = (m: DocumentModel): DocumentModel => ({
      ...m,
      blocks: m.blocks.map((b) =>
        b.kind === 'paragraph' ? { ...b, runs: plain(b.runs) } : b.kind === 'list' ? { ...b, items: b.items.map(plain) } : b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map(plain)) } : b,
      ),
    });
    for (const [name, model] of [['every', strip(everyBlockKind())], ['long', longDocument(8)]] as const) {
      const { path } = await check(`struct-${name}.pdf`, model);
      const read = structText(path).filter((e) => ['P', 'H1', 'H2', 'H3', 'LBody', 'TH', 'TD'].includes(e.tag));
      const expected = [...(model.draft ? ['DRAFT'] : []), ...model.blocks.flatMap(blockText).map(squash)];
      expect(read.map((e) => squash(e.text))).toEqual(expected);
    }
  });

  it('splits a paragraph and a table row longer than a page across pages, losing nothing', async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `word${i}`).join(' ');
    const model = everyBlockKind({
      blocks: [
        { kind: 'paragraph', runs: [{ text: words }] },
        { kind: 'table', columns: [{ title: 'Ref', width: 0.2 }, { title: 'Text', width: 0.8 }], rows: [[[{ text: 'R1' }], [{ text: words }]], [[{ text: 'R2' }], [{ text: 'short' }]]] },
      ],
    });
    const { path, pages } = await check('giant.pdf', model);
    expect(pages.length).toBeGreaterThan(6);
    const all = squash(pages.join(' '));
    for (let i = 0; i < 2500; i += 97) expect(all).toContain(`word${i} word${i + 1}`);
    expect(all).toContain('word2499');
    expect(all).toContain('short');
    // Every page the giant row runs onto starts with the repeated header.
    const first = pages.findIndex((p) => /^R1\s*$/m.test(p));
    expect(first).toBeGreaterThan(0);
    const tablePages = pages.slice(first);
    expect(tablePages.length).toBeGreaterThan(2);
    expect(tablePages.every((p) => /^Ref\s*$/m.test(p) && /^Text\s*$/m.test(p))).toBe(true);
    expect(qpdfCheck(path).ok).toBe(true);
  });

  it('embeds every font, all of them the shipped faces (no standard-14 font)', async () => {
    const { path } = await check('fonts.pdf', everyBlockKind({ draft: true }));
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name).toMatch(/^[A-Z]{6}\+(LiberationSans|DejaVuSans)/);
    }
  });

  it('prints the classification, reference and Page X of Y on every page, and DRAFT only on drafts', async () => {
    const model = longDocument(12);
    const { path, pages } = await check('long.pdf', model);
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      expect(page).toContain('OFFICIAL-SENSITIVE');
      expect(page).toContain('REF-LONG-1');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      // Drawn diagonally, so poppler reads it in pieces ("DR AF T").
      expect(page).toMatch(/D\s*R\s*A\s*F\s*T/);
    });
    expect(qpdfCheck(path).ok).toBe(true);
    expect(pdfFonts(path).every((f) => f.embedded)).toBe(true);
    const final = await check('final.pdf', { ...model, draft: false });
    expect(final.pages.some((p) => /D\s*R\s*A\s*F\s*T/.test(p))).toBe(false);
  });

  it('repeats the table header on each page the table runs onto, and never leaves a heading last on a page', async () => {
    const model = longDocument(60);
    const { pages } = await check('long60.pdf', model);
    const withHeader = pages.filter((p) => /^Point\s*$/m.test(p) && /^Complaint\s*$/m.test(p) && /^Finding\s*$/m.test(p));
    expect(withHeader.length).toBeGreaterThan(1);
    const headings = new Set(model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^(OFFICIAL-SENSITIVE|REF-LONG-1|DR|AF|T|Page \d+ of \d+)$/.test(l));
      expect(headings.has(lines[lines.length - 1]!), `page ${i + 1} ends with heading "${lines[lines.length - 1]}"`).toBe(false);
    });
    const structure = await readStructure(await renderPdf(model));
    expect(structure.outline.map((o) => o.title)).toEqual(['1. Summary of findings', '2. The complaint points']);
    expect(structure.outline[1]!.children).toHaveLength(60);
    expect(tags(structure.tree!).filter((t) => t === 'Table')).toHaveLength(1);
    // The repeated header rows are artifacts: the table has one header row of TH cells.
    expect(find(structure.tree!, 'TH')).toHaveLength(3);
  });
});
