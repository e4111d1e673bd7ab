// Fonts and text for the PDF: measuring words, choosing the face that has a character, and
// writing a laid-out line as glyph ids. Only the Liberation Sans faces shipped in assets/fonts
// (and DejaVu Sans for symbols) are used, embedded as subsets; no standard-14 font ever is.
// We write the text operators ourselves rather than through pdfkit's text(): pdfkit shapes and
// encodes every call afresh and wraps each in its own text object, which for a long report
// costs more than all the rest of the render. Measuring and drawing share the faces, so they
// live together here; where a line breaks is pdf-text.ts.
import { readFileSync } from 'node:fs';
import type { Run } from '../../../shared/document/model.ts';
import type { FontFaces } from './fonts.ts';
import type { TextStyle } from './pdf-style.ts';
import { wrapRuns } from './pdf-text.ts';
import type { FontKey, Line } from './pdf-text.ts';

/** Liberation Sans ascender + descender, per point of size: the height of a glyph box. */
export const GLYPH_BOX = 1.117;
/** Liberation Sans ascender in thousandths of the size: from the top of the box to the baseline. */
const ASCENDER = 905;

/** The parts of a fontkit font we use (pdfkit's fonts are fontkit fonts). */
interface FontkitFont {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}
/** pdfkit's embedded subset font (internal): we write its glyph ids ourselves, as its text() does. */
interface EmbeddedFont {
  id: string;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(glyphId: number): number };
  layoutRun(text: string): ShapedRun;
  ref(): unknown;
}

interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; advanceWidth: number }[];
}

/**
 * fontkit's shaping of each word (glyphs, kerning), kept across documents: it depends only on
 * the face and the text, and shaping a report's vocabulary afresh would cost more than the rest
 * of the render. Cleared when it grows large, so a long-running app does not hold every word.
 */
const shaped = new Map<string, ShapedRun>();
function shapedWord(font: EmbeddedFont, face: FontKey, text: string): ShapedRun {
  const key = face + '\u0000' + text;
  let run = shaped.get(key);
  if (!run) {
    if (shaped.size >= 200_000) shaped.clear();
    run = font.layoutRun(text);
    shaped.set(key, run);
  }
  return run;
}

/** A number as PDF content wants it: plain decimal, at most three places. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** A text string as UTF-16BE hex with BOM, for ActualText. */
function utf16Hex(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += (0x10000 + text.charCodeAt(i)).toString(16).slice(1);
  return hex + '>';
}

const fontCache = new Map<string, Buffer>();
const fontBytes = (path: string) => {
  let bytes = fontCache.get(path);
  if (!bytes) fontCache.set(path, (bytes = readFileSync(path)));
  return bytes;
};

/**
 * Each face's parsed fontkit font, kept across documents once a document has opened it: pdfkit
 * takes a fontkit font in place of the file (each document still makes its own subset), and
 * parsing the faces' tables afresh for every document was most of the time of a short one
 * (a preview renders one after every pause in typing).
 */
const parsedFonts = new Map<string, FontkitFont>();
/** What to give pdfkit for the face at `path`: its parsed font when one is kept, else its bytes. */
export function fontSource(path: string): FontkitFont | Buffer {
  return parsedFonts.get(path) ?? fontBytes(path);
}

export class Glyphs {
  readonly pdf: PDFKit.PDFDocument;
  /** pdfkit's name for each face. */
  readonly fonts: Record<FontKey, string>;

  constructor(pdf: PDFKit.PDFDocument, faces: FontFaces) {
    this.pdf = pdf;
    // Every face under its own name, the regular one too: the document's default font (pdf.ts)
    // is the same parsed font, which pdfkit finds by the face's name rather than opening it again.
    for (const key of ['regular', 'bold', 'italic', 'boldItalic', 'symbols'] as const) pdf.registerFont(key, fontSource(faces[key]) as unknown as string);
    this.fonts = { regular: 'regular', bold: 'bold', italic: 'italic', boldItalic: 'boldItalic', symbols: 'symbols' };
    this.paths = { regular: faces.regular, bold: faces.bold, italic: faces.italic, boldItalic: faces.boldItalic, symbols: faces.symbols };
  }

  /** Each face's file, by which its parsed font is kept. */
  readonly paths: Record<FontKey, string>;

  // --- measuring -------------------------------------------------------------------------

  /** Advance width of each character at 1 pt, per face. */
  readonly advances = new Map<FontKey, Map<number, number>>();

  /**
   * Width of `text` at 1 pt, from the characters' advance widths. Kerning is left out, so a
   * measured line is never narrower than the drawn one (which is kerned); fontkit's full
   * shaping of every word would cost most of the render time of a long report.
   */
  measure = (text: string, font: FontKey): number => {
    let table = this.advances.get(font);
    if (!table) this.advances.set(font, (table = new Map()));
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let a = table.get(cp);
      if (a === undefined) {
        const face = this.face(font);
        a = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
        table.set(cp, a);
      }
      w += a;
    }
    return w;
  };

  /** The fontkit font behind a face (pdfkit keeps it on its EmbeddedFont). */
  face(font: FontKey): FontkitFont {
    this.pdf.font(this.fonts[font]);
    const parsed = (this.pdf as unknown as { _font: { font: FontkitFont } })._font.font;
    if (!parsedFonts.has(this.paths[font])) parsedFonts.set(this.paths[font], parsed);
    return parsed;
  }

  readonly coverageCache = new Map<number, 'main' | 'symbols' | 'none'>();

  /** Which face has a glyph for a code point: Liberation Sans, else DejaVu Sans, else neither. */
  coverage = (codePoint: number): 'main' | 'symbols' | 'none' => {
    if (codePoint < 0x250) return 'main'; // Latin, Latin-1 and Extended A/B: all in Liberation Sans
    let cover = this.coverageCache.get(codePoint);
    if (cover === undefined) {
      cover = this.face('regular').hasGlyphForCodePoint(codePoint) ? 'main' : this.face('symbols').hasGlyphForCodePoint(codePoint) ? 'symbols' : 'none';
      this.coverageCache.set(codePoint, cover);
    }
    return cover;
  };

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

  /** pdfkit's embedded (subset) font for a face, which records the glyphs we use. */
  embedded(key: FontKey): EmbeddedFont {
    this.pdf.font(this.fonts[key]);
    const font = (this.pdf as unknown as { _font: EmbeddedFont })._font;
    this.embeddedById.set(font.id, font);
    this.faceOf.set(font.id, key);
    return font;
  }

  readonly faceOf = new Map<string, FontKey>();

  /** TJ operands for a word or line, cached per face and text (glyph ids are this document's subset's). */
  readonly runCache = new Map<string, Map<string, string>>();

  glyphRun(font: EmbeddedFont, text: string): string {
    let out = '[';
    // pdfkit shapes (and caches) text word by word, each word with its trailing space.
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text[i] !== ' ') continue;
      const chunk = text.slice(start, i + 1);
      start = i + 1;
      if (!chunk) continue;
      let cache = this.runCache.get(font.id);
      if (!cache) this.runCache.set(font.id, (cache = new Map()));
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
