// The case model (shared/case-model) is the one description of the case's layout; the
// interchange format, the API's maps and the store's descriptors and tables must agree with it.
// Each test here fails when one of them drifts: a list the model does not know, a field with
// no column, a column no field writes, a reference the store would not protect.
import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collections as apiCollections, sections as apiSections } from '../../../shared/api.ts';
import {
  collectionNames, collections, emptySection, issuedDocuments, keyOf, optionalLists, parentOf, recordsIn, sectionIn, sectionNames, sections,
  withRecords, withSection, type CollectionName,
} from '../../../shared/case-model/index.ts';
import { CaseShape, FORMAT, type CaseData } from '../../../shared/interchange/schema.ts';
import {
  collections as storeCollections, idCollections, presentColumn, recordSchemas, referencedFrom, requiredSections,
  sections as storeSections, sectionSchemas, type FieldSpec, type TableSpec,
} from '../../../electron/core/casefile/records.ts';
import { migrate } from '../../../electron/core/casefile/migrations/index.ts';

const sample = (): CaseData => JSON.parse(readFileSync(new URL('../../fixtures/sample-case.json', import.meta.url), 'utf8'));
const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s);
const isOptional = (s: z.ZodType) => s instanceof z.ZodOptional;
const keysOf = (s: z.ZodType) => Object.keys((s as z.ZodObject).shape);

describe('the case model and the interchange format', () => {
  it('describes every part of CaseData exactly once, with the schema found at its place', () => {
    const places: string[] = [];
    for (const name of sectionNames) {
      expect(unwrap(CaseShape.shape[name])).toBe(sections[name].schema);
      expect(sections[name].required).toBe(!isOptional(CaseShape.shape[name]));
      places.push(name);
    }
    for (const name of collectionNames) {
      const c = collections[name];
      const parent = parentOf(name);
      const holder = parent ? sections[parent].schema.shape : CaseShape.shape;
      const list = unwrap((holder as Record<string, z.ZodType>)[c.field]!) as z.ZodArray;
      expect(list, name).toBeInstanceOf(z.ZodArray);
      expect(list.element, name).toBe(c.schema);
      expect(c.schema.shape, name).toHaveProperty(c.key);
      if (!parent) places.push(c.field);
    }
    // The issued versions are part of CaseData too, but no collection: issuing adds them (shared/case-model/issued.ts).
    expect(unwrap(CaseShape.shape[issuedDocuments.field]) as z.ZodArray).toBeInstanceOf(z.ZodArray);
    expect((unwrap(CaseShape.shape[issuedDocuments.field]) as z.ZodArray).element).toBe(issuedDocuments.schema);
    places.push(issuedDocuments.field);
    expect(places.sort()).toEqual(Object.keys(CaseShape.shape).filter((k) => k !== 'format').sort());
  });

  it('knows every list of records in a section as a collection', () => {
    for (const name of sectionNames) {
      const recordLists = Object.entries(sections[name].schema.shape)
        .filter(([, s]) => { const u = unwrap(s as z.ZodType); return u instanceof z.ZodArray && u.element instanceof z.ZodObject; })
        .map(([field]) => field);
      expect([...sections[name].lists].sort(), name).toEqual(recordLists.sort());
      expect(keysOf(sections[name].own).sort(), name).toEqual(keysOf(sections[name].schema).filter((k) => !recordLists.includes(k)).sort());
    }
  });

  it('leaves out exactly the top-level lists the format makes optional', () => {
    expect([...optionalLists].sort()).toEqual(collectionNames.filter((n) => !parentOf(n) && isOptional(CaseShape.shape[n as keyof typeof CaseShape.shape])).sort());
    expect(optionalLists).toContain('evidence');
    expect(optionalLists).not.toContain('people');
  });
});

describe('the API derived from the case model', () => {
  it('offers the same collections, in the same order, each record with the same fields', () => {
    expect(Object.keys(apiCollections)).toEqual(collectionNames);
    for (const name of collectionNames) expect(keysOf(apiCollections[name]), name).toEqual(keysOf(collections[name].schema));
  });

  it('sends evidence records without their file bytes, which the store takes', () => {
    const evidence = {
      id: 'e-x', ref: 'EX', kind: 'correspondence', title: 'A letter', pointIds: [],
      attachment: { fileName: 'a.txt', mediaType: 'text/plain', size: 2, sha256: 'a'.repeat(64), data: 'aGk=' },
    };
    expect(recordSchemas.evidence.safeParse(evidence).success).toBe(true);
    expect(apiCollections.evidence.safeParse(evidence).success).toBe(false);
    const { data: _data, ...metadata } = evidence.attachment;
    expect(apiCollections.evidence.safeParse({ ...evidence, attachment: metadata }).success).toBe(true);
  });

  it('offers the same sections, without their record lists; null removes exactly the optional ones', () => {
    expect(Object.keys(apiSections)).toEqual(sectionNames);
    for (const name of sectionNames) {
      const schema = apiSections[name] as z.ZodType;
      expect(schema.safeParse(null).success, name).toBe(!sections[name].required);
      expect(keysOf(schema instanceof z.ZodNullable ? (schema.unwrap() as z.ZodType) : schema), name).toEqual(keysOf(sections[name].own));
      expect(sectionSchemas[name].safeParse(null).success, name).toBe(false);
    }
    const { points: _points, ...statement } = sample().statement;
    expect(apiSections.statement.safeParse(statement).success).toBe(true);
    expect(apiSections.statement.safeParse(sample().statement).success).toBe(false);
  });
});

describe("the store's descriptors derived from the case model", () => {
  const db = new Database(':memory:');
  migrate(db);
  const columnsOf = (table: string) => db.pragma(`table_info("${table}")`) as Array<{ name: string; type: string; notnull: number; pk: number }>;
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);

  const all: Array<[string, TableSpec, z.ZodObject]> = [
    ...collectionNames.map((n): [string, TableSpec, z.ZodObject] => [n, storeCollections[n], collections[n].schema]),
    ...sectionNames.map((n): [string, TableSpec, z.ZodObject] => [n, storeSections[n], sections[n].own]),
  ];

  it('has one descriptor per collection and section, with its noun and key', () => {
    expect(Object.keys(storeCollections)).toEqual(collectionNames);
    expect(Object.keys(storeSections)).toEqual(sectionNames);
    for (const n of collectionNames) {
      expect(storeCollections[n].noun).toBe(collections[n].noun);
      expect(storeCollections[n].key.field).toBe(collections[n].key);
    }
    expect([...requiredSections].sort()).toEqual(sectionNames.filter((n) => sections[n].required).sort());
    expect(idCollections.sort()).toEqual(collectionNames.filter((n) => collections[n].key === 'id').sort());
  });

  it('maps every field of every schema, in its order, and nothing else', () => {
    for (const [name, spec, schema] of all) expect(spec.fields.map((f) => f.field), name).toEqual(keysOf(schema));
  });

  it('maps each field onto a column of the migrated tables, of the right type, NOT NULL exactly when the field is required', () => {
    for (const [name, spec, schema] of all) {
      expect(tables.has(spec.table), `${name}: table ${spec.table}`).toBe(true);
      const columns = new Map(columnsOf(spec.table).map((c) => [c.name, c]));
      const used = new Set<string>([spec.key ? 'position' : 'singleton']);
      if (spec.key) used.add(spec.key.column);
      if (spec.key && parentOf(name as CollectionName)) used.add('singleton');
      for (const f of spec.fields) {
        const where = `${name}.${f.field}`;
        const required = !(schema.shape[f.field] as z.ZodType).safeParse(undefined).success;
        if (f.kind === 'column' || f.kind === 'id') {
          const column = columns.get(f.column);
          expect(column, `${where}: column ${spec.table}.${f.column}`).toBeDefined();
          const type = f.kind === 'id' || f.type === 'text' || f.type === 'json' ? 'TEXT' : 'INTEGER';
          expect(column!.type, where).toBe(type);
          expect(column!.notnull === 1 || column!.pk === 1, where).toBe(required);
          used.add(f.column);
        } else if (f.kind === 'list') {
          expect(tables.has(f.table), `${where}: table ${f.table}`).toBe(true);
          const link = columnsOf(f.table).map((c) => c.name);
          const values = f.target === 'source' ? ['evidence_id', 'interview_id'] : [f.valueColumn];
          expect(link, where).toEqual(expect.arrayContaining([f.owner, 'position', ...values]));
          expect(f.optional, where).toBe(!required);
          if (f.optional) {
            expect(columns.has(presentColumn(f.field)), `${where}: ${presentColumn(f.field)}`).toBe(true);
            used.add(presentColumn(f.field));
          }
        } else {
          expect(tables.has(f.table), `${where}: table ${f.table}`).toBe(true);
        }
      }
      expect([...columns.keys()].filter((c) => !used.has(c)), `${spec.table}: columns no field writes`).toEqual([]);
    }
  });

  it('protects every reference: each column holding an id is listed where removing a record checks', () => {
    const listed = (kind: keyof typeof referencedFrom) => referencedFrom[kind].map((r) => `${r.table}.${r.column}`).sort();
    const derived: Record<keyof typeof referencedFrom, string[]> = { person: [], point: [], evidence: [], interview: [], recommendation: [], factCheckRound: [] };
    for (const [, spec] of all) {
      if (spec.key?.field === 'pointId') derived.point.push(`${spec.table}.${spec.key.column}`);
      for (const f of spec.fields as FieldSpec[]) {
        if (f.kind === 'id') derived[f.target].push(`${spec.table}.${f.column}`);
        if (f.kind !== 'list' || f.target === 'text') continue;
        if (f.target !== 'source') derived[f.target].push(`${f.table}.${f.valueColumn}`);
        else {
          derived.evidence.push(`${f.table}.evidence_id`);
          derived.interview.push(`${f.table}.interview_id`);
        }
      }
    }
    for (const kind of Object.keys(derived) as Array<keyof typeof referencedFrom>) expect(listed(kind), kind).toEqual(derived[kind].sort());
  });
});

describe('places in CaseData', () => {
  it('take a case apart and put it back together exactly, keys in the format order', () => {
    const c = sample();
    let rebuilt = { format: FORMAT } as CaseData;
    // Put back in the reverse order, so that the order of the keys comes from the model, not from the writes.
    for (const name of [...sectionNames].reverse()) {
      const value = sectionIn(c, name);
      if (value) rebuilt = withSection(rebuilt, name, value as never);
    }
    for (const name of [...collectionNames].reverse()) {
      const parent = parentOf(name);
      if ((parent && !(parent in c)) || (!parent && !(name in c))) continue;
      rebuilt = withRecords(rebuilt, name, recordsIn(c, name) as never);
    }
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(c));
  });

  it('read an absent list or section as none', () => {
    const c = sample();
    expect(c.panel).toBeUndefined();
    expect(recordsIn(c, 'panelPoints')).toEqual([]);
    expect(sectionIn(c, 'panel')).toBeUndefined();
    expect(recordsIn(c, 'points').map((p) => keyOf('points', p))).toEqual(c.statement.points.map((p) => p.id));
    expect(recordsIn(c, 'findings').map((f) => keyOf('findings', f))).toEqual(c.findings!.map((f) => f.pointId));
  });

  it('create an absent section, empty, when one of its records is written, as the store does', () => {
    const point = { pointId: 'pt-1', view: 'The panel agrees.' };
    const c = withRecords(sample(), 'panelPoints', [point]);
    expect(c.panel).toEqual({ memberIds: [], attendeeIds: [], points: [point], recommendations: [] });
    expect(sections.panel.schema.safeParse(c.panel).success).toBe(true);
    for (const name of sectionNames) if (sections[name].lists.length > 0 && !sections[name].required) expect(sections[name].schema.safeParse(emptySection(name)).success, name).toBe(true);
  });

  it("replace a section's own fields and keep its records; remove only an optional section", () => {
    const c = sample();
    const next = withSection(c, 'statement', { agreedDate: '2024-11-05' });
    expect(next.statement).toEqual({ agreedDate: '2024-11-05', points: c.statement.points });
    expect(c.statement.agreedDate).toBe('2024-11-04');
    const withoutReview = withSection(c, 'ipReview', null);
    expect(withoutReview).not.toHaveProperty('ipReview');
    expect(() => withSection(c, 'complaint', null)).toThrow('the complaint section is required');
    const review = withSection(withoutReview, 'ipReview', { overall: 'Sound.' });
    expect(review.ipReview).toEqual({ overall: 'Sound.', points: [] });
  });
});
