// The parts of fontkit (the font reader inside pdfkit, which ships no types of its own) that
// font-metrics.ts uses: reading a TrueType file, and a glyph's advance width.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }
  export interface Font {
    unitsPerEm: number;
    postscriptName: string;
    version: string;
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** A font from a file's bytes (a single-font file, as every face shipped in assets/fonts is). */
  export function create(buffer: Uint8Array): Font;
}
