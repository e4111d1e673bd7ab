// "Not a name here": where the check stops on an ordinary use of a word ("the Green Lane
// office" when someone is called Green), the user may mark that one occurrence. A mark names
// the place (in the words the check reports it by), the word, which word of the text it is,
// and a hash of the whole text it was made on: when that text changes at all, the mark no
// longer applies and the check stops there again. A mark covers exactly one occurrence; there
// is no mark for a word everywhere, and no switch that turns the check off.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { NameOccurrence } from './matcher.ts';
import { wordsOf } from './words.ts';

export interface NotANameMark {
  /** The place, as the check names it: "point 2, analysis", "document D3, title". */
  place: string;
  /** The word or words as found: "Green". */
  word: string;
  /** Which word of the text it starts at (0 = the first). */
  wordIndex: number;
  /** textHash() of the whole text the mark was made on. */
  textHash: string;
}

/** SHA-256 of the text, in hex: what ties a mark to the text it was made on. */
export const textHash = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

const sameWords = (a: string, b: string) => wordsOf(a).map((w) => w.key).join(' ') === wordsOf(b).map((w) => w.key).join(' ');

/** The mark for one occurrence found in `text` at `place` (what the screens store when the user says "not a name here"). */
export function notANameMark(place: string, text: string, occurrence: Pick<NameOccurrence, 'found' | 'wordIndex'>): NotANameMark {
  return { place, word: occurrence.found, wordIndex: occurrence.wordIndex, textHash: textHash(text) };
}

/** A list of marks to check occurrences against, noting which of them were used. */
export class NotANameMarks {
  readonly #byPlace = new Map<string, NotANameMark[]>();
  readonly #used = new Set<NotANameMark>();
  readonly #hashes = new Map<string, string>();

  constructor(marks: readonly NotANameMark[] = []) {
    for (const m of marks) this.#byPlace.set(m.place, [...(this.#byPlace.get(m.place) ?? []), m]);
  }

  /** Whether a mark covers the occurrence of `found` at word `wordIndex` of `text` at `place`; a mark that does is noted as used. */
  covers(place: string, text: string, wordIndex: number, found: string): boolean {
    const candidates = this.#byPlace.get(place)?.filter((m) => m.wordIndex === wordIndex);
    if (!candidates?.length) return false;
    let hash = this.#hashes.get(text);
    if (hash === undefined) this.#hashes.set(text, (hash = textHash(text)));
    const mark = candidates.find((m) => m.textHash === hash && sameWords(m.word, found));
    if (mark) this.#used.add(mark);
    return Boolean(mark);
  }

  /** The marks that covered an occurrence, in the order given. */
  get used(): NotANameMark[] {
    return [...this.#byPlace.values()].flat().filter((m) => this.#used.has(m));
  }
}

/** `text` with the occurrence replaced by its label (a possessive keeps its ’s). */
export function replaceOccurrence(text: string, occurrence: Pick<NameOccurrence, 'replacement'>): string {
  const r = occurrence.replacement;
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}
