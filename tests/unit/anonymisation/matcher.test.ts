// What the screens get as the user types (findNames): each occurrence with its offsets, the
// person, the form found and the label to write instead, as a one-step replacement that keeps
// a possessive; whole words only; labels never; and the check never off.
import { beforeAll, describe, expect, it } from 'vitest';
import { findNames, nameMatcher, NO_ORDINARY_WORDS, replaceOccurrence, type OrdinaryWords } from '../../../shared/anonymisation/index.ts';
import { nameSet, ordinaryWords } from './name-set.ts';

let words: OrdinaryWords;
beforeAll(async () => {
  words = await ordinaryWords();
});
const people = nameSet.people;
const find = (text: string) => findNames(text, people, words);

describe('findNames', () => {
  it('gives each occurrence with its offsets, person, form found and label', () => {
    const text = 'We met Ms Green and Okafor.';
    expect(find(text)).toEqual([
      { start: 7, end: 15, found: 'Ms Green', personId: 'rg', personIds: ['rg', 'rose'], label: 'Ms A', replacement: { start: 7, end: 15, text: 'Ms A' }, wordIndex: 2 },
      { start: 20, end: 26, found: 'Okafor', personId: 'ok', personIds: ['ok'], label: 'TM1', replacement: { start: 20, end: 26, text: 'TM1' }, wordIndex: 5 },
    ]);
    expect(text.slice(7, 15)).toBe('Ms Green');
  });

  it('replaces in one step, keeping a possessive after the label', () => {
    const fix = (text: string) => find(text).reverse().reduce(replaceOccurrence, text);
    expect(fix("Okafor's note and Okafor’s reply")).toBe("TM1's note and TM1’s reply");
    expect(fix("James' report was late.")).toBe("SW5's report was late.");
    expect(fix('We asked Rose Green; GREEN, Rachel agreed.')).toBe('We asked Child Rose; Ms A agreed.');
    // A label that starts in lower case opens a sentence with a capital.
    const advocate = [{ id: 'a', name: 'Grace Whitfield', label: 'the advocate' }];
    expect(findNames('Whitfield said so. I asked Whitfield.', advocate, words).map((o) => o.replacement.text)).toEqual(['The advocate', 'the advocate']);
  });

  it('names the person a shared surname is most likely to be, and everyone it could be', () => {
    expect(find('Rose Green').map((o) => [o.personId, o.personIds])).toEqual([['rose', ['rose']]]);
    expect(find('Rachel Green').map((o) => [o.personId, o.personIds])).toEqual([['rg', ['rg']]]);
    expect(find('Ms Green').map((o) => o.personIds)).toEqual([['rg', 'rose']]);
    expect(find('Jones').map((o) => o.personIds)).toEqual([['pj', 'oj']]);
  });

  it('finds the surname of a form of address that the name does not hold (a married name)', () => {
    const mother = [{ id: 'm', name: 'Sarah Jones', label: 'Ms A', addressAs: 'Mrs Pryce-Smith' }];
    expect(findNames('Mrs Pryce-Smith called; Smith said the review was late.', mother, words).map((o) => o.found)).toEqual(['Mrs Pryce-Smith', 'Smith']);
  });

  it('matches whole words only: the alias "Ow" never inside "owing" or "below"', () => {
    expect(find('The amount owing is below the limit; Owen, Owens and Ow.').map((o) => o.found)).toEqual(['Owen', 'Ow']);
    expect(find('Tomorrow, Markets, Greenwich, Hopeful, Willow, Mayor, Bishopsgate, Priceless, Rhysian, Okaforish')).toEqual([]);
  });

  it('finds text typed in decomposed form (combining marks) as well as composed', () => {
    const nfd = 'Ade\u0301ba\u0301yo\u0323\u0300 said';
    expect(find(nfd).map((o) => o.found)).toEqual(['Ade\u0301ba\u0301yo\u0323\u0300']);
  });

  it('never counts the words of a label inside it, and never a particle or a title alone', () => {
    expect(find('Child Rose said that Young Person B and Mr W met.')).toEqual([]);
    expect(find('Child Rose Green')).toEqual([expect.objectContaining({ found: 'Green' })]);
    expect(find('van der de la al bin ap Ms Mr Dr')).toEqual([]);
  });

  it('without the word list, every part counts wherever it appears: stricter, never off', () => {
    const strict = nameMatcher(people, NO_ORDINARY_WORDS);
    expect(strict.find('the grass was green; we will mark the price').map((o) => o.found)).toEqual(['green', 'will mark', 'price']);
    expect(nameMatcher(people).find('the bishop').map((o) => o.found)).toEqual(['bishop']);
  });

  it('in a file name, neighbouring parts count in any case', () => {
    const m = nameMatcher(people, words);
    expect(m.find('rose green io report', { anyCase: true }).map((o) => o.found)).toEqual(['rose green']);
    expect(m.find('rose green io report').map((o) => o.found)).toEqual([]);
  });

  it('gives each occurrence the index of its first word, for "not a name here" marks', () => {
    expect(find('One two Ms Green three Rachel').map((o) => o.wordIndex)).toEqual([2, 5]);
  });
});
