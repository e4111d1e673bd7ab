// Words shaped together (pdf-shaping.ts) must come out exactly as each word shaped alone by
// pdfkit and fontkit: the same glyphs, advances and kerning, in every face the PDF groups.
// The words are every word of the sample case's five documents and of the large case's IO
// report, each with and without its trailing space (a line's last word has none), and words
// picked to tempt kerning and ligatures (digits, "AV", "To", quotes, "fi", accented letters),
// every character that is grouped at all, alone and between letters, and every kerned pair of
// the faces' table (font-kerning.ts) alone, in a word and followed by every pair it chains with.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FACE_KERNING } from '../../../electron/core/render/font-kerning.ts';
import { fontFaces } from '../../../electron/core/render/fonts.ts';
import { Glyphs } from '../../../electron/core/render/pdf-glyphs.ts';
import { plainScript, shapedWord, shapeWords, type ShapedRun, type ShapingFont } from '../../../electron/core/render/pdf-shaping.ts';
import { loadTemplates } from '../../../electron/core/documents/templates.ts';
import { documentKinds } from '../../../shared/case-model/documents.ts';
import type { DocumentModel, Run } from '../../../shared/document/model.ts';
import { buildDocument } from '../../../shared/documents/index.ts';
import { parseCaseJson } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';

const parsed = parseCaseJson(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8'), 'sample-case.json');
if (!parsed.ok) throw new Error('sample case does not parse');
const models = (data: CaseData, kinds: readonly (typeof documentKinds)[number][]): DocumentModel[] =>
  kinds.map((kind) => buildDocument(kind, data, { named: false, draft: false, templates: loadTemplates(data.authority.name), today: '2024-06-03' }));

function textsOf(model: DocumentModel): string[] {
  const out = [model.title];
  const runs = (rs: readonly Run[]) => out.push(...rs.map((r) => r.text));
  for (const b of model.blocks) {
    if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'paragraph') runs(b.runs);
    else if (b.kind === 'list') b.items.forEach(runs);
    else if (b.kind === 'table') {
      out.push(...b.columns.map((c) => c.title));
      b.rows.forEach((row) => row.forEach(runs));
    }
  }
  return out;
}

const TEMPTING = [
  'AV', 'To ', 'Yo', 'WAVE ', 'T.', 'L’Oréal ', '“Quoted” ', '‘single’', 'fi ', 'ffl', 'office', '11 ', '1/1', '2024–2025 ', '(16 ', '£1,100.00 ',
  '×2', '½', 'ª', 'Łódź ', 'Œuvre', 'Ŵyn ', 'Ỳ', 'café', 'naïve ', 'A.', 'P.', 'Y,', '…', '—', '•', '‰', '″', 'r.', 'f)', 'v.',
];

const corpus = (() => {
  const chunks = new Set<string>(TEMPTING);
  // Every character that words are grouped with, alone and beside letters (a mark would attach to the letter before it).
  for (let c = 0x20; c < 0x2100; c++) {
    const ch = String.fromCharCode(c);
    if (plainScript(ch) !== undefined) for (const word of [ch, `a${ch}`, `${ch}a `, `A${ch}V`]) chunks.add(word);
  }
  // Each kerned pair alone, inside a word, and in a run of pairs: "AVA" kerns A-V and V-A.
  for (const { kerning } of FACE_KERNING) {
    for (const script of ['latn', 'zzzz'] as const) {
      const pairs = Object.keys(kerning[script]);
      for (const pair of pairs) {
        for (const word of [pair, `${pair} `, `a${pair}a`]) chunks.add(word);
        for (const next of pairs) if (next[0] === pair[1]) chunks.add(pair + next[1]!);
      }
    }
  }
  const texts = [...models(parsed.value, documentKinds), ...models(generateLargeCase(), ['io-report'])].flatMap(textsOf);
  for (const text of texts) {
    for (const chunk of text.split(/(?<= )/)) {
      chunks.add(chunk);
      if (chunk.trimEnd()) chunks.add(chunk.trimEnd());
    }
  }
  return [...chunks];
})();

const glyphs = new Glyphs(new PDFDocument({ autoFirstPage: false, font: fontFaces().regular }), fontFaces());
const plain = (run: ShapedRun) => run.glyphs.map((g, i) => [g.id, run.positions[i]!.xAdvance, run.positions[i]!.advanceWidth]);

describe('shaping words together', () => {
  it.each(['regular', 'bold', 'italic', 'boldItalic'] as const)('gives every word in %s the shape it has alone', (face) => {
    const font = glyphs.embedded(face) as unknown as ShapingFont;
    // A face name of the test's own, so nothing kept from elsewhere answers for the grouped shaping.
    const name = `test-${face}`;
    shapeWords(font, name, corpus);
    const alone = font.layoutRun.bind(font);
    let shapedAlone = 0;
    font.layoutRun = (text) => {
      shapedAlone += 1;
      return alone(text);
    };
    for (const word of corpus) expect(plain(shapedWord(font, name, word)), JSON.stringify(word)).toEqual(plain(alone(word)));
    font.layoutRun = alone;
    // Almost every word was shaped in the groups (so the comparison above is of them); those
    // shaped alone have a character the face lacks.
    expect(corpus.length).toBeGreaterThan(5000);
    expect(shapedAlone).toBeLessThan(corpus.length / 20);
  });

  it('puts words together from a table made from the very fonts shipped', () => {
    const faces = fontFaces();
    for (const key of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const table = FACE_KERNING.find((t) => faces[key].endsWith(`/${t.file}`));
      // A changed font needs the table made again: node scripts/font-kerning.ts
      expect(table?.sha256, `${key}: scripts/font-kerning.ts has not been run on ${faces[key]}`).toBe(createHash('sha256').update(readFileSync(faces[key])).digest('hex'));
      // and it is found for the face pdfkit embeds, so the comparison above is of the table's words.
      const { font } = glyphs.embedded(key) as unknown as ShapingFont;
      expect([font.postscriptName, font.version]).toEqual([table!.postscriptName, table!.version]);
      expect(table!.chars.length).toBeGreaterThan(500);
    }
  });

  it('groups a word by the script fontkit would find for it alone', async () => {
    // fontkit takes the script from unicode-properties (its dependency, untyped): the first character with one.
    const fontkitsOwn = 'unicode-properties';
    const { getScript } = (await import(fontkitsOwn)) as { getScript(codePoint: number): string };
    for (let c = 0x20; c < 0x2100; c++) {
      const script = plainScript(String.fromCharCode(c));
      if (script === undefined) continue;
      expect([c, getScript(c)]).toEqual([c, script === 'latn' ? 'Latin' : 'Common']);
    }
    expect(plainScript('2024 ')).toBe('zzzz');
    expect(plainScript('(a) ')).toBe('latn');
    expect(plainScript('Ωmega')).toBeUndefined();
  });
});
