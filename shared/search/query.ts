// What a user may type in the search box and after `impartial search`, read into terms
// (docs/search.md). Nothing a user types is ever handed to SQLite's FTS5 query language as
// syntax: each term becomes a quoted string (electron/core/search/query.ts), so quotes,
// stars, colons, parentheses, NEAR, AND, OR and NOT are words or separators, never operators.
//
// The rules, all of them:
// - words: every word must appear in the same field or page, in any order;
// - "a quoted phrase": those words next to each other, in that order (an unclosed quote runs
//   to the end of the query);
// - a word ending in * (outside quotes) also matches longer words starting with it: safeguard*;
// - case, accents and word endings are ignored ("interviewed" finds "interview");
// - anything that is not a letter or a digit separates words, so "e-mail" is the phrase "e mail".

/** One thing the results must contain. `words` are the words as typed, in order. */
export interface QueryTerm {
  words: string[];
  /** The words must be next to each other, in order (a quoted phrase, or a word with punctuation inside such as "e-mail"). */
  phrase: boolean;
  /** The last word may be the start of a longer word (typed with a trailing *). */
  prefix: boolean;
}

/** What counts as part of a word: what SQLite's unicode61 tokenizer keeps (letters, digits, marks, private use). */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** The terms of a query; none when it has no word at all (it then matches nothing). */
export function parseSearchQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // Alternate outside / inside quotes; the straight quote and the typographic ones all count.
  const pieces = query.normalize('NFC').split(/["\u201c\u201d\u201e]/);
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) {
      const words = wordsOf(piece);
      if (words.length > 0) terms.push({ words, phrase: true, prefix: false });
      return;
    }
    for (const chunk of piece.split(/\s+/)) {
      const words = wordsOf(chunk);
      if (words.length === 0) continue;
      const prefix = /[\p{L}\p{N}\p{M}\p{Co}]\*+$/u.test(chunk);
      terms.push({ words, phrase: words.length > 1, prefix });
    }
  });
  return terms;
}

/** The terms as the user would read them back: safeguard*, "missed visit". */
export function describeQuery(terms: readonly QueryTerm[]): string {
  return terms.map((t) => {
    const text = t.words.join(' ');
    return `${t.phrase ? `"${text}"` : text}${t.prefix ? '*' : ''}`;
  }).join(' ');
}
