// Fonts and text for the PDF: measuring words, choosing the face that has a character, and
// writing a laid-out line as glyph ids. Only the Liberation Sans faces shipped in assets/fonts
// (and DejaVu Sans for symbols) are used, embedded as subsets; no standard-14 font ever is.
// We write the text operators ourselves rather than through pdfkit's text(): pdfkit shapes and
// encodes every call afresh and wraps each in its own text object, which for a long report
// costs more than all the rest of the render. Measuring and drawing share the faces, so they
// live together here; where a line breaks is pdf-text.ts.
import type { Run } from '../../../shared/document/model.ts';
import { parsedFace, textMetrics } from './font-metrics.ts';
import type { FontFaces } from './fonts.ts';
import type { TextStyle } from './pdf-style.ts';
import { needsShaping, shapedWord, shapeWords, type ShapingFont } from './pdf-shaping.ts';
import { wrapRuns } from './pdf-text.ts';
import type { Coverage, FontKey, Line, Measure } from './pdf-text.ts';

/** Liberation Sans ascender + descender, per point of size: the height of a glyph box. */
export const GLYPH_BOX = 1.117;
/** Liberation Sans ascender in thousandths of the size: from the top of the box to the baseline. */
const ASCENDER = 905;

/** pdfkit's embedded subset font (internal): we write its glyph ids ourselves, as its text() does. */
interface EmbeddedFont extends ShapingFont {
  id: string;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(glyphId: number): number };
  ref(): unknown;
}

/** A number as PDF content wants it: plain decimal, at most three places. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** A text string as UTF-16BE hex with BOM, for ActualText. */
function utf16Hex(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += (0x10000 + text.charCodeAt(i)).toString(16).slice(1);
  return hex + '>';
}

export class Glyphs {
  readonly pdf: PDFKit.PDFDocument;
  /** pdfkit's name for each face. */
  readonly fonts: Record<FontKey, string>;

  constructor(pdf: PDFKit.PDFDocument, faces: FontFaces) {
    this.pdf = pdf;
    // Every face under its own name, the regular one too: the document's default font (pdf.ts)
    // is the same parsed font, which pdfkit finds by the face's name rather than opening it again.
    for (const key of ['regular', 'bold', 'italic', 'boldItalic', 'symbols'] as const) pdf.registerFont(key, parsedFace(faces[key]) as unknown as string);
    this.fonts = { regular: 'regular', bold: 'bold', italic: 'italic', boldItalic: 'boldItalic', symbols: 'symbols' };
    ({ measure: this.measure, coverage: this.coverage } = textMetrics(faces));
  }

  // --- measuring (font-metrics.ts) ---------------------------------------------------------

  readonly measure: Measure;
  readonly coverage: Coverage;

  /** `runs` broken into lines of `width` points, in `style` (whose bold or italic applies to every run). */
  wrap(runs: readonly Run[], style: TextStyle, width: number): Line[] {
    const styled = style.bold || style.italic ? runs.map((r) => ({ ...r, bold: r.bold || style.bold, italic: r.italic || style.italic })) : runs;
    return wrapRuns(styled, style.size, width, this.measure, this.coverage);
  }

  // --- drawing ---------------------------------------------------------------------------

  /**
   * The content operators of one line whose glyph boxes start at `top`: one text object, in
   * which after each segment's TJ the text position is where the next segment starts, so a
   * change of face is just a Tf. The text matrix flips y back, because pdfkit's pages draw
   * with y running down. Adds the faces it uses to the current page's resources.
   */
  textObject(line: Line, x: number, top: number, size: number): string {
    const fonts: Record<string, true> = {};
    let content = `BT\n1 0 0 -1 ${num(x)} ${num(top + (ASCENDER * size) / 1000)} Tm\n`;
    for (const seg of line.segments) {
      const font = this.embedded(seg.font);
      fonts[font.id] = true;
      content += `/${font.id} ${num(size)} Tf\n`;
      if (seg.actual !== undefined) content += `/Span <</ActualText ${utf16Hex(seg.actual)}>> BDC\n`;
      content += this.glyphRun(font, seg.text) + ' TJ\n';
      if (seg.actual !== undefined) content += 'EMC\n';
    }
    const page = (this.pdf as unknown as { page: { fonts: Record<string, unknown> } }).page;
    for (const id in fonts) if (page.fonts[id] == null) page.fonts[id] = this.embeddedById.get(id)!.ref();
    return content + 'ET';
  }

  readonly embeddedById = new Map<string, EmbeddedFont>();
  /** Each face's embedded font, asked of pdfkit once per document. */
  readonly embeddedByFace = new Map<FontKey, EmbeddedFont>();

  /**
   * pdfkit's embedded (subset) font for a face, which records the glyphs we use. Kept, not
   * asked of pdfkit per line: pdfkit files the regular face under its PostScript name only (it
   * is also the document's default font), so every pdf.font('regular') opened the face anew
   * (from its bytes, in the first document of a process) before finding it the same as the
   * default, and that was most of the time of rendering a long report.
   */
  embedded(key: FontKey): EmbeddedFont {
    let font = this.embeddedByFace.get(key);
    if (!font) {
      this.pdf.font(this.fonts[key]);
      font = (this.pdf as unknown as { _font: EmbeddedFont })._font;
      this.embeddedByFace.set(key, font);
      this.embeddedById.set(font.id, font);
      this.faceOf.set(font.id, key);
    }
    return font;
  }

  readonly faceOf = new Map<string, FontKey>();

  /** TJ operands for a word or line, cached per face and text (glyph ids are this document's subset's). */
  readonly runCache = new Map<string, Map<string, string>>();

  /**
   * Shapes together the words of a page's `lines` that need fontkit (pdf-shaping.ts), before
   * their text objects are written: one fontkit call per face rather than one per word. Most
   * lines need none: their words are put together from the faces' kerning table when drawn.
   */
  prepare(lines: readonly Line[]): void {
    // Each word once; a set keeps the order words first came in.
    const byFace = new Map<FontKey, Set<string>>();
    for (const line of lines) {
      for (const { font: face, text } of line.segments) {
        // The fallback face (DejaVu Sans) is shaped a word at a time, as it always was.
        if (face === 'symbols') continue;
        const font = this.embedded(face);
        if (!needsShaping(font, text)) continue;
        const cache = this.runCache.get(font.id);
        let words = byFace.get(face);
        if (!words) byFace.set(face, (words = new Set()));
        for (const chunk of chunksOf(text)) if (!cache?.has(chunk)) words.add(chunk);
      }
    }
    for (const [face, chunks] of byFace) shapeWords(this.embedded(face), face, chunks);
  }

  glyphRun(font: EmbeddedFont, text: string): string {
    let out = '[';
    let cache = this.runCache.get(font.id);
    if (!cache) this.runCache.set(font.id, (cache = new Map()));
    for (const chunk of chunksOf(text)) {
      let ops = cache.get(chunk);
      if (ops === undefined) {
        const run = shapedWord(font, this.faceOf.get(font.id)!, chunk);
        ops = '';
        let hex = '';
        for (let g = 0; g < run.glyphs.length; g++) {
          const glyph = run.glyphs[g]!;
          const pos = run.positions[g]!;
          const gid = font.subset.includeGlyph(glyph.id);
          if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
          if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
          hex += (0x10000 + gid).toString(16).slice(1);
          // Kerning: TJ numbers are thousandths of the size, subtracted from the advance.
          const kern = pos.xAdvance - pos.advanceWidth;
          if (Math.abs(kern) > 1e-6) {
            ops += `<${hex}> ${num(-kern)} `;
            hex = '';
          }
        }
        if (hex) ops += `<${hex}> `;
        cache.set(chunk, ops);
      }
      out += ops;
    }
    return out + ']';
  }
}

/** A text as pdfkit shapes (and caches) it: word by word, each word with its trailing space. */
function chunksOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}
