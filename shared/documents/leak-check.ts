// The leak check (design.md section 6): before an anonymised document is written, look for
// every person's name in everything that is about to be written, and block it naming the
// word and its place ("IO report, point 2, analysis: 'Rachel'").
//
// What is a name: every part of every person's name and every alias, in every way people
// write it, with the rules for parts that are also ordinary words and for labels: see
// shared/anonymisation/index.ts. Where it looks: every run, heading, list item and table cell
// (each run carries its place in the user's words, its `source`), table captions and column
// titles, image descriptions, the page header's reference and classification, the document's
// properties (title, subject and author: the DOCX and PDF metadata are made from these), and
// the name of the file to be written (the case title goes into it). Nothing is exempt: an
// anonymised copy of the adjudication letter is addressed by label, and checked whole.
//
// One occurrence may be marked "not a name here" (shared/anonymisation/marks.ts): a mark
// names the field, the word, which word of the field's text it is, and a hash of that text.
// Runs cut from a longer field carry the field's whole text (FieldOrigin), so a mark made on a
// field applies wherever that field is printed, and lapses when it changes. The file name
// cannot be marked: it is made from the case title, which can be changed.
import { nameMatcher, NotANameMarks, wordsOf, type NameMatcher, type NotANameMark, type OrdinaryWords } from '../anonymisation/index.ts';
import type { Block, DocumentModel, FieldOrigin, Run } from '../document/model.ts';
import { ImpartialError } from '../errors.ts';
import type { PersonData } from '../interchange/schema.ts';

export interface Leak {
  /** "IO report, point 2a, analysis" */
  place: string;
  /** The text found, as written in the document. */
  found: string;
  personId: string;
  /** Which word of the field's whole text it starts at (what a "not a name here" mark names). */
  wordIndex: number;
}

export interface LeakCheckOptions {
  /** Which name parts are ordinary words (loadOrdinaryWords()); without it every part counts everywhere. */
  ordinaryWords?: OrdinaryWords;
  /** "Not a name here" marks that apply (marksThatApply): each lets one occurrence through. */
  marks?: readonly NotANameMark[];
  /** The name of the file the document will be written to: checked too. */
  fileName?: string;
}

export interface LeakCheckResult {
  leaks: Leak[];
  /** The marks that let an occurrence through (readiness lists them). */
  marksUsed: NotANameMark[];
}

/** Where a leak in the file name is reported. */
export const FILE_NAME_PLACE = 'file name';

class Checker {
  readonly leaks: Leak[] = [];
  readonly marks: NotANameMarks;
  readonly matcher: NameMatcher;
  readonly documentName: string;
  constructor(matcher: NameMatcher, documentName: string, marks: readonly NotANameMark[]) {
    this.matcher = matcher;
    this.documentName = documentName;
    this.marks = new NotANameMarks(marks);
  }

  /** Looks for names in `text`, printed at `place`; `field` is the whole field it was cut from, when it was. */
  look(text: string, place: string, field?: FieldOrigin): void {
    if (!text) return;
    const found = this.matcher.find(text);
    if (!found.length) return;
    const whole = field?.text ?? text;
    const offset = field ? wordsOf(field.text.slice(0, field.start)).length - (field.lead ? wordsOf(text.slice(0, field.lead)).length : 0) : 0;
    for (const o of found) {
      const wordIndex = offset + o.wordIndex;
      if (this.marks.covers(whole, wordIndex, o.found)) continue;
      this.leaks.push({ place: `${this.documentName}, ${place}`, found: o.found, personId: o.personId, wordIndex });
    }
  }
}

/**
 * A file name as words: "Rose_Green-report.pdf" reads "Rose Green report", "RoseGreen" reads
 * "Rose Green"; with, for each character, where it stands in the file name.
 */
function fileNameWords(fileName: string): { text: string; at: number[] } {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i]!;
    if (i > 0 && /\p{Lu}/u.test(c) && /\p{Ll}/u.test(stem[i - 1]!)) {
      text += ' ';
      at.push(i);
    }
    text += /[_.+]/.test(c) ? ' ' : c;
    at.push(i);
  }
  return { text, at };
}

/** Every name in `model`, and in the file name when given, with the marks that let one through. */
export function checkForNames(model: DocumentModel, people: readonly PersonData[], documentName: string, options: LeakCheckOptions = {}): LeakCheckResult {
  const matcher = nameMatcher(people, options.ordinaryWords);
  const check = new Checker(matcher, documentName, options.marks ?? []);
  let section = '';
  const lookRuns = (runs: readonly Run[]) => {
    for (const r of runs) check.look(r.text, r.source ?? (section ? `under "${section}"` : 'opening'), r.field);
  };

  if (options.fileName !== undefined) lookFileName(check, options.fileName);
  check.look(model.title, 'document properties, title');
  check.look(model.subject ?? '', 'document properties, subject');
  check.look(model.author, 'document properties, author');
  check.look(model.reference ?? '', 'page header, reference');
  check.look(model.classification, 'page header, classification');
  for (const block of model.blocks) visit(block);

  function visit(block: Block): void {
    switch (block.kind) {
      case 'heading':
        if (block.level <= 2) section = block.text;
        if (block.source) check.look(block.text, `${block.source} (heading)`, block.field);
        else check.look(block.text, `heading "${block.text}"`);
        return;
      case 'paragraph':
        lookRuns(block.runs);
        return;
      case 'list':
        for (const item of block.items) lookRuns(item);
        return;
      case 'table':
        check.look(block.caption ?? '', 'table caption');
        for (const c of block.columns) check.look(c.title, 'table heading');
        for (const row of block.rows) for (const c of row) lookRuns(c);
        return;
      case 'image':
        check.look(block.alt, 'image description');
        return;
      case 'pageBreak':
        return;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return { leaks: check.leaks, marksUsed: check.marks.used };
}

function lookFileName(check: Checker, fileName: string): void {
  // In a file name capitals tell nothing ("rose-green-report.docx"): neighbouring parts of one name count in any case.
  const words = fileNameWords(fileName);
  for (const o of check.matcher.find(words.text, { anyCase: true })) {
    const found = fileName.slice(words.at[o.start], words.at[o.end - 1]! + 1);
    check.leaks.push({ place: `${check.documentName}, ${FILE_NAME_PLACE} "${fileName}"`, found, personId: o.personId, wordIndex: o.wordIndex });
  }
}

/** Every place in `model` where a person's name appears. */
export function leakCheck(model: DocumentModel, people: readonly PersonData[], documentName: string, options: LeakCheckOptions = {}): Leak[] {
  return checkForNames(model, people, documentName, options).leaks;
}

/** The names in a file name alone (an anonymised document's file, named before it is rendered). */
export function fileNameLeaks(fileName: string, people: readonly PersonData[], documentName: string, options: Omit<LeakCheckOptions, 'fileName'> = {}): Leak[] {
  const check = new Checker(nameMatcher(people, options.ordinaryWords), documentName, options.marks ?? []);
  lookFileName(check, fileName);
  return check.leaks;
}

export class NameLeakError extends ImpartialError {
  readonly leaks: Leak[];
  constructor(leaks: Leak[]) {
    const shown = leaks.slice(0, 3).map((l) => `${l.place}: '${l.found}'`).join('; ');
    const more = leaks.length > 3 ? ` (and ${leaks.length - 3} more)` : '';
    super('name-leak', `the anonymised document would name people: ${shown}${more}`, {
      advice: {
        cli: 'Replace the names with labels (an ordinary word that is not a name there can be marked "not a name here" in the app), or render with --named.',
        app: 'Replace the names with labels (an ordinary word can be marked “Not a name here” under its field; “Names in the case’s texts” below lists them), or choose “Named” for a named copy.',
      },
    });
    this.leaks = leaks;
  }
}

/** Throws NameLeakError listing the first places found; returns the marks that let an occurrence through. */
export function assertNoLeaks(model: DocumentModel, people: readonly PersonData[], documentName: string, options: LeakCheckOptions = {}): NotANameMark[] {
  const { leaks, marksUsed } = checkForNames(model, people, documentName, options);
  if (leaks.length) throw new NameLeakError(leaks);
  return marksUsed;
}

/** Throws NameLeakError when the file name names someone. */
export function assertNoLeaksInFileName(fileName: string, people: readonly PersonData[], documentName: string, options: Omit<LeakCheckOptions, 'fileName'> = {}): void {
  const leaks = fileNameLeaks(fileName, people, documentName, options);
  if (leaks.length) throw new NameLeakError(leaks);
}
