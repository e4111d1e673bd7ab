// The words of a text, with where each stands: what the name matcher walks over. A word is a
// run of letters, marks and digits, with apostrophes inside it ("O'Brien", "d’Arcy"); a
// hyphen, a space or any other punctuation ends it, so "Pryce-Jones" is two words and the
// matcher puts them back together. A possessive is noted and left out of the word ("Okafor's"
// is "Okafor" with an 's), so a replacement keeps it after the label.
import { APOSTROPHES, foldWord } from './fold.ts';

export interface Word {
  /** The word as written, without a possessive. */
  text: string;
  /** Where `text` starts and ends in the whole text. */
  start: number;
  end: number;
  /** The end including a possessive ("Okafor’s", "James'"). */
  fullEnd: number;
  /** foldWord(text): how it is compared. */
  key: string;
  /** "s": written with ’s; "apostrophe": a bare apostrophe after an s ("James'"). */
  possessive?: 's' | 'apostrophe';
}

const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{M}\\p{N}]+)*[${APOSTROPHES}]?`, 'gu');
const APOSTROPHE_S = new RegExp(`[${APOSTROPHES}][sS]$`, 'u');
const ENDS_IN_APOSTROPHE = new RegExp(`[${APOSTROPHES}]$`, 'u');

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    let base = raw;
    let possessive: Word['possessive'];
    if (ENDS_IN_APOSTROPHE.test(raw)) {
      base = raw.slice(0, -1);
      // "James' room" is a possessive; "'said Rose'" ends in a closing quote.
      if (/[sSzZxX]$/.test(base)) possessive = 'apostrophe';
      if (!base) continue;
    } else if (raw.length > 2 && APOSTROPHE_S.test(raw)) {
      base = raw.slice(0, -2);
      possessive = 's';
    }
    const fullEnd = possessive ? start + raw.length : start + base.length;
    out.push({ text: base, start, end: start + base.length, fullEnd, key: foldWord(base), ...(possessive ? { possessive } : {}) });
  }
  return out;
}

const WORD_SCAN = new RegExp(WORD.source, 'gu');

/** Whether any word of `text` has one of `keys`: a quick look before the full one, which most texts of a report never need. */
export function hasWordIn(text: string, keys: ReadonlySet<string>): boolean {
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m; m = WORD_SCAN.exec(text)) {
    let w = m[0];
    if (ENDS_IN_APOSTROPHE.test(w)) w = w.slice(0, -1);
    else if (w.length > 2 && APOSTROPHE_S.test(w)) w = w.slice(0, -2);
    if (keys.has(foldWord(w))) return true;
  }
  return false;
}

/** How many words `text` has: the index the next word would have. */
export const countWords = (text: string): number => wordsOf(text).length;

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Written with a capital first letter ("Green", "GREEN", "Ŵyn"). */
export const isCapitalised = (w: Word): boolean => UPPER.test(w.text);
/** Written all in capitals, two letters or more ("GREEN"): the surname convention of formal records. */
export const isAllCaps = (w: Word): boolean => w.text.length >= 2 && !LOWER.test(w.text) && LETTER.test(w.text);

// Words after which a full stop does not end a sentence ("Dr. Green", "R. Green", "St. Mark's").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'revd', 'rev', 'fr', 'st', 'sr', 'jr', 'cllr', 'no', 'vs', 'v', 'cf', 'eg', 'ie', 'approx', 'ref', 'para', 'p', 'pp', 'ch', 'sgt', 'insp', 'det', 'supt', 'capt', 'lt', 'col', 'gen', 'hon', 'mt']);
const ENDS_SENTENCE = /[.!?…:]/;
const NEW_BLOCK = /\n[ \t]*\n|\n[ \t]*[-–•*][ \t]/;

/** The text between word i and the word before it (or the start of the text). */
export function gapBefore(text: string, words: readonly Word[], i: number): string {
  return text.slice(i > 0 ? words[i - 1]!.fullEnd : 0, words[i]!.start);
}

/**
 * Whether word i starts a sentence: the first word of the text, of a paragraph or bullet, or
 * after . ! ? … or a colon ("Point 2: Rose was…" reads as the start of what the user wrote).
 * A full stop after a title, an initial or a common abbreviation does not end a sentence.
 */
export function startsSentence(text: string, words: readonly Word[], i: number): boolean {
  if (i === 0) return true;
  const gap = gapBefore(text, words, i);
  if (NEW_BLOCK.test(gap)) return true;
  const stop = ENDS_SENTENCE.exec(gap);
  if (!stop) return false;
  if (stop[0] === '.' && stop.index === 0) {
    const before = words[i - 1]!;
    if (before.text.length === 1 || ABBREVIATIONS.has(before.key)) return false;
  }
  return true;
}

const SENTENCE_EDGE = /[.!?…:\n]/;

/** Whether the sentence around word i has no lower-case letter at all (a heading or text in capitals). */
export function inCapitalsSentence(text: string, word: Word): boolean {
  let from = word.start;
  while (from > 0 && !SENTENCE_EDGE.test(text[from - 1]!)) from--;
  let to = word.fullEnd;
  while (to < text.length && !SENTENCE_EDGE.test(text[to]!)) to++;
  const sentence = text.slice(from, to);
  return !LOWER.test(sentence) && (sentence.match(/\p{L}+/gu)?.length ?? 0) >= 2;
}
