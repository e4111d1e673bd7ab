// One comparable form of a word, so that every way people write a name meets in one key:
// any case, with or without diacritics, with any apostrophe or none. "Ŵyn", "Wyn" and "WYN"
// are all "wyn"; "O'Brien", "O’Brien", "OʼBrien" and "OBrien" are all "obrien"; "Łukasz" is
// "lukasz". NFD takes the accents off most letters, but some letters are letters of their own
// and do not decompose (ł, ø, đ, ß, æ...): they are mapped by hand to what an English
// keyboard writes instead.

/** Every character people type as an apostrophe: straight, curly, modifier letter, reversed, backtick, acute. */
export const APOSTROPHES = "'’ʼ‘`´′";
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, 'gu');

const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't', ŋ: 'ng', ƒ: 'f', ĸ: 'k',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');
const MARKS = /\p{M}+/gu;
const PLAIN = /^[a-z0-9]*$/;

/** The key a word is compared by: lower case, no diacritics, no apostrophes. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words of an English document are plain ASCII: skip the Unicode work for them.
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c] ?? c)
    .replace(APOSTROPHE, '')
    .normalize('NFC');
}
