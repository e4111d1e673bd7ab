// The search box's syntax (shared/search/query.ts) and what it becomes for FTS5
// (electron/core/search/query.ts): every term a quoted string, so nothing typed is an operator.
import fc from 'fast-check';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { ftsExpression, snippetParts } from '../../../electron/core/search/query.ts';
import { describeQuery, parseSearchQuery } from '../../../shared/search/index.ts';

describe('parseSearchQuery', () => {
  it('reads words, quoted phrases, prefixes, and punctuation inside a word as a phrase', () => {
    expect(parseSearchQuery('missed  visit')).toEqual([{ words: ['missed'], phrase: false, prefix: false }, { words: ['visit'], phrase: false, prefix: false }]);
    expect(parseSearchQuery('"missed visit" care')).toEqual([{ words: ['missed', 'visit'], phrase: true, prefix: false }, { words: ['care'], phrase: false, prefix: false }]);
    expect(parseSearchQuery('“curly quotes”')).toEqual([{ words: ['curly', 'quotes'], phrase: true, prefix: false }]);
    expect(parseSearchQuery('safeguard*')).toEqual([{ words: ['safeguard'], phrase: false, prefix: true }]);
    expect(parseSearchQuery('e-mail 12/03/2024')).toEqual([{ words: ['e', 'mail'], phrase: true, prefix: false }, { words: ['12', '03', '2024'], phrase: true, prefix: false }]);
    expect(parseSearchQuery('"unclosed phrase')).toEqual([{ words: ['unclosed', 'phrase'], phrase: true, prefix: false }]);
    expect(parseSearchQuery('Zoë café')).toEqual([{ words: ['Zoë'], phrase: false, prefix: false }, { words: ['café'], phrase: false, prefix: false }]);
  });

  it('finds no words in punctuation alone, so such a query matches nothing', () => {
    for (const q of ['', '   ', '"', '*', '()', ':', '"" **', '-^+']) expect(parseSearchQuery(q)).toEqual([]);
  });

  it('keeps NEAR, AND, OR and NOT as words', () => {
    expect(parseSearchQuery('NEAR(a b) OR NOT c').map((t) => t.words)).toEqual([['NEAR', 'a'], ['b'], ['OR'], ['NOT'], ['c']]);
    expect(describeQuery(parseSearchQuery('"missed visit" safeguard* e-mail'))).toBe('"missed visit" safeguard* "e mail"');
  });
});

describe('the FTS5 expression', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')");
  db.prepare('INSERT INTO t (text) VALUES (?)').run('NEAR the OR gate: the missed visit (again) AND not the café');
  const match = (q: string) => {
    const terms = parseSearchQuery(q);
    return terms.length === 0 ? 0 : (db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck().get(ftsExpression(terms)) as number);
  };

  it('quotes every term and joins them with AND', () => {
    expect(ftsExpression(parseSearchQuery('"missed visit" safe*'))).toBe('"missed visit" AND "safe"*');
  });

  it('matches what the rules say, accents and word endings folded', () => {
    expect(match('"missed visit"')).toBe(1);
    expect(match('"visit missed"')).toBe(0);
    expect(match('visits cafe')).toBe(1);
    expect(match('mis*')).toBe(1);
    expect(match('NEAR OR gate')).toBe(1);
    expect(match('xylophone OR visit')).toBe(0);
  });

  it('never fails on anything typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), (q) => {
      match(q);
    }), { numRuns: 1000 });
  });
});

describe('snippetParts', () => {
  it('marks the matches with brackets and in parts, on one line', () => {
    expect(snippetParts('the \u0002missed\u0003\n\u0002visit\u0003 again')).toEqual({
      snippet: 'the [missed] [visit] again',
      parts: [{ text: 'the ', match: false }, { text: 'missed', match: true }, { text: ' ', match: false }, { text: 'visit', match: true }, { text: ' again', match: false }],
    });
  });
});
