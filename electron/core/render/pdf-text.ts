// Line breaking for the PDF renderer: styled runs -> lines of same-style segments that fit a width.
// pdfkit can wrap text itself, but not a paragraph whose runs change font mid-line while we also
// decide page breaks (widows, headings kept with what follows) and tag each page's part of a
// paragraph separately, so the PDF renderer lays out lines here and draws them one by one.
// Characters Liberation Sans lacks go to a fallback face ('symbols'); a character neither face has
// is drawn as U+FFFD and carries its real text as ActualText, so copying and screen readers still
// get what the user typed.
import type { Run } from '../../../shared/document/model.ts';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'symbols';

export const fontKey = (run: Pick<Run, 'bold' | 'italic'>): FontKey =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';

export interface Segment {
  text: string;
  font: FontKey;
  /** Width in points at the size the lines were laid out for. */
  width: number;
  /** The text this segment stands for, when it draws replacement glyphs. */
  actual?: string;
}

export interface Line {
  segments: Segment[];
  width: number;
}

/** Width of `text` in `font` at 1 pt. */
export type Measure = (text: string, font: FontKey) => number;

/** Which face can draw a code point: the styled face, the fallback, or neither. */
export type Coverage = (codePoint: number) => 'main' | 'symbols' | 'none';

interface Part {
  text: string;
  font: FontKey;
  actual?: string;
}

/** A word: never broken across lines unless it is wider than the line. */
interface Word {
  parts: Part[];
  /** The font of the space before it, if any. */
  spaceFont?: FontKey;
}

const REPLACEMENT = '\uFFFD';

function splitByCoverage(text: string, font: FontKey, coverage: Coverage): Part[] {
  // Most words are plain Latin: one part, with no per-character work beyond the scan.
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x250) {
      simple = false;
      break;
    }
  }
  if (simple) return [{ text, font }];
  const parts: Part[] = [];
  for (const ch of text) {
    const cover = coverage(ch.codePointAt(0)!);
    const part: Part = cover === 'main' ? { text: ch, font } : cover === 'symbols' ? { text: ch, font: 'symbols' } : { text: REPLACEMENT, font: 'symbols', actual: ch };
    const last = parts[parts.length - 1];
    if (last && last.font === part.font && (last.actual === undefined) === (part.actual === undefined)) {
      last.text += part.text;
      if (part.actual !== undefined) last.actual += part.actual;
    } else parts.push(part);
  }
  return parts;
}

// Where a line may break: white space, except the no-break spaces (U+00A0, U+2007, U+202F),
// which JavaScript's \s also matches but which exist to hold their neighbours together
// ("CV4\u00A00EH", "12\u00A0March"). They stay inside the word and are drawn as spaces.
const BREAKING_SPACE = /([^\S\u00A0\u2007\u202F]+)/;
const ALL_BREAKING_SPACE = /^[^\S\u00A0\u2007\u202F]+$/;

/** Every face is taken to have every character (where no fallback face is used). */
const ALL_MAIN: Coverage = () => 'main';

/**
 * The words of each run list, kept while the runs are: a table's cells are read for their
 * column widths (textWidths) and again for their lines (wrapRuns). Words are never changed.
 */
const wordsKept = new WeakMap<Coverage, WeakMap<readonly Run[], Word[]>>();

function words(runs: readonly Run[], coverage: Coverage): Word[] {
  let kept = wordsKept.get(coverage);
  if (!kept) wordsKept.set(coverage, (kept = new WeakMap()));
  let found = kept.get(runs);
  if (!found) kept.set(runs, (found = wordsOf(runs, coverage)));
  return found;
}

function wordsOf(runs: readonly Run[], coverage: Coverage): Word[] {
  const out: Word[] = [];
  let spaceFont: FontKey | undefined;
  let joinNext = false;
  for (const run of runs) {
    const font = fontKey(run);
    // Line breaks inside a run are treated as spaces: the model's text is plain prose. A run
    // that must stay on one line (a date in a table) is one word, its spaces drawn as spaces.
    const pieces = run.noWrap ? noWrapPieces(run.text) : run.text.split(BREAKING_SPACE);
    for (const piece of pieces) {
      if (!piece) continue;
      if (ALL_BREAKING_SPACE.test(piece)) {
        spaceFont = font;
        joinNext = false;
        continue;
      }
      const parts = splitByCoverage(piece, font, coverage);
      const last = out[out.length - 1];
      // A run boundary inside a word ("**bold**ly") keeps the word whole.
      if (last && joinNext && spaceFont === undefined) last.parts.push(...parts);
      else out.push(spaceFont && out.length ? { parts, spaceFont } : { parts });
      spaceFont = undefined;
      joinNext = true;
    }
  }
  return out;
}

/** A no-wrap run as pieces: its spaces kept inside one word, with any space at either end left breakable. */
function noWrapPieces(text: string): string[] {
  const inner = text.trim().replace(/[^\S\u00A0\u2007\u202F]+/g, ' ');
  const lead = text.length - text.trimStart().length ? ' ' : '';
  const trail = text.length - text.trimEnd().length && inner ? ' ' : '';
  return [lead, inner, trail];
}

/**
 * The widths a column of a table needs for `runs` at `size` points: the widest word (or
 * no-wrap run), which no narrower column can hold without breaking it, and the whole text on
 * one line. Words are found as wrapRuns finds them, so a table is sized by the rule its
 * cells are broken by.
 */
export function textWidths(runs: readonly Run[], size: number, measure: Measure, coverage: Coverage = ALL_MAIN): { widest: number; oneLine: number } {
  let widest = 0;
  let oneLine = 0;
  for (const word of words(runs, coverage)) {
    const w = word.parts.reduce((a, p) => a + measure(p.text, p.font), 0) * size;
    widest = Math.max(widest, w);
    oneLine += w + (word.spaceFont && oneLine > 0 ? measure(' ', word.spaceFont) * size : 0);
  }
  return { widest, oneLine };
}

/** Wraps `runs` at `size` points into lines no wider than `maxWidth` (ragged right, as GOV.UK advises). */
export function wrapRuns(runs: readonly Run[], size: number, maxWidth: number, measure: Measure, coverage: Coverage = ALL_MAIN): Line[] {
  const lines: Line[] = [];
  let segments: Segment[] = [];
  let width = 0;

  const push = (part: Part, w: number) => {
    const last = segments[segments.length - 1];
    if (last && last.font === part.font && last.actual === undefined && part.actual === undefined) {
      last.text += part.text;
      last.width += w;
    } else segments.push(part.actual === undefined ? { text: part.text, font: part.font, width: w } : { text: part.text, font: part.font, width: w, actual: part.actual });
    width += w;
  };
  const endLine = () => {
    lines.push({ segments, width });
    segments = [];
    width = 0;
  };

  for (const word of words(runs, coverage)) {
    const widths = word.parts.map((p) => measure(p.text, p.font) * size);
    const w = widths.reduce((a, b) => a + b, 0);
    const spaceW = word.spaceFont ? measure(' ', word.spaceFont) * size : 0;
    if (segments.length && width + spaceW + w > maxWidth) {
      // The space the line breaks at is kept, unmeasured, at the end of the line: invisible on
      // the page, but text extraction and screen readers would otherwise join the two words.
      if (word.spaceFont) segments[segments.length - 1]!.text += ' ';
      endLine();
    }
    if (w > maxWidth) {
      // Only a word longer than a whole line (a URL, a reference) is broken, character by character.
      for (const part of word.parts) {
        const pieces: Part[] = part.actual === undefined ? Array.from(part.text, (ch) => ({ text: ch, font: part.font })) : [part];
        for (const piece of pieces) {
          const cw = measure(piece.text, piece.font) * size;
          if (segments.length && width + cw > maxWidth) endLine();
          push(piece, cw);
        }
      }
      continue;
    }
    if (segments.length && word.spaceFont) push({ text: ' ', font: word.spaceFont }, spaceW);
    word.parts.forEach((part, i) => push(part, widths[i]!));
  }
  if (segments.length || lines.length === 0) endLine();
  return lines;
}
