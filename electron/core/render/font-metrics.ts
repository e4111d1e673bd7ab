// The shipped faces read once per process (with fontkit, the font reader pdfkit itself uses),
// and what both renderers measure text with: each character's advance width, and which face
// has a glyph for it. The PDF hands these same parsed fonts to pdfkit to embed; the Word
// document sizes its table columns by the same measure, and so loads no PDF library.
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import type { FontFaces } from './fonts.ts';
import type { Coverage, FontKey, Measure } from './pdf-text.ts';

const parsed = new Map<string, Font>();

/**
 * The face at `path`, parsed once and kept: parsing the faces' tables afresh for every
 * document was most of the time of a short one (a preview renders one after every pause in
 * typing). Each PDF still makes its own subset of it.
 */
export function parsedFace(path: string): Font {
  let font = parsed.get(path);
  if (!font) {
    parsed.set(path, (font = create(readFileSync(path))));
    // fontkit makes each glyph once and keeps the characters it was first made for: .notdef
    // made first for an invisible character would be hidden in every later run, and shaping
    // words together (pdf-shaping.ts) needs its separators, which are .notdef, left as they are.
    font.glyphForCodePoint(0xffff);
  }
  return font;
}

export interface TextMetrics {
  /**
   * Width of `text` at 1 pt, from the characters' advance widths. Kerning is left out, so a
   * measured line is never narrower than the drawn one (which is kerned); shaping every word
   * to measure it would cost most of the render time of a long report.
   */
  measure: Measure;
  /** Which face has a glyph for a code point: Liberation Sans, else DejaVu Sans, else neither. */
  coverage: Coverage;
}

const kept = new Map<string, TextMetrics>();

/** The measure of `faces`, kept per set of faces (the advances it has looked up with it). */
export function textMetrics(faces: FontFaces): TextMetrics {
  const key = Object.values(faces).join('\u0000');
  let metrics = kept.get(key);
  if (!metrics) kept.set(key, (metrics = metricsOf(faces)));
  return metrics;
}

function metricsOf(faces: FontFaces): TextMetrics {
  /**
   * Advance width of each character at 1 pt, per face: an array indexed by UTF-16 unit for the
   * Basic Multilingual Plane (NaN until looked up), a map beyond it. Every character of a long
   * report is measured, most more than once (a table's cells for their column and their lines),
   * and a map lookup per character was a good part of laying it out.
   */
  const advances = new Map<FontKey, { basic: Float64Array; astral: Map<number, number> }>();
  const advanceOf = (key: FontKey, cp: number): number => {
    const face = parsedFace(faces[key]);
    return face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
  };
  const measure: Measure = (text, key) => {
    let table = advances.get(key);
    if (!table) advances.set(key, (table = { basic: new Float64Array(0x10000).fill(NaN), astral: new Map() }));
    const { basic, astral } = table;
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      // A lead surrogate and what follows it are one character (or, unpaired, the surrogate alone).
      const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
      if (cp > 0xffff) {
        i++;
        let a = astral.get(cp);
        if (a === undefined) astral.set(cp, (a = advanceOf(key, cp)));
        w += a;
        continue;
      }
      let a = basic[cp]!;
      if (Number.isNaN(a)) basic[cp] = a = advanceOf(key, cp); // not looked up yet
      w += a;
    }
    return w;
  };
  const covered = new Map<number, 'main' | 'symbols' | 'none'>();
  const coverage: Coverage = (codePoint) => {
    if (codePoint < 0x250) return 'main'; // Latin, Latin-1 and Extended A/B: all in Liberation Sans
    let cover = covered.get(codePoint);
    if (cover === undefined) {
      cover = parsedFace(faces.regular).hasGlyphForCodePoint(codePoint) ? 'main' : parsedFace(faces.symbols).hasGlyphForCodePoint(codePoint) ? 'symbols' : 'none';
      covered.set(codePoint, cover);
    }
    return cover;
  };
  return { measure, coverage };
}
