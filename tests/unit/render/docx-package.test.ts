// The Word package zipped with Node's zlib (docx-package.ts) holds what docx's own Packer
// writes: the same parts, byte for byte, in the same order, each deflated, readable by any unzip.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx, partsCompiler, zipParts } from '../../../electron/core/render/docx-package.ts';

const documentOf = () =>
  new Document({
    title: 'A short report',
    creator: 'Impartial',
    sections: [{ children: [new Paragraph({ children: [new TextRun('Ms A complained on 3 March 2025 – “quoted”, £10 & <more>.')] })] }],
  });

/** A package's parts, by path in zip order, with core.xml's times (which docx sets to now) taken out. */
function partsOf(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data).replace(/<dcterms:(created|modified)[^>]*>[^<]*/g, '')]);
}

describe('packDocx', () => {
  it('writes the parts docx writes, in the same order', async () => {
    const ours = partsOf(await packDocx(documentOf()));
    const docx = partsOf(new Uint8Array(await Packer.toBuffer(documentOf())));
    expect(ours.map(([path]) => path)).toContain('word/document.xml');
    expect(ours).toEqual(docx);
  });

  it('finds the compiler of docx: without it (a later release of docx) documents are packed the slower way, by Packer', () => {
    expect(partsCompiler()).toBeDefined();
  });
});

describe('zipParts', () => {
  it('deflates every part and keeps their order, text as UTF-8', () => {
    const text = 'Ŵyn – “quoted” '.repeat(200);
    const bytes = zipParts(new Map<string, string | Uint8Array>([['b.xml', text], ['a.bin', new Uint8Array([0, 1, 2, 255])]]));
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['b.xml', 'a.bin']);
    expect(strFromU8(files['b.xml']!)).toBe(text);
    expect([...files['a.bin']!]).toEqual([0, 1, 2, 255]);
    // Deflated, not stored: the repeated text takes far less room than itself.
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 4);
  });
});
