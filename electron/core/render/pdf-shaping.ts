// Shaping the PDF's words with fontkit (the glyphs of a word, its ligatures and kerning), kept
// across documents: a word's shape depends only on the face and its text.
//
// fontkit sets up a shaping plan afresh for every call (the script's features, the lookups
// they name, an iterator per lookup), which costs far more than shaping a short word. A long
// report has thousands of distinct words: shaped one call each, that was a quarter of
// rendering it in a fresh process. So words are shaped together (those of a page, before its
// text is written: Glyphs.prepare), one call per face and script, joined by a
// separator, and the result is cut back into words. It must be what each word shaped alone
// would give, so only words that cannot tell the difference are shaped together:
//   - the script is fontkit's own choice for the word alone (it detects one per call, from the
//     first character that has one, and it changes the features: digits alone get no GPOS
//     kerning but the legacy kern table's), so words are grouped by it, and only words made of
//     characters whose script is known here (Latin and the common punctuation around it) are
//     grouped at all; any other word is shaped on its own, as before;
//   - the mark positioning features (mark, mkmk) are left out: they move only combining marks,
//     which no grouped word has, and reading their tables was most of the time of shaping the
//     first words of a face;
//   - nothing may reach across the separator, a character the fonts lack (so glyph 0, .notdef,
//     which no grouped word has: a word with a character its face lacks is shaped alone). A
//     ligature with it would change the number of separators, and kerning with it would move
//     a word's last glyph or the separator itself: each is checked, and a word where it
//     happened is shaped alone. No grouped word has a combining mark to attach across it, and
//     the faces grouped (Liberation Sans) have no contextual substitutions that could look
//     across it, for Latin or for no script.
//
// In the shipped Liberation Sans faces not even that call is needed for most words: a word of
// the characters scripts/font-kerning.ts has proved simple in a face (each its own glyph, only
// pair kerning) is put together from their glyphs and its pairs' kerning (font-kerning.ts).
// fontkit shapes the rest, grouped as above.
// tests/unit/render/pdf-shaping.test.ts compares both with each word shaped alone, in every
// face, for every word of the sample and large cases' reports, every grouped character alone
// and beside letters, and every run of kerned pairs.
import { FACE_KERNING } from './font-kerning.ts';

/** The parts of a fontkit glyph run we use. */
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontkitPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface FontkitRun {
  glyphs: FontkitGlyph[];
  positions: FontkitPosition[];
}

/** pdfkit's embedded font, as shaping needs it: its fontkit font, its scale, and its own shaping of one text. */
export interface ShapingFont {
  scale: number;
  font: {
    layout(text: string, features?: Record<string, boolean>, script?: string): FontkitRun;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    postscriptName: string;
    version: string;
  };
  layoutRun(text: string): ShapedRun;
}

/** A word shaped as pdfkit's layoutRun gives it: positions in thousandths of the size, with each glyph's own advance. */
export interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; advanceWidth: number }[];
}

/** Each face's words shaped, by text. */
const shaped = new Map<string, Map<string, ShapedRun>>();
/** Cleared when it grows large, so a long-running app does not hold every word it has drawn. */
const MOST_KEPT = 200_000;
let kept = 0;

function wordsOf(face: string): Map<string, ShapedRun> {
  let words = shaped.get(face);
  if (!words) shaped.set(face, (words = new Map()));
  return words;
}

function keep(words: Map<string, ShapedRun>, text: string, run: ShapedRun): void {
  if (kept >= MOST_KEPT) {
    for (const w of shaped.values()) w.clear();
    kept = 0;
  }
  words.set(text, run);
  kept += 1;
}

/** `text` shaped in `font` (named `face`): from the table, from the words kept, or shaped now on its own. */
export function shapedWord(font: ShapingFont, face: string, text: string): ShapedRun {
  const table = tableFor(font, text);
  // (Cheap enough to make again than to keep: the caller keeps what it draws for a document.)
  if (table) return fromTable(font, table.kerning, table.script, text);
  const words = wordsOf(face);
  let run = words.get(text);
  if (!run) {
    run = font.layoutRun(text);
    keep(words, text, run);
  }
  return run;
}

/** Whether some word of `text` needs fontkit in `font`: one the table does not cover. */
export function needsShaping(font: ShapingFont, text: string): boolean {
  return tableFor(font, text) === undefined;
}

/** The table that puts `text` together in `font`, and the script it is read in, when it covers every character. */
function tableFor(font: ShapingFont, text: string): { kerning: Kerning; script: 'latn' | 'zzzz' } | undefined {
  const kerning = kerningOf(font);
  const script = kerning && madeOf(text, kerning.chars) ? plainScript(text) : undefined;
  return script && kerning ? { kerning, script } : undefined;
}

/**
 * The script fontkit would detect for `text` ('latn', or 'zzzz' when no character has a
 * script), when every character is one whose script is known here; undefined otherwise.
 * Latin letters: A-Z, a-z, ª, º and U+00C0-U+024F but for × and ÷. Common: the rest of
 * ASCII and of U+00A0-U+00BF, ×, ÷, and the punctuation U+2010-U+2027 and U+2030-U+205E.
 * The soft hyphen, the bidirectional controls and the invisible spaces are left out.
 */
export function plainScript(text: string): 'latn' | 'zzzz' | undefined {
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin = true;
    else if (!((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xbf && c !== 0xad) || c === 0xd7 || c === 0xf7 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e))) return undefined;
  }
  return latin ? 'latn' : 'zzzz';
}

const SEPARATOR = '\uFFFF';

/** The features words are shaped with: fontkit's defaults but mark positioning (see above). */
export const SHAPING_FEATURES: Readonly<Record<string, boolean>> = { mark: false, mkmk: false };

/** One face's table, as scripts/font-kerning.ts writes it (font-kerning.ts). */
export interface FaceKerning {
  file: string;
  sha256: string;
  postscriptName: string;
  version: string;
  /** The characters a word may be made of to be put together from the table. */
  chars: string;
  /** Per script, the change in advance (font units) of the first character of a pair, by the pair. */
  kerning: Record<'latn' | 'zzzz', Record<string, number>>;
}

/** A face's table ready to look up: its characters, and each script's kerning by the pair's two UTF-16 units. */
interface Kerning {
  chars: Set<number>;
  pairs: Record<'latn' | 'zzzz', Map<number, number>>;
}

const kerningOfFont = new WeakMap<object, Kerning | null>();

/** The table for `font`, when it is the very face (name and version) the table was made from. */
function kerningOf(font: ShapingFont): Kerning | undefined {
  let found = kerningOfFont.get(font.font);
  if (found === undefined) {
    const table = FACE_KERNING.find((t) => t.postscriptName === font.font.postscriptName && t.version === font.font.version);
    const pairs = (record: Record<string, number>) => new Map(Object.entries(record).map(([pair, kern]) => [(pair.charCodeAt(0) << 16) | pair.charCodeAt(1), kern]));
    found = table ? { chars: new Set(Array.from(table.chars, (ch) => ch.charCodeAt(0))), pairs: { latn: pairs(table.kerning.latn), zzzz: pairs(table.kerning.zzzz) } } : null;
    kerningOfFont.set(font.font, found);
  }
  return found ?? undefined;
}

/** `text` put together from its glyphs and the kerning of its pairs, as pdfkit's layoutRun would scale it. */
function fromTable(font: ShapingFont, kerning: Kerning, script: 'latn' | 'zzzz', text: string): ShapedRun {
  const pairs = kerning.pairs[script];
  const run: ShapedRun = { glyphs: [], positions: [] };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const glyph = font.font.glyphForCodePoint(c);
    const kern = i + 1 < text.length ? (pairs.get((c << 16) | text.charCodeAt(i + 1)) ?? 0) : 0;
    run.glyphs.push(glyph);
    run.positions.push({ xAdvance: (glyph.advanceWidth + kern) * font.scale, advanceWidth: glyph.advanceWidth * font.scale });
  }
  return run;
}

function madeOf(text: string, chars: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) if (!chars.has(text.charCodeAt(i))) return false;
  return true;
}

/** Per font, whether it has a glyph for each code point asked about. */
const mapped = new WeakMap<object, Map<number, boolean>>();
function allMapped(font: ShapingFont, text: string): boolean {
  let known = mapped.get(font.font);
  if (!known) mapped.set(font.font, (known = new Map()));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let has = known.get(c);
    if (has === undefined) known.set(c, (has = font.font.hasGlyphForCodePoint(c)));
    if (!has) return false;
  }
  return true;
}

/**
 * Shapes together the words of `texts` not yet kept, in `font` (named `face`), and keeps them;
 * a word that could not be shaped with the others is left to be shaped alone when drawn, and
 * one the table covers is left to be put together when drawn.
 */
export function shapeWords(font: ShapingFont, face: string, texts: Iterable<string>): void {
  const groups = { latn: new Set<string>(), zzzz: new Set<string>() };
  const known = wordsOf(face);
  for (const text of texts) {
    if (known.has(text) || tableFor(font, text)) continue;
    const script = plainScript(text);
    if (script && allMapped(font, text)) groups[script].add(text);
  }
  for (const script of ['latn', 'zzzz'] as const) {
    const words = [...groups[script]];
    // (Even one word: shaped alone, with the mark features, it would read their tables.)
    if (!words.length) continue;
    // (fontkit writes the features it applied into the object given: a fresh one each time.)
    const run = font.font.layout(words.join(SEPARATOR), { ...SHAPING_FEATURES }, script);
    keepCut(run, words, font.scale, face);
  }
}

/** Cuts the run of `words` joined by separators into each word's run, keeping those nothing reached across. */
function keepCut(run: FontkitRun, words: readonly string[], scale: number, face: string): void {
  const { glyphs, positions } = run;
  // (A glyph's codePoints are those it was first made for, shared by every run: its id tells.)
  const isSeparator = (g: number) => glyphs[g]!.id === 0;
  const untouched = (g: number) => {
    const p = positions[g]!;
    return p.xAdvance === glyphs[g]!.advanceWidth && p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0;
  };
  let separators = 0;
  for (let g = 0; g < glyphs.length; g++) if (isSeparator(g)) separators++;
  // A ligature took a separator in: where each word ends cannot be told, so none is kept.
  if (separators !== words.length - 1) return;
  let g = 0;
  for (const word of words) {
    const start = g;
    while (g < glyphs.length && !isSeparator(g)) g++;
    const end = g;
    // Kerning with a separator moves the glyph before it (the word's last), or the separator
    // itself (kerned with what follows it): the separators on both sides must be as they were.
    const clean = end > start && untouched(end - 1) && (start === 0 || untouched(start - 1)) && (end === glyphs.length || untouched(end));
    g++;
    if (!clean) continue;
    const out: ShapedRun = { glyphs: [], positions: [] };
    for (let k = start; k < end; k++) {
      const glyph = glyphs[k]!;
      const p = positions[k]!;
      out.glyphs.push(glyph);
      // As pdfkit's layoutRun scales them.
      out.positions.push({ xAdvance: p.xAdvance * scale, yAdvance: p.yAdvance * scale, xOffset: p.xOffset * scale, yOffset: p.yOffset * scale, advanceWidth: glyph.advanceWidth * scale } as ShapedRun['positions'][number]);
    }
    keep(wordsOf(face), word, out);
  }
}
