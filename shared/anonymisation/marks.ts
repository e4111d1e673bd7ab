// "Not a name here": where the check stops on an ordinary use of a word ("the Green Lane
// office" when someone is called Green), the user may mark that one occurrence. A mark names
// the text (a field of the case: shared/case-model/texts.ts), the word, which word of the text
// it is, and a hash of the whole text it was made on. When that text changes at all, the mark
// no longer applies and the check stops there again; the casefile drops it with the change.
// A mark covers one occurrence of one word in one text; there is no mark for a word
// everywhere, and no switch that turns the check off.
//
// The documents are checked as built, where a run of text knows the whole field it was cut
// from (FieldOrigin) but not which field that was: there a mark covers the word at its place
// in a text with the mark's hash. Only marks that apply are passed in (marksThatApply), so a
// mark whose field has changed can never cover the same words standing in another field.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { textAt, textFields, textFieldsOf, type TextRef } from '../case-model/texts.ts';
import type { CollectionName } from '../case-model/collections.ts';
import type { SectionName } from '../case-model/sections.ts';
import type { CaseData, NotANameData } from '../interchange/schema.ts';
import type { NameOccurrence } from './matcher.ts';
import { wordsOf } from './words.ts';

export type NotANameMark = NotANameData;

/** SHA-256 of the text, in hex: what ties a mark to the text it was made on. */
export const textHash = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

const sameWords = (a: string, b: string) => wordsOf(a).map((w) => w.key).join(' ') === wordsOf(b).map((w) => w.key).join(' ');

/** The reference part of a mark. */
export const refOf = (mark: NotANameMark): TextRef => ({ field: mark.field, recordId: mark.recordId, item: mark.item });

/** The mark for one occurrence found in `text`, the text at `ref` (what a screen stores when the user says "not a name here"). */
export function notANameMark(id: string, ref: TextRef, text: string, occurrence: Pick<NameOccurrence, 'found' | 'wordIndex'>): NotANameMark {
  return {
    id, field: ref.field,
    ...(ref.recordId !== undefined ? { recordId: ref.recordId } : {}),
    ...(ref.item !== undefined ? { item: ref.item } : {}),
    word: occurrence.found, wordIndex: occurrence.wordIndex, textHash: textHash(text),
  };
}

/** The case's marks. */
export const marksOf = (c: CaseData): NotANameMark[] => c.anonymisation?.notNames ?? [];

/** Whether a mark applies: the text it names is there, exactly as it was when the mark was made. */
export function markApplies(c: CaseData, mark: NotANameMark): boolean {
  const text = textAt(c, refOf(mark));
  return text !== undefined && textHash(text) === mark.textHash;
}

/** The case's marks that apply (what the documents are checked with). */
export const marksThatApply = (c: CaseData): NotANameMark[] => marksOf(c).filter((m) => markApplies(c, m));

/** The case's marks whose text has changed since they were made (or is gone). */
export const lapsedMarks = (c: CaseData): NotANameMark[] => marksOf(c).filter((m) => !markApplies(c, m));

/**
 * The marks that a write of one record (or a section's own fields) leaves without their text:
 * those on its texts whose text is no longer what the mark was made on. `holder` is the record
 * or section as written; undefined when it is removed.
 */
export function marksVoidedBy(marks: readonly NotANameMark[], where: { collection: CollectionName; key: string } | { section: SectionName }, holder: object | undefined): NotANameMark[] {
  const fields = new Set<string>(textFieldsOf('collection' in where ? { collection: where.collection } : { section: where.section }));
  return marks.filter((m) => {
    if (!fields.has(m.field)) return false;
    if ('collection' in where && m.recordId !== where.key) return false;
    if (!holder) return true;
    const value = textFields[m.field].read(holder as never);
    const text = typeof value === 'string' ? (m.item === undefined ? value : undefined) : m.item === undefined ? undefined : value?.[m.item];
    return text === undefined || textHash(text) !== m.textHash;
  });
}

/** `c` with the marks a write of one record or section voids (marksVoidedBy) taken out: the renderer's copy of what the casefile does. */
export function withoutVoidedMarks(c: CaseData, where: { collection: CollectionName; key: string } | { section: SectionName }, holder: object | undefined): CaseData {
  const marks = marksOf(c);
  if (!marks.length) return c;
  const voided = new Set(marksVoidedBy(marks, where, holder));
  if (!voided.size) return c;
  return { ...c, anonymisation: { ...c.anonymisation, notNames: marks.filter((m) => !voided.has(m)) } };
}

/** Marks to check occurrences against, noting which of them were used. */
export class NotANameMarks {
  readonly #byWord = new Map<string, NotANameMark[]>();
  readonly #used = new Set<NotANameMark>();
  readonly #hashes = new Map<string, string>();
  readonly #marks: readonly NotANameMark[];

  constructor(marks: readonly NotANameMark[] = []) {
    this.#marks = marks;
    for (const m of marks) this.#byWord.set(`${m.textHash} ${m.wordIndex}`, [...(this.#byWord.get(`${m.textHash} ${m.wordIndex}`) ?? []), m]);
  }

  /** Whether a mark covers the occurrence of `found` at word `wordIndex` of `text`; a mark that does is noted as used. */
  covers(text: string, wordIndex: number, found: string): boolean {
    return this.coveringMark(text, wordIndex, found) !== undefined;
  }

  /** The mark that covers the occurrence, if one does (noted as used). */
  coveringMark(text: string, wordIndex: number, found: string): NotANameMark | undefined {
    if (!this.#marks.length) return undefined;
    let hash = this.#hashes.get(text);
    if (hash === undefined) this.#hashes.set(text, (hash = textHash(text)));
    const mark = this.#byWord.get(`${hash} ${wordIndex}`)?.find((m) => sameWords(m.word, found));
    if (mark) this.#used.add(mark);
    return mark;
  }

  /** The marks that covered an occurrence, in the order given. */
  get used(): NotANameMark[] {
    return this.#marks.filter((m) => this.#used.has(m));
  }
}

/** `text` with the occurrence replaced by its label (a possessive keeps its ’s). */
export function replaceOccurrence(text: string, occurrence: Pick<NameOccurrence, 'replacement'>): string {
  const r = occurrence.replacement;
  return text.slice(0, r.start) + r.text + text.slice(r.end);
}
