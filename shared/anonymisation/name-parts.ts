// The parts of a person's name as the register records it: given names, surnames, the parts
// of a hyphenated or multi-word surname, the particles that join them, the initials, and the
// aliases. See index.ts for the rules this follows and why.
import { APOSTROPHES, foldWord } from './fold.ts';
import { wordsOf } from './words.ts';

export interface NameSource {
  id: string;
  name: string;
  label: string;
  aliases?: readonly string[];
  /** How a letter greets them ("Mrs Pryce-Jones"). */
  addressAs?: string | undefined;
}

export type PartKind = 'given' | 'surname' | 'alias';

export interface NamePart {
  /** As the register writes it: "Gwenllïan", "Rhys", "O'Brien". */
  written: string;
  /** foldWord(written). */
  key: string;
  kind: PartKind;
}

export interface PersonNameParts {
  personId: string;
  label: string;
  /** Given names as written, in order ("Gwenllïan", "Ŵyn"). */
  given: string[];
  /** Each surname as written: the whole ("ap Rhys", "Nowak-Wiśniewska") and, for a compound, each part. */
  surnames: string[];
  /** Every single word that names the person on its own: each given name, each surname and surname part (and its plural, "the Greens"), one-word aliases, joined forms ("OBrien", "Alhashimi"). */
  parts: NamePart[];
  /** Keys of the particles of this name ("ap", "van", "der", "o"): part of the name only before one of its parts. */
  particles: string[];
  /** Keys of the given names' initials ("r" for Rachel): part of the name only before a surname ("R. Green"). */
  initials: string[];
  /** Forms of more than one word that are matched as a whole: multi-word aliases ("Mrs Jones"), split prefixes ("Mc Donald", "O Brien"). */
  phrases: { written: string; keys: string[] }[];
}

/**
 * Titles people put before a name. Those that are also ordinary words (Miss, Sister, Master,
 * Lord...) count as a title only when written with a capital: "we miss green fields" is not
 * "Miss Green".
 */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'revd', 'rev', 'cllr', 'fr', 'sr', 'mstr', 'messrs', 'hon']);
export const CAPITALISED_TITLES = new Set(['miss', 'master', 'doctor', 'professor', 'sir', 'dame', 'lady', 'lord', 'reverend', 'father', 'sister', 'brother', 'councillor', 'judge']);
/** Titles taken off the front of a name in the register ("Dr Helen Price"). */
const REGISTER_TITLES = new Set([...TITLES, 'miss', 'doctor', 'professor', 'sir', 'dame', 'reverend', 'councillor']);

/**
 * Particles: words that join a surname and are no name on their own. "van der Berg" is the
 * surname; "Berg" alone names the person; "van" or "der" alone never does.
 */
export const PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'dei', 'des', 'du', 'la', 'le', 'lo', 'van', 'von', 'der', 'den', 'ter', 'ten', 'te', 'op', 'zu', 'y',
  'ap', 'ab', 'ferch', 'verch', 'o', 'ni', 'nic', 'ui', 'mac', 'mc', 'bin', 'bint', 'ibn', 'ben', 'bat', 'al', 'el', 'ul', 'abd',
]);

// Prefixes written joined to a surname that people also write apart: "McDonald"/"Mc Donald", "O'Brien"/"O Brien".
const SPLIT_PREFIX = new RegExp(`^(?:M[Aa]?[Cc]|O[${APOSTROPHES}]?|[Dd][${APOSTROPHES}]|Fitz)(?=\\p{Lu}\\p{Ll})`, 'u');

function cleanName(name: string): string[] {
  return name.normalize('NFC').replace(/[()"“”«»[\]{}]/g, ' ').trim().split(/\s+/).filter(Boolean);
}

const isTitle = (word: string) => REGISTER_TITLES.has(foldWord(word.replace(/\.$/, '')));
const isParticle = (word: string) => PARTICLES.has(foldWord(word));
const hasLower = (s: string) => /\p{Ll}/u.test(s);
const isAllCapsWord = (s: string) => !hasLower(s) && (s.match(/\p{L}/gu)?.length ?? 0) >= 2;

/** Given names and surname words of a name, surname first when written "GREEN, Rachel", "Green, Rachel" or "GREEN Rachel". */
function splitName(name: string): { given: string[]; surname: string[] } {
  const comma = name.indexOf(',');
  if (comma > 0) {
    const surname = cleanName(name.slice(0, comma));
    const given = cleanName(name.slice(comma + 1)).filter((w) => !isTitle(w));
    return { given, surname };
  }
  const words = cleanName(name);
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  // "GREEN Rachel": the words written in capitals are the surname, the others the given names.
  const caps = words.filter(isAllCapsWord);
  if (caps.length && caps.length < words.length && words.some((w) => hasLower(w))) {
    return { given: words.filter((w) => !isAllCapsWord(w)), surname: caps };
  }
  if (words.length === 1) return { given: words, surname: [] };
  // The last word, with the particles before it ("van der Berg", "ap Rhys", "Ó Briain").
  let first = words.length - 1;
  while (first > 1 && isParticle(words[first - 1]!)) first--;
  return { given: words.slice(0, first), surname: words.slice(first) };
}

/** Every name part, particle, initial and phrase of one person. */
export function namePartsOf(person: NameSource, labels: ReadonlySet<string> = new Set()): PersonNameParts {
  const parts: NamePart[] = [];
  const particles = new Set<string>();
  const initials = new Set<string>();
  const phrases: PersonNameParts['phrases'] = [];
  const seen = new Set<string>();
  const addPart = (written: string, kind: PartKind) => {
    const key = foldWord(written);
    if (key.length < 2 || TITLES.has(key) || seen.has(key)) return;
    seen.add(key);
    parts.push({ written, key, kind });
  };
  const addPhrase = (written: string) => {
    const keys = wordsOf(written).map((w) => w.key);
    if (keys.length > 1 && !phrases.some((p) => p.keys.join(' ') === keys.join(' '))) phrases.push({ written, keys });
  };

  const { given, surname } = splitName(person.name);
  const surnames: string[] = [];
  for (const [i, word] of given.entries()) {
    // "Maria de los Angeles": a particle among the given names joins them; "Al Smith" is called Al.
    if (i > 0 && isParticle(word)) continue;
    for (const piece of word.split(/[-‐‑]/).filter(Boolean)) {
      const w = piece.replace(/\.$/, '');
      if (foldWord(w).length === 1) initials.add(foldWord(w));
      else {
        addPart(w, 'given');
        initials.add(foldWord(w).charAt(0));
      }
    }
  }
  if (surname.length) surnames.push(surname.join(' '));
  const core: string[] = [];
  for (const word of surname) {
    if (isParticle(word) && word !== surname[surname.length - 1]) {
      particles.add(foldWord(word));
      continue;
    }
    const pieces = word.split(/[-‐‑]/).filter(Boolean);
    if (pieces.length > 1) surnames.push(...pieces.filter((p) => !isParticle(p)));
    for (const piece of pieces) {
      if (isParticle(piece) && pieces.length > 1) {
        particles.add(foldWord(piece));
        continue;
      }
      addPart(piece, 'surname');
      core.push(piece);
      const prefix = SPLIT_PREFIX.exec(piece);
      if (prefix) addPhrase(`${prefix[0]} ${piece.slice(prefix[0].length)}`);
    }
    // "al-Hashimi" is also written "Alhashimi"; "Ó Briain" also "O'Briain" (one key: "obriain").
    if (pieces.length > 1 && pieces.some(isParticle)) addPart(pieces.join(''), 'surname');
  }
  const surnameParticles = surname.filter((w, i) => i < surname.length - 1 && isParticle(w));
  if (surnameParticles.length && core.length) addPart([...surnameParticles, ...core].join(''), 'surname');
  // A family by its surname: "the Greens", "the Okafors", "the Joneses".
  for (const piece of core) addPart(/(?:s|x|z|ch|sh)$/i.test(piece) ? `${piece}es` : `${piece}s`, 'surname');

  for (const alias of person.aliases ?? []) {
    const text = alias.normalize('NFC').trim();
    const keys = wordsOf(text).map((w) => w.key);
    if (!keys.length || labels.has(keys.join(' '))) continue;
    if (keys.length === 1) addPart(wordsOf(text)[0]!.text, 'alias');
    else addPhrase(text);
  }
  // The form of address of a letter ("Mrs Pryce-Jones") may carry a surname the name does not
  // (a married name): each of its words after the title names the person too.
  const addressAs = cleanName(person.addressAs ?? '');
  while (addressAs.length && isTitle(addressAs[0]!)) addressAs.shift();
  for (const word of addressAs) {
    for (const piece of word.split(/[-‐‑]/).filter(Boolean)) if (!isParticle(piece)) addPart(piece.replace(/\.$/, ''), 'surname');
  }
  return {
    personId: person.id,
    label: person.label,
    given: given.filter((w, i) => i === 0 || !isParticle(w)),
    surnames,
    parts,
    particles: [...particles],
    initials: [...initials],
    phrases,
  };
}
