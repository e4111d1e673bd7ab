// Finds people's names in a text: every part of every name, in every way it is written, with
// the rules for parts that are also ordinary words (index.ts sets them out). Built once for a
// list of people and used for many texts: one pass over the words of each text, with a map
// lookup per word, so a 200-page report is checked in milliseconds and a field as it is typed.
import { CAPITALISED_TITLES, namePartsOf, TITLES, type NameSource, type PartKind, type PersonNameParts } from './name-parts.ts';
import { NO_ORDINARY_WORDS, type OrdinaryWords } from './ordinary-words.ts';
import { gapBefore, hasWordIn, inCapitalsSentence, isAllCaps, isCapitalised, startsSentence, wordsOf, type Word } from './words.ts';

export interface NameOccurrence {
  /** The name as written, a title included ("Ms Green", "Pryce-Jones", "GREEN, Rachel"); a possessive ’s is not. */
  start: number;
  end: number;
  found: string;
  /** The person it names; when it could be several (a surname a family shares), the first of them in the register. */
  personId: string;
  /** Everyone it could name. */
  personIds: string[];
  /** That person's label: what to write instead. */
  label: string;
  /** The one-step replacement: the range to replace and the text to put there ("Okafor’s" -> "TM1’s", "James' " -> "Child A's "). */
  replacement: { start: number; end: number; text: string };
  /** The index of its first word among the words of the text (how a "not a name here" mark finds it again). */
  wordIndex: number;
}

export interface FindOptions {
  /** Capitals tell nothing here (a file name): neighbouring parts of one name count in any case ("rose-green"). */
  anyCase?: boolean;
}

export interface NameMatcher {
  readonly people: readonly PersonNameParts[];
  /** Every name in `text`, in order. */
  find(text: string, options?: FindOptions): NameOccurrence[];
}

type Role = { role: 'part'; kind: PartKind } | { role: 'particle' } | { role: 'initial' };

/** Neighbouring words that may be one person's name; `named` when written as a name (index.ts says when). */
interface Segment {
  first: Unit;
  last: Unit;
  persons: number[];
  named: boolean;
  /** "person key" of each part in it. */
  keys: string[];
}

interface Unit {
  first: number;
  last: number;
  roles: Map<number, Role>;
  ordinary: boolean;
  everyday: boolean;
}

const MONTHS_AND_SEASONS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'spring', 'summer', 'autumn', 'winter',
]);
// Words that put a month or a season into a date: "in May", "since March", "mid-June", "until August".
const DATE_LEADS = new Set(['in', 'during', 'since', 'until', 'till', 'from', 'through', 'throughout', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'every', 'each', 'before', 'after', 'between', 'of', 'the', 'a']);
const RANGE_WORDS = new Set(['to', 'and', 'or', 'until', 'till']);
// "Rose said", "Hope told me": an everyday word that opens a sentence and is followed by one of these is someone speaking.
const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'reported', 'reports', 'asked', 'asks', 'confirmed', 'confirms',
  'recalled', 'recalls', 'remembered', 'wrote', 'writes', 'emailed', 'phoned', 'telephoned', 'rang', 'texted', 'agreed', 'agrees', 'disagreed',
  'denied', 'denies', 'felt', 'feels', 'thought', 'thinks', 'believed', 'believes', 'attended', 'complained', 'complains', 'replied', 'replies',
  'described', 'describes', 'added', 'accepted', 'accepts', 'alleged', 'alleges', 'claimed', 'claims', 'wanted', 'wants', 'spoke', 'speaks',
  'visited', 'visits', 'met', 'cried', 'shouted', 'insisted', 'insists', 'admitted', 'admits', 'disclosed', 'discloses',
]);
const AUXILIARIES = new Set([
  'was', 'is', 'had', 'has', 'did', 'does', 'would', 'could', 'should', 'will', 'can', 'might', 'must', 'shall',
  'wasnt', 'isnt', 'hadnt', 'hasnt', 'didnt', 'doesnt', 'wouldnt', 'couldnt', 'wont', 'cant', 'also', 'then', 'never', 'often', 'later',
]);
const JOINS = /^(?:[ \t]*\n?[ \t]*|[-‐‑])$/;
const AFTER_INITIAL = /^\.?[ \t]*\n?[ \t]*$/;
const SURNAME_FIRST = /^,[ \t]*\n?[ \t]*$/;
const AFTER_TITLE = /^\.?[ \t]*\n?[ \t]*$/;
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function nameMatcher(sources: readonly NameSource[], ordinaryWords: OrdinaryWords = NO_ORDINARY_WORDS): NameMatcher {
  const labelKeys = sources.map((p) => wordsOf(p.label.normalize('NFC')).map((w) => w.key)).filter((k) => k.length);
  const labelSet = new Set(labelKeys.map((k) => k.join(' ')));
  const people = sources.map((p) => namePartsOf(p, labelSet));

  // Labels: "Child Rose", "Young Person B", "Ms A". Their words never count inside them.
  const labels = new Map<string, string[][]>();
  for (const keys of labelKeys) labels.set(keys[0]!, [...(labels.get(keys[0]!) ?? []), keys]);
  for (const list of labels.values()) list.sort((a, b) => b.length - a.length);

  const index = new Map<string, Map<number, Role>>();
  const add = (key: string, person: number, role: Role) => {
    let roles = index.get(key);
    if (!roles) index.set(key, (roles = new Map()));
    const had = roles.get(person);
    // A part beats a particle or an initial ("Van Morrison" is called Van).
    if (!had || (had.role !== 'part' && role.role === 'part')) roles.set(person, role);
  };
  const phrases = new Map<string, { person: number; keys: string[] }[]>();
  people.forEach((p, person) => {
    for (const part of p.parts) add(part.key, person, { role: 'part', kind: part.kind });
    for (const key of p.particles) add(key, person, { role: 'particle' });
    for (const key of p.initials) add(key, person, { role: 'initial' });
    for (const phrase of p.phrases) phrases.set(phrase.keys[0]!, [...(phrases.get(phrase.keys[0]!) ?? []), { person, keys: phrase.keys }]);
  });
  for (const list of phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  // A text can name someone only if it has one of these words: a part, or the last word of a phrase.
  const telling = new Set<string>();
  for (const [key, roles] of index) if ([...roles.values()].some((r) => r.role === 'part')) telling.add(key);
  for (const list of phrases.values()) for (const p of list) telling.add(p.keys[p.keys.length - 1]!);

  // The plural of an ordinary word is one too ("Mills", "Greens"), as lists do not always hold it.
  const singular = (key: string) => (key.endsWith('es') ? [key.slice(0, -1), key.slice(0, -2)] : key.endsWith('s') ? [key.slice(0, -1)] : []);
  const isOrdinary = (key: string) => ordinaryWords.isOrdinary(key) || MONTHS_AND_SEASONS.has(key) || singular(key).some((k) => ordinaryWords.isOrdinary(k));
  const isEveryday = (key: string) => ordinaryWords.isEveryday(key) || MONTHS_AND_SEASONS.has(key) || singular(key).some((k) => ordinaryWords.isEveryday(k));

  function find(text: string, options: FindOptions = {}): NameOccurrence[] {
    if (!hasWordIn(text, telling)) return [];
    const words = wordsOf(text);
    const joined = (i: number, n: number) => {
      for (let k = 1; k < n; k++) {
        if (!JOINS.test(gapBefore(text, words, i + k)) || words[i + k - 1]!.possessive) return false;
      }
      return true;
    };
    const sequenceAt = (i: number, keys: readonly string[]) => keys.every((key, k) => words[i + k]?.key === key) && joined(i, keys.length);

    // A label's last word may begin someone's name instead: "Mr Ó Briain" is not the label "Mr O" and then "Briain".
    const beginsName = (i: number) => {
      const roles = index.get(words[i]!.key);
      const next = words[i + 1] && index.get(words[i + 1]!.key);
      if (!roles || !next || !JOINS.test(gapBefore(text, words, i + 1))) return false;
      return [...roles].some(([person, r]) => r.role !== 'part' && next.get(person)?.role === 'part');
    };
    const excluded = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const found = labels.get(words[i]!.key)?.find((keys) => sequenceAt(i, keys) && !beginsName(i + keys.length - 1));
      if (found) excluded.fill(1, i, i + found.length);
    }

    const isTitleWord = (i: number) => {
      const w = words[i];
      if (!w || excluded[i]) return false;
      return TITLES.has(w.key) || (CAPITALISED_TITLES.has(w.key) && isCapitalised(w));
    };

    const units: Unit[] = [];
    for (let i = 0; i < words.length; i++) {
      if (excluded[i]) continue;
      const w = words[i]!;
      const phrase = phrases.get(w.key)?.filter((p) => sequenceAt(i, p.keys));
      if (phrase?.length) {
        const n = phrase[0]!.keys.length;
        const roles = new Map<number, Role>(phrase.filter((p) => p.keys.length === n).map((p) => [p.person, { role: 'part', kind: 'alias' } as Role]));
        const keys = phrase[0]!.keys;
        units.push({ first: i, last: i + n - 1, roles, ordinary: keys.every(isOrdinary), everyday: keys.every(isEveryday) });
        i += n - 1;
        continue;
      }
      const roles = index.get(w.key);
      if (!roles) continue;
      // An initial is a capital letter on its own ("R. Green"), never the article "a".
      const usable = new Map([...roles].filter(([, r]) => r.role !== 'initial' || (w.text.length === 1 && isCapitalised(w))));
      if (usable.size) units.push({ first: i, last: i, roles: usable, ordinary: isOrdinary(w.key), everyday: isEveryday(w.key) });
    }
    if (!units.length) return [];

    // Neighbouring units of one person make one name: "Rachel Green", "Pryce-Jones", "van der Berg", "R. Green", "Green, Rachel".
    const joinable = (a: Unit, b: Unit, person: number) => {
      if (b.first !== a.last + 1) return false;
      const gap = gapBefore(text, words, b.first);
      if (words[a.last]!.possessive) return false;
      const ra = a.roles.get(person)!;
      const rb = b.roles.get(person)!;
      if (JOINS.test(gap)) return true;
      if (ra.role === 'initial') return AFTER_INITIAL.test(gap);
      return SURNAME_FIRST.test(gap) && ra.role === 'part' && ra.kind === 'surname' && rb.role === 'part' && rb.kind === 'given';
    };
    const candidates: Segment[] = [];
    let g = 0;
    while (g < units.length) {
      let persons = [...units[g]!.roles.keys()];
      let end = g + 1;
      while (end < units.length) {
        const next = units[end]!;
        const common = persons.filter((p) => next.roles.has(p) && joinable(units[end - 1]!, next, p));
        if (!common.length) break;
        persons = common;
        end++;
      }
      persons.sort((a, b) => a - b);
      candidates.push(...segments(units.slice(g, end), persons));
      g = end;
    }
    // A word already written as someone's name in this text is their name again where it opens
    // a sentence: "Hope Price was moved. Hope was not consulted." Only the same word counts, so
    // "Rachel said… Green spaces…" does not make "Green" a name.
    const named = new Set(candidates.filter((c) => c.named).flatMap((c) => c.keys));
    return candidates
      .filter((c) => c.named || c.keys.some((k) => named.has(k)))
      .map((c) => occurrence(c.first, c.last, c.persons));

    function isDate(i: number): boolean {
      const before = words[i - 1];
      const after = words[i + 1];
      if (before && DAY_OR_YEAR.test(before.text) && /^\s+$/.test(gapBefore(text, words, i))) return true;
      if (after && DAY_OR_YEAR.test(after.text) && /^,?\s+$/.test(gapBefore(text, words, i + 1))) return true;
      if (before && DATE_LEADS.has(before.key)) return true;
      if (before && /^\s*[-‐‑]\s*$/.test(gapBefore(text, words, i)) && before.key === 'mid') return true;
      // "April to May", "May–June", "March and May"
      const month = (w: Word | undefined) => Boolean(w && MONTHS_AND_SEASONS.has(w.key) && isCapitalised(w));
      if (month(after) && /^\s*[-‐‑–—/]\s*$/.test(gapBefore(text, words, i + 1))) return true;
      if (month(before) && /^\s*[-‐‑–—/]\s*$/.test(gapBefore(text, words, i))) return true;
      if (after && RANGE_WORDS.has(after.key) && month(words[i + 2])) return true;
      if (before && RANGE_WORDS.has(before.key) && month(words[i - 2])) return true;
      return false;
    }

    function strength(u: Unit, person: number): 'strong' | 'capital' | 'connector' | 'none' {
      const role = u.roles.get(person)!;
      if (role.role !== 'part') return 'connector';
      if (!u.ordinary) return 'strong';
      const w = words[u.first]!;
      if (isTitleWord(u.first - 1) && AFTER_TITLE.test(gapBefore(text, words, u.first))) return 'strong';
      if (MONTHS_AND_SEASONS.has(w.key) && isDate(u.first)) return 'none';
      if (!isCapitalised(w)) return options.anyCase ? 'capital' : 'none';
      if (inCapitalsSentence(text, w)) return 'capital';
      if (isAllCaps(w)) return 'strong';
      if (!startsSentence(text, words, u.first)) return 'strong';
      if (!u.everyday) return 'strong';
      if (u.last - u.first + 1 === words.length) return 'strong';
      if (words[u.last]!.possessive) return 'strong';
      const next = words[u.last + 1];
      if (next && !isCapitalised(next) && /^[ \t]+$/.test(gapBefore(text, words, u.last + 1))) {
        if (SPEECH_VERBS.has(next.key)) return 'strong';
        // "Rose was upset", "May had not been told": a given name is likelier than the word as the subject of a report's sentence.
        if (role.kind !== 'surname' && AUXILIARIES.has(next.key)) return 'strong';
      }
      return 'capital';
    }

    function segments(group: Unit[], persons: number[]): Segment[] {
      const person = persons[0]!;
      const out: Segment[] = [];
      let run: { unit: Unit; strength: ReturnType<typeof strength> }[] = [];
      const flush = () => {
        while (run.length && run[run.length - 1]!.strength === 'connector') run.pop();
        const parts = run.filter((r) => r.strength !== 'connector');
        if (parts.length) {
          out.push({
            first: run[0]!.unit, last: run[run.length - 1]!.unit, persons,
            named: parts.some((r) => r.strength === 'strong') || parts.length >= 2,
            keys: parts.flatMap((r) => persons.map((p) => `${p} ${words.slice(r.unit.first, r.unit.last + 1).map((w) => w.key).join(' ')}`)),
          });
        }
        run = [];
      };
      for (const unit of group) {
        const s = strength(unit, person);
        if (s === 'none') flush();
        else run.push({ unit, strength: s });
      }
      flush();
      return out;
    }

    function occurrence(first: Unit, last: Unit, persons: number[]): NameOccurrence {
      const titled = isTitleWord(first.first - 1) && AFTER_TITLE.test(gapBefore(text, words, first.first));
      const startWord = titled ? first.first - 1 : first.first;
      const start = words[startWord]!.start;
      const lastWord = words[last.last]!;
      const end = lastWord.end;
      const person = people[persons[0]!]!;
      const label = startsSentence(text, words, startWord) ? capitalise(person.label) : person.label;
      const replacement = lastWord.possessive === 'apostrophe'
        ? { start, end: lastWord.fullEnd, text: `${label}${text.charAt(lastWord.fullEnd - 1)}s` }
        : { start, end, text: label };
      return {
        start, end, found: text.slice(start, end),
        personId: person.personId, personIds: persons.map((p) => people[p]!.personId), label: person.label,
        replacement, wordIndex: startWord,
      };
    }
  }

  return { people, find };
}

/** Every name of `people` in one text, e.g. a field as the user types it. */
export function findNames(text: string, people: readonly NameSource[], ordinaryWords?: OrdinaryWords): NameOccurrence[] {
  return nameMatcher(people, ordinaryWords).find(text);
}
