// The text fields of the case model (shared/case-model/texts.ts): every text field of the
// interchange format that a document prints is described, each is printed by exactly the
// documents it names, and each is read back and named as the screens and readiness need.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentKinds } from '../../../shared/case-model/documents.ts';
import { caseTexts, placeOf, refKey, textAt, textFieldNames, textFields, textsOf, withText, type TextFieldName } from '../../../shared/case-model/texts.ts';
import { recordsIn, keyOf, parentOf, sections } from '../../../shared/case-model/index.ts';
import { collections } from '../../../shared/case-model/collections.ts';
import { CaseShape, type CaseData } from '../../../shared/interchange/schema.ts';
import { build, modelText, stage3Sample } from '../documents/helpers.ts';

const TOKEN = 'Qxzvwy';

/** Which records of a list to put the token in, one at a time, where the first would not be printed or people of different roles are printed in different documents. */
const RECORDS: Partial<Record<TextFieldName, string[]>> = {
  'statement.points.outOfScopeReason': ['pt-5'],
  'findings.noRecommendationReason': ['pt-1'],
  'people.jobTitle': ['p-sw', 'p-adj'],
  'people.organisation': ['p-advocate'],
};

/** The stage 3 sample with the token written into one field (one line of a list) of one record. */
function withToken(field: TextFieldName, recordId?: string): CaseData {
  const d = stage3Sample();
  const model = textFields[field];
  const path = field.split('.');
  // The appendix prints a round's comments with their responses: what was changed when accepted, the reason when not.
  if (field.startsWith('factCheck.')) {
    d.factCheck = {
      rounds: [{ id: 'fc-1', sentDate: '2025-01-06', sentTo: 'The complaints manager', dueDate: '2025-01-20' }],
      comments: [{
        id: 'fcc-1', roundId: 'fc-1', pointId: 'pt-1', paragraph: 12, text: 'The date is wrong.', from: 'The complaints team',
        response: field === 'factCheck.comments.reason' ? 'not-accepted' : 'accepted', change: 'The date was corrected.', reason: 'The record shows it.',
      }],
    };
  }
  if (field === 'findings.noRecommendationReason') d.recommendations = d.recommendations!.filter((r) => !r.pointIds.includes('pt-1'));
  let holder: Record<string, unknown>;
  let rest: string[];
  if (model.collection) {
    const records = recordsIn(d, model.collection) as Array<Record<string, unknown>>;
    holder = (recordId ? records.find((r) => keyOf(model.collection!, r) === recordId) : records[0])!;
    rest = path.slice(parentOf(model.collection) ? 2 : 1);
  } else {
    holder = (d as unknown as Record<string, Record<string, unknown>>)[model.section!] ??= {};
    rest = path.slice(1);
  }
  expect(holder, field).toBeDefined();
  for (const key of rest.slice(0, -1)) holder = (holder[key] ??= {}) as Record<string, unknown>;
  const last = rest[rest.length - 1]!;
  holder[last] = model.lines ? ['First line', `${TOKEN} line`] : `The ${TOKEN} text`;
  if (field === 'extension.reason') holder.agreedDate = '2024-11-20';
  if (field === 'adjudication.payment.reason') holder.amount = 250;
  // Reasons are printed where they are owed: an action short of accepted, a Director's response short of accepted.
  if (field === 'adjudication.actions.reasons') holder.decision = 'partly-accepted';
  if (field === 'panel.recommendations.directorReasons') { holder.directorResponse = 'not-accepted'; d.panel!.directorResponseDate ??= '2025-06-02'; }
  return d;
}

/** Free text the interchange format holds that no document prints, or that is not prose to check, and why. */
const NOT_TEXTS: Record<string, string> = {
  'case.references.own': "the investigator's own reference: no document prints it",
  'authority.complaintsManager.email': 'contact details, printed only where a template asks for them',
  'authority.complaintsManager.phone': 'contact details, printed only where a template asks for them',
  'people.name': 'the register of names itself',
  'people.label': 'the register: what is printed instead of the name',
  'people.aliases': 'the register of names itself',
  'people.address': 'the register: printed only in the letter to send, which is named',
  'people.addressAs': 'the register: how the letter to send, which is named, greets the person',
  'statement.points.number': 'a reference: "1", "2a"',
  'evidence.ref': 'a reference: "D1"',
  'evidence.notes': "the investigator's working notes: no document prints them",
  'evidence.attachment.fileName': 'kept with the file: no document prints it',
  'evidence.attachment.mediaType': 'kept with the file',
  'evidence.attachment.data': 'the file itself',
  'interviews.ref': 'a reference: "I1"',
  'interviews.summary': "the investigator's notes of the interview: no document prints them",
  'recommendations.number': 'a reference',
  'panel.recommendations.number': 'a reference',
  'anonymisation.notNames.word': 'a mark: the word let through',
  'issued.fileName': 'the record of a document issued: no document prints it',
  'issued.data': 'the bytes of a document issued',
};

/** The path of every field of free text in the interchange format, list indexes left out. */
function freeTextFields(schema: z.ZodType, path: string[] = []): string[] {
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([k, s]) => freeTextFields(s as z.ZodType, [...path, k]));
  if (schema instanceof z.ZodArray) return freeTextFields(schema.element as z.ZodType, path);
  const key = path[path.length - 1] ?? '';
  const free = schema instanceof z.ZodString && schema.safeParse('Some words, as a person writes them.').success && !/^id$|Ids?$/.test(key);
  return free ? [path.join('.')] : [];
}

describe('the text fields of the case model', () => {
  it('take in every field of free text of the interchange format, but those listed with a reason', () => {
    const all = freeTextFields(CaseShape);
    expect(all.filter((f) => !(f in NOT_TEXTS)).sort()).toEqual([...textFieldNames].sort());
    expect(Object.keys(NOT_TEXTS).filter((f) => !all.includes(f))).toEqual([]);
  });

  it('name every field of the interchange format the schema lists as text, in the section or record list that holds it', () => {
    expect(Object.keys(textFields)).toEqual([...textFieldNames]);
    for (const field of textFieldNames) {
      const model = textFields[field];
      expect(Boolean(model.collection) !== Boolean(model.section), field).toBe(true);
      const schema = model.collection ? collections[model.collection].schema : sections[model.section!].own;
      const rest = field.split('.').slice(model.collection && parentOf(model.collection) ? 2 : 1);
      let s: z.ZodType = schema;
      for (const key of rest) {
        while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
        s = (s as z.ZodObject).shape[key] as z.ZodType;
        expect(s, `${field}: ${key}`).toBeDefined();
      }
      while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
      expect(s instanceof z.ZodArray ? s.element : s, field).toBeInstanceOf(z.ZodString);
      expect(s instanceof z.ZodArray, `${field} is a list of lines`).toBe(model.lines);
    }
  });

  it.each(['case.references.own', 'evidence.notes', 'interviews.summary', 'evidence.attachment.fileName'])('%s is printed by no document, so the screens do not check it', (field) => {
    const d = stage3Sample();
    if (field === 'case.references.own') d.case.references = { ...d.case.references, own: `The ${TOKEN} text` };
    if (field === 'evidence.notes') d.evidence![0]!.notes = `The ${TOKEN} text`;
    if (field === 'interviews.summary') d.interviews![0]!.summary = `The ${TOKEN} text`;
    if (field === 'evidence.attachment.fileName') d.evidence![0]!.attachment = { fileName: `${TOKEN}.pdf`, mediaType: 'application/pdf', size: 1, sha256: 'a'.repeat(64) };
    for (const kind of documentKinds) for (const named of [false, true]) {
      const m = build(kind, d, { named });
      expect([modelText(m), m.reference, m.classification].join('\n'), `${kind}${named ? ', named' : ''}`).not.toContain(TOKEN);
    }
    expect(NOT_TEXTS[field]).toMatch(/no document prints/);
  });

  it.each([...textFieldNames])('%s: printed by exactly the documents it names, read back, and placed in words', (field) => {
    const printedBy = new Set<string>();
    for (const recordId of RECORDS[field] ?? [undefined]) {
      const d = withToken(field, recordId);
      for (const kind of documentKinds) {
        const m = build(kind, d);
        if ([modelText(m), m.reference, m.classification].join('\n').includes(TOKEN)) printedBy.add(kind);
      }
    }
    expect(documentKinds.filter((k) => printedBy.has(k))).toEqual([...textFields[field].documents]);
    const d = withToken(field, RECORDS[field]?.[0]);
    const found = caseTexts(d).filter((t) => t.text.includes(TOKEN));
    expect(found.map((t) => t.ref.field)).toEqual([field]);
    expect(textAt(d, found[0]!.ref)).toBe(found[0]!.text);
    expect(placeOf(d, found[0]!.ref)).toBe(found[0]!.place);
    expect(found[0]!.place).not.toMatch(/undefined|\?/);
  });

  it('read a record’s or a section’s texts as a save would change them, skipping empty ones', () => {
    const d = stage3Sample();
    const finding = d.findings![0]!;
    expect(textsOf({ collection: 'findings' }, finding, d).map((t) => `${t.ref.field} ${t.ref.recordId}`))
      .toEqual(['findings.evidence', 'findings.analysis', 'findings.conclusion'].filter((f) => finding[f.split('.')[1] as 'analysis']).map((f) => `${f} ${finding.pointId}`));
    expect(textsOf({ section: 'panel' }, { ...d.panel, documents: ['A', '', 'B'] }, d).filter((t) => t.ref.field === 'panel.documents').map((t) => [t.ref.item, t.text]))
      .toEqual([[0, 'A'], [2, 'B']]);
    expect(textAt(d, { field: 'findings.analysis', recordId: 'no-such-point' })).toBeUndefined();
    expect(textAt(d, { field: 'panel.documents', item: 99 })).toBeUndefined();
  });

  it('write a text still being typed into a copy of the case, for the preview, leaving every other text and the case as they were', () => {
    for (const field of textFieldNames) {
      const d = withToken(field, RECORDS[field]?.[0]);
      const before = JSON.stringify(d);
      const target = caseTexts(d).find((t) => t.ref.field === field && t.text.includes(TOKEN));
      expect(target, field).toBeDefined();
      const next = withText(d, target!.ref, 'Words still being typed');
      expect(textAt(next, target!.ref), field).toBe('Words still being typed');
      const others = (c: CaseData) => caseTexts(c).filter((t) => refKey(t.ref) !== refKey(target!.ref)).map((t) => [refKey(t.ref), t.text]);
      expect(others(next), field).toEqual(others(d));
      expect(JSON.stringify(d), field).toBe(before);
      expect(CaseShape.safeParse(next).success, field).toBe(true);
    }
  });

  it('leave the case as it is when the record or object a text would go in is not there', () => {
    const d = stage3Sample();
    delete d.adjudication!.payment;
    expect(withText(d, { field: 'findings.analysis', recordId: 'no-such-point' }, 'x')).toBe(d);
    expect(withText(d, { field: 'adjudication.payment.reason' }, 'x')).toBe(d);
    expect(withText(d, { field: 'panel.documents', item: 99 }, 'x')).toEqual(d);
  });
});
