// The text fields of a case that its documents print, each described once: where it lives
// (the record list or section holding it), how it reads, how a message names its place, and
// which documents print it. The names check uses this to look at every text as it is typed
// and to list every name in the case (the Documents screen), and a "not a name here" mark
// names its field by it (shared/anonymisation/marks.ts). The documents themselves are checked
// as built (shared/documents/leak-check.ts), so a field missing here is still caught there;
// tests/unit/case-model/texts.test.ts fails when a field here is not printed where it says,
// or a text field of the interchange format is missing.
import { formatDate } from '../calendar/dates.ts';
import type { CaseData, TextFieldName } from '../interchange/schema.ts';
import type { RecordOf } from './collections.ts';
import type { CollectionName } from './collections.ts';
import type { DocumentKind } from './documents.ts';
import { collections, parentOf } from './collections.ts';
import { keyOf, recordsIn, sectionIn, withRecords, withSection } from './place.ts';
import { sections, type SectionName, type SectionValueOf } from './sections.ts';

export type { TextFieldName } from '../interchange/schema.ts';
export { textFieldNames } from '../interchange/schema.ts';

/** One text of a case: the field, the record holding it (for a field of a record list), and the line (for a list of text). */
export interface TextRef {
  field: TextFieldName;
  recordId?: string | undefined;
  item?: number | undefined;
}

type Value = string | readonly string[] | undefined;

export interface TextFieldModel {
  /** The record list holding the field, or the section. */
  collection?: CollectionName;
  section?: SectionName;
  /** The field's name in its record or section, as a screen says it: "analysis". */
  name: string;
  /** A list of lines, each a text of its own (the authority's address, the panel's documents). */
  lines: boolean;
  /** The documents that print it (anonymised, with the project's templates). */
  documents: readonly DocumentKind[];
  read(holder: never): Value;
  place(holder: never, c: CaseData, item?: number): string;
}

const ALL: readonly DocumentKind[] = ['statement', 'io-report', 'ip-report', 'adjudication-letter', 'panel-report'];

function inRecord<C extends CollectionName>(collection: C, name: string, documents: readonly DocumentKind[],
  read: (r: RecordOf<C>) => string | undefined, place: (r: RecordOf<C>, c: CaseData) => string): TextFieldModel {
  return { collection, name, lines: false, documents, read: read as (h: never) => Value, place: place as (h: never, c: CaseData) => string };
}

function inSection<S extends SectionName>(section: S, name: string, documents: readonly DocumentKind[],
  read: (s: SectionValueOf<S>) => string | undefined, place: string): TextFieldModel {
  return { section, name, lines: false, documents, read: read as (h: never) => Value, place: () => place };
}

function linesInSection<S extends SectionName>(section: S, name: string, documents: readonly DocumentKind[],
  read: (s: SectionValueOf<S>) => readonly string[] | undefined, place: (item: number) => string): TextFieldModel {
  return { section, name, lines: true, documents, read: read as (h: never) => Value, place: (_h, _c, item) => place(item ?? 0) };
}

const pointNumber = (c: CaseData, pointId: string) => c.statement.points.find((p) => p.id === pointId)?.number ?? pointId;
const roundOf = (c: CaseData, roundId: string) => {
  const rounds = c.factCheck?.rounds ?? [];
  const i = rounds.findIndex((r) => r.id === roundId);
  return i < 0 ? 'fact-check' : `fact-check round ${i + 1}`;
};
const commentPlace = (c: CaseData, r: { id: string; roundId: string; paragraph: number }) =>
  `${roundOf(c, r.roundId)}, comment on paragraph ${r.paragraph}`;
const recommendationNumbers = (c: CaseData, ids: readonly string[]) => ids.map((id) => c.recommendations?.find((r) => r.id === id)?.number ?? '?').join(', ');

export const textFields: Record<TextFieldName, TextFieldModel> = {
  'case.title': inSection('case', 'title', [], (s) => s.title, 'case title'),
  'case.references.authority': inSection('case', "authority's reference", ALL, (s) => s.references?.authority, "authority's reference"),
  'case.classification': inSection('case', 'classification', ALL, (s) => s.classification, 'classification'),
  'authority.name': inSection('authority', 'name', ALL, (s) => s.name, 'authority name'),
  'authority.service': inSection('authority', 'service', ['statement', 'adjudication-letter'], (s) => s.service, 'authority service'),
  'authority.address': linesInSection('authority', 'address', ['adjudication-letter'], (s) => s.address, (i) => `authority address, line ${i + 1}`),
  'authority.complaintsManager.name': inSection('authority', "complaints manager's name", ['adjudication-letter'], (s) => s.complaintsManager?.name, "complaints manager's name"),
  'authority.directorTitle': inSection('authority', "director's title", ['adjudication-letter', 'panel-report'], (s) => s.directorTitle, "director's title"),
  'people.jobTitle': inRecord('people', 'job title', ['io-report', 'adjudication-letter', 'panel-report'], (r) => r.jobTitle, (r) => `job title of ${r.label}`),
  'people.organisation': inRecord('people', 'organisation', ['adjudication-letter'], (r) => r.organisation, (r) => `organisation of ${r.label}`),
  'complaint.background': inSection('complaint', 'background', ['io-report', 'panel-report'], (s) => s.background, 'background to the complaint'),
  'statement.agreedHow': inSection('statement', 'how it was agreed', ['statement'], (s) => s.agreedHow, 'how the statement was agreed'),
  'statement.points.summary': inRecord('points', 'summary', ALL, (r) => r.summary, (r) => `point ${r.number}, summary`),
  'statement.points.detail': inRecord('points', 'complaint', ['statement', 'io-report'], (r) => r.detail, (r) => `point ${r.number}, complaint`),
  'statement.points.period': inRecord('points', 'period', ['statement', 'io-report'], (r) => r.period, (r) => `point ${r.number}, period`),
  'statement.points.desiredOutcome': inRecord('points', 'outcome sought', ['statement', 'io-report'], (r) => r.desiredOutcome, (r) => `point ${r.number}, outcome sought`),
  'statement.points.outOfScopeReason': inRecord('points', 'reason for exclusion', ['statement', 'io-report'], (r) => r.outOfScopeReason, (r) => `point ${r.number}, reason for exclusion`),
  'extension.reason': inSection('extension', 'reason', ['io-report'], (s) => s.reason, 'reason for the extension'),
  'investigation.introduction': inSection('investigation', 'introduction', ['io-report'], (s) => s.introduction, 'introduction'),
  'investigation.methodology': inSection('investigation', 'methodology', ['io-report'], (s) => s.methodology, 'methodology'),
  'investigation.legalFramework': inSection('investigation', 'law, guidance and policy', ['io-report'], (s) => s.legalFramework, 'law, guidance and policy'),
  'investigation.background': inSection('investigation', 'background', ['io-report'], (s) => s.background, 'background'),
  'investigation.conclusion': inSection('investigation', 'conclusions', ['io-report'], (s) => s.conclusion, 'conclusions'),
  'evidence.title': inRecord('evidence', 'title', ['io-report'], (r) => r.title, (r) => `document ${r.ref}, title`),
  'evidence.source': inRecord('evidence', 'source', ['io-report'], (r) => r.source, (r) => `document ${r.ref}, source`),
  'chronology.event': inRecord('chronology', 'event', ['io-report'], (r) => r.event, (r) => `chronology, ${formatDate(r.date)}`),
  'findings.evidence': inRecord('findings', 'evidence', ['io-report'], (r) => r.evidence, (r, c) => `point ${pointNumber(c, r.pointId)}, evidence`),
  'findings.analysis': inRecord('findings', 'analysis', ['io-report'], (r) => r.analysis, (r, c) => `point ${pointNumber(c, r.pointId)}, analysis`),
  'findings.conclusion': inRecord('findings', 'conclusion', ['io-report'], (r) => r.conclusion, (r, c) => `point ${pointNumber(c, r.pointId)}, finding`),
  'findings.noRecommendationReason': inRecord('findings', 'reason for no recommendation', ['io-report', 'adjudication-letter'], (r) => r.noRecommendationReason,
    (r, c) => `point ${pointNumber(c, r.pointId)}, reason for no recommendation`),
  'recommendations.text': inRecord('recommendations', 'text', ['io-report', 'adjudication-letter'], (r) => r.text, (r) => `recommendation ${r.number}`),
  'recommendations.owner': inRecord('recommendations', 'owner', ['io-report'], (r) => r.owner, (r) => `recommendation ${r.number}, owner`),
  'ipReview.overall': inSection('ipReview', 'overall view', ['ip-report'], (s) => s.overall, 'overall view'),
  'ipReview.process': inSection('ipReview', 'taking part', ['ip-report'], (s) => s.process, 'the process'),
  'ipReview.recommendationsComment': inSection('ipReview', 'comments on the recommendations', ['ip-report'], (s) => s.recommendationsComment, 'comments on the recommendations'),
  'ipReview.points.comment': inRecord('ipReviewPoints', 'comment', ['ip-report'], (r) => r.comment, (r, c) => `point ${pointNumber(c, r.pointId)}, IP comment`),
  'adjudication.apology': inSection('adjudication', 'apology', ['adjudication-letter'], (s) => s.apology, 'apology'),
  'adjudication.remedy': inSection('adjudication', 'remedy', ['adjudication-letter'], (s) => s.remedy, 'remedy'),
  'adjudication.payment.reason': inSection('adjudication', 'reason for the payment', ['adjudication-letter'], (s) => s.payment?.reason, 'reason for the payment'),
  'adjudication.points.reasons': inRecord('adjudicationPoints', 'reasons', ['adjudication-letter'], (r) => r.reasons, (r, c) => `point ${pointNumber(c, r.pointId)}, reasons for decision`),
  'adjudication.actions.action': inRecord('adjudicationActions', 'action', ['adjudication-letter'], (r) => r.action,
    (r, c) => `action plan, recommendation ${recommendationNumbers(c, r.recommendationIds)}, action`),
  'adjudication.actions.owner': inRecord('adjudicationActions', 'owner', ['adjudication-letter'], (r) => r.owner,
    (r, c) => `action plan, recommendation ${recommendationNumbers(c, r.recommendationIds)}, owner`),
  'adjudication.actions.reasons': inRecord('adjudicationActions', 'reasons', ['adjudication-letter'], (r) => r.reasons,
    (r, c) => `action plan, recommendation ${recommendationNumbers(c, r.recommendationIds)}, reasons`),
  'panel.venue': inSection('panel', 'venue', ['panel-report'], (s) => s.venue, 'panel venue'),
  'panel.documents': linesInSection('panel', 'documents considered', ['panel-report'], (s) => s.documents, (i) => `documents considered, item ${i + 1}`),
  'panel.points.representations': inRecord('panelPoints', 'representations', ['panel-report'], (r) => r.representations, (r, c) => `point ${pointNumber(c, r.pointId)}, representations`),
  'panel.points.view': inRecord('panelPoints', 'view', ['panel-report'], (r) => r.view, (r, c) => `point ${pointNumber(c, r.pointId)}, panel view`),
  'panel.recommendations.text': inRecord('panelRecommendations', 'text', ['panel-report'], (r) => r.text, (r) => `panel recommendation ${r.number}`),
  'panel.recommendations.directorReasons': inRecord('panelRecommendations', "Director's reasons", ['panel-report'], (r) => r.directorReasons,
    (r) => `panel recommendation ${r.number}, Director's reasons`),
  // The IO report's appendix of the fact-check round prints these (when the round asks for it).
  'factCheck.rounds.sentTo': inRecord('factCheckRounds', 'sent to', ['io-report'], (r) => r.sentTo, (r, c) => `${roundOf(c, r.id)}, sent to`),
  'factCheck.comments.text': inRecord('factCheckComments', 'comment', ['io-report'], (r) => r.text, (r, c) => commentPlace(c, r)),
  'factCheck.comments.from': inRecord('factCheckComments', 'from', ['io-report'], (r) => r.from, (r, c) => `${commentPlace(c, r)}, from`),
  'factCheck.comments.change': inRecord('factCheckComments', 'what was changed', ['io-report'], (r) => r.change, (r, c) => `${commentPlace(c, r)}, what was changed`),
  'factCheck.comments.reason': inRecord('factCheckComments', 'reason not accepted', ['io-report'], (r) => r.reason, (r, c) => `${commentPlace(c, r)}, reason not accepted`),
};

export interface CaseText {
  ref: TextRef;
  text: string;
  /** Where it is, in words: "point 2, analysis". */
  place: string;
  documents: readonly DocumentKind[];
}

const fieldNames = Object.keys(textFields) as TextFieldName[];

/** The fields held by a record list's records, or by a section itself. */
export const textFieldsOf = (where: { collection: CollectionName } | { section: SectionName }): TextFieldName[] =>
  fieldNames.filter((f) => ('collection' in where ? textFields[f].collection === where.collection : textFields[f].section === where.section));

/** The texts of one holder (a record, or a section's own value), skipping empty ones. */
function textsOfHolder(field: TextFieldName, holder: unknown, c: CaseData, recordId?: string): CaseText[] {
  const model = textFields[field];
  const value = model.read(holder as never);
  if (value === undefined) return [];
  const ref = (item?: number): TextRef => ({ field, ...(recordId !== undefined ? { recordId } : {}), ...(item !== undefined ? { item } : {}) });
  if (typeof value === 'string') return value ? [{ ref: ref(), text: value, place: model.place(holder as never, c), documents: model.documents }] : [];
  return value.flatMap((line, i) => (line ? [{ ref: ref(i), text: line, place: model.place(holder as never, c, i), documents: model.documents }] : []));
}

/** Every text of the case that a document prints, in the order of the fields above. */
export function caseTexts(c: CaseData): CaseText[] {
  const out: CaseText[] = [];
  for (const field of fieldNames) {
    const model = textFields[field];
    if (model.collection) {
      for (const r of recordsIn(c, model.collection)) out.push(...textsOfHolder(field, r, c, keyOf(model.collection, r)));
    } else {
      const value = sectionIn(c, model.section!);
      if (value) out.push(...textsOfHolder(field, value, c));
    }
  }
  return out;
}

/** The texts of a record of `collection`, or of a section's own value: what a save may change. */
export function textsOf(where: { collection: CollectionName } | { section: SectionName }, holder: object | undefined, c: CaseData): CaseText[] {
  if (!holder) return [];
  const recordId = 'collection' in where ? keyOf(where.collection, holder) : undefined;
  return textFieldsOf(where).flatMap((f) => textsOfHolder(f, holder, c, recordId));
}

/** The holder of a text: its record, or its section's own value; undefined when the case has none. */
function holderOf(c: CaseData, ref: TextRef): object | undefined {
  const model = textFields[ref.field];
  if (model.collection) return recordsIn(c, model.collection).find((r) => keyOf(model.collection!, r) === ref.recordId);
  return sectionIn(c, model.section!);
}

/** The text a reference names, as the case holds it now; undefined when it is not there. */
export function textAt(c: CaseData, ref: TextRef): string | undefined {
  const holder = holderOf(c, ref);
  if (!holder) return undefined;
  const value = textFields[ref.field].read(holder as never);
  if (value === undefined || typeof value === 'string') return ref.item === undefined ? value : undefined;
  return ref.item === undefined ? undefined : value[ref.item];
}

/** Where a reference is, in words; its field's name when its record is gone. */
export function placeOf(c: CaseData, ref: TextRef): string {
  const holder = holderOf(c, ref);
  return holder ? textFields[ref.field].place(holder as never, c, ref.item) : ref.field;
}

/** The field's place within its record or section's own value: "analysis", "payment.reason". */
function propertyPath(field: TextFieldName): string[] {
  const model = textFields[field];
  return field.split('.').slice(model.collection && parentOf(model.collection) ? 2 : 1);
}

/** `value` with the text at `path` replaced, when every object on the way there exists. */
function withProperty(value: object, path: readonly string[], write: (old: unknown) => unknown): object | undefined {
  const [key, ...rest] = path as [string, ...string[]];
  const own = value as Record<string, unknown>;
  if (rest.length === 0) return { ...own, [key]: write(own[key]) };
  const inner = own[key];
  if (typeof inner !== 'object' || inner === null) return undefined;
  const next = withProperty(inner, rest, write);
  return next && { ...own, [key]: next };
}

/**
 * `c` with one text replaced, for a text still being typed: the Preview region shows it before
 * the field saves. A record or object that is not there is not made: `c` is answered unchanged
 * (the save makes it, and the preview after the save shows it).
 */
export function withText(c: CaseData, ref: TextRef, text: string): CaseData {
  const model = textFields[ref.field];
  const write = (old: unknown): unknown => {
    if (!model.lines) return text;
    const lines = Array.isArray(old) ? [...(old as string[])] : [];
    if (ref.item === undefined || ref.item > lines.length) return old;
    lines[ref.item] = text;
    return lines;
  };
  const path = propertyPath(ref.field);
  if (model.collection) {
    const records = recordsIn(c, model.collection);
    const at = records.findIndex((r) => keyOf(model.collection!, r) === ref.recordId);
    if (at < 0) return c;
    const changed = withProperty(records[at]!, path, write);
    if (!changed) return c;
    return withRecords(c, model.collection, records.map((r, i) => (i === at ? changed : r)) as never);
  }
  const own = sectionIn(c, model.section!);
  const changed = own && withProperty(own, path, write);
  return changed ? withSection(c, model.section!, changed as never) : c;
}

/** A text as typed, before its field saves it. */
export interface TypedText extends TextRef {
  text: string;
}

/**
 * `c` with the texts still being typed in it, for the Preview region: the page shows the words
 * as typed, not only once they are saved. Those whose record is not there yet are left out, and
 * if the case with them would not be a valid case (a required text emptied) none is taken: the
 * preview then shows the case as saved, and the save says what is wrong.
 */
export function withTypedTexts(c: CaseData, typed: readonly TypedText[]): CaseData {
  if (typed.length === 0) return c;
  const next = typed.reduce((acc, t) => withText(acc, t, t.text), c);
  // Only the records and sections typed into can have changed: each is checked against its own
  // schema, not the whole case (a large case's whole check is what a save does).
  return typed.every((t) => holderValid(next, t)) ? next : c;
}

function holderValid(c: CaseData, ref: TextRef): boolean {
  const model = textFields[ref.field];
  const holder = holderOf(c, ref);
  if (!holder) return true;
  if (model.collection) return collections[model.collection].schema.safeParse(holder).success;
  return sections[model.section!].schema.safeParse(holder).success;
}

export const sameRef = (a: TextRef, b: TextRef): boolean => a.field === b.field && a.recordId === b.recordId && a.item === b.item;

/** A reference as a string, e.g. for a React key or a map: "findings.analysis pt-2". */
export const refKey = (ref: TextRef): string => [ref.field, ref.recordId ?? '', ref.item ?? ''].join(' ');

/**
 * The text an interchange path names ("findings[2].analysis", "authority.address[1]",
 * "investigation.methodology"), when it is one of the fields above; readiness problems carry
 * it, so the app finds the field through one table (renderer/src/app/text-places.ts).
 */
export function textRefOfPath(c: CaseData, path: string): TextRef | undefined {
  const indexes = [...path.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const field = path.replace(/\[\d+\]/g, '');
  if (!Object.hasOwn(textFields, field)) return undefined;
  const name = field as TextFieldName;
  const model = textFields[name];
  if (model.collection) {
    const record = indexes.length === 1 ? recordsIn(c, model.collection)[indexes[0]!] : undefined;
    return record ? { field: name, recordId: keyOf(model.collection, record) } : undefined;
  }
  if (indexes.length === 0) return { field: name };
  return model.lines && indexes.length === 1 ? { field: name, item: indexes[0] } : undefined;
}
