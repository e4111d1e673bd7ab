// Anonymisation: finding people's names in text, for the leak check that guards every
// anonymised document (shared/documents/leak-check.ts) and for the screens, which mark a name
// where it is typed. Runs in Node and in the browser.
//
// What counts as a person's name (design.md section 6, issue 8):
// - Every part of it on its own: each given name ("Rachel", a second given name "Ŵyn"), the
//   surname, each part of a hyphenated or multi-word surname ("Pryce-Jones": "Pryce",
//   "Jones"), and each alias. Whole words only: the alias "Ow" never matches in "owing" or
//   "below", "Tom" never in "Tomorrow".
// - In every form people write it: any case; with or without diacritics (Ŵ/W, é/e, ł/l, ø/o:
//   fold.ts); with any apostrophe or none ("O'Brien", "O’Brien", "OBrien", "O Brien");
//   possessive ("Okafor's", "Okafor’s", "James'"); after a title (Mr, Mrs, Ms, Miss, Mx, Dr,
//   Prof, Sir, Dame, Revd and the like, with or without a full stop); after an initial
//   ("R. Green"); surname first ("Green, Rachel", "GREEN Rachel"); across a line break.
//   Neighbouring parts are reported as one name ("Ms Rachel Green", "van der Berg").
// - Particles (de, van, von, der, ap, ferch, Ó, Ní, Mac/Mc written apart, bin, ibn, al-...)
//   belong to a name only in front of one of its parts: "van der Berg" matches as "Van der
//   Berg", "van der Berg" and "Berg"; "van" or "der" alone never does, nor "ap" or "al". A
//   prefix written joined ("McDonald", "O'Brien") is part of the word and also matches written
//   apart ("Mc Donald", "O Brien"), but "Donald" alone does not name a McDonald. A particle
//   joined by a hyphen ("al-Hashimi") also matches joined up ("Alhashimi"), and the part after
//   it ("Hashimi") on its own. A register name with a comma is surname first ("Green, Rachel");
//   words in capitals among others are the surname ("GREEN Rachel").
// - A part that is also an ordinary English word (ordinary-words.ts decides, from SCOWL; a
//   one-word alias is a part like any other) is a name only where it is written as one:
//   after a title ("Ms Green", "Mrs may"); with a capital in the middle of a sentence ("we
//   told Rose"); in capitals in ordinary text ("GREEN"); next to another part of the same
//   name, both with capitals ("Rose Green said", "GREEN, Rose"); alone as the whole text
//   ("Green" as a recommendation's owner); or opening a sentence when it is possessive
//   ("Rose's room"), is followed by a word of speaking ("Hope said", "Price told"), or is a
//   given name followed by a verb such as "was" or "had" ("Rose was upset": in a report about
//   people that is likelier the child than the flower). Once a part has been written as a name
//   in a text, it is a name wherever it opens a sentence in that text ("Hope Price moved. Hope
//   disagreed."). An everyday word opening a sentence otherwise reads as the word ("May I…",
//   "Will the…", "Green spaces…"; but "Hope is not a plan" stops, and may be marked); a less
//   common one ("Marsh", "Baker") opening a sentence with a capital reads as the name. A month or season as a name part is
//   not a name in a date ("3 May", "May 2024", "in May", "the May review", "April to May").
//   Lower case ("the grass was green", "we will mark the price", "the bishop's letter") is
//   never a name, except after a title. A family by its surname counts too ("the Greens").
//   Where capitals tell nothing (a file name), neighbouring parts count in any case
//   ("rose-green-report.docx").
// - Labels never count: the words of anyone's label ("Child Rose", "Young Person B", "Ms A",
//   "SW1", "the advocate") are skipped wherever the whole label appears, and an alias equal to
//   a label is not looked for.
// - Where the check still stops on an ordinary use, one occurrence may be marked "not a name
//   here" (marks.ts); a mark lapses when its text changes. There is no switch to turn it off.
// - In the app, every text field that a document prints is checked as it is typed, and the
//   Documents screen lists every name in the case's texts (case-texts.ts).
export { APOSTROPHES, foldWord } from './fold.ts';
export { findNames, nameMatcher, type NameMatcher, type NameOccurrence } from './matcher.ts';
export { namePartsOf, PARTICLES, TITLES, type NamePart, type NameSource, type PersonNameParts } from './name-parts.ts';
export { loadOrdinaryWords, NO_ORDINARY_WORDS, ordinaryWordsFrom, type OrdinaryWords } from './ordinary-words.ts';
export {
  lapsedMarks, markApplies, marksOf, marksThatApply, marksVoidedBy, notANameMark, NotANameMarks, refOf, replaceOccurrence, textHash, withoutVoidedMarks,
  type NotANameMark,
} from './marks.ts';
export { countWords, wordsOf, type Word } from './words.ts';
export { namesInCase, namesInField, type FoundName } from './case-names.ts';
