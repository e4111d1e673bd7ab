// The store's schemas are derived from the API's (shared/api.ts): the same collections and
// sections, except that the store takes evidence with its attachment bytes and never takes a
// null section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collections as apiCollections, sections as apiSections } from '../../../shared/api.ts';
import { collections, recordSchemas, sectionNames, sectionSchemas } from '../../../electron/core/casefile/records.ts';

const sample = JSON.parse(readFileSync(new URL('../../fixtures/sample-case.json', import.meta.url), 'utf8'));

describe('the store schemas derived from the API', () => {
  it('cover exactly the collections and sections of the store', () => {
    expect(Object.keys(recordSchemas).sort()).toEqual(Object.keys(collections).sort());
    expect(Object.keys(recordSchemas).sort()).toEqual(Object.keys(apiCollections).sort());
    expect(Object.keys(sectionSchemas).sort()).toEqual([...sectionNames].sort());
    expect(Object.keys(sectionSchemas).sort()).toEqual(Object.keys(apiSections).sort());
  });

  it('take evidence with its attachment bytes, which the API refuses', () => {
    const evidence = {
      id: 'e-x', ref: 'EX', kind: 'correspondence', title: 'A letter', pointIds: [],
      attachment: { fileName: 'a.txt', mediaType: 'text/plain', size: 2, sha256: 'a'.repeat(64), data: 'aGk=' },
    };
    expect(recordSchemas.evidence.safeParse(evidence).success).toBe(true);
    expect(apiCollections.evidence.safeParse(evidence).success).toBe(false);
  });

  it('refuse a null section where the API takes null as removal', () => {
    for (const name of ['extension', 'investigation', 'ipReview', 'adjudication', 'panel'] as const) {
      expect(apiSections[name].safeParse(null).success).toBe(true);
      expect(sectionSchemas[name].safeParse(null).success).toBe(false);
    }
    expect(sectionSchemas.case.safeParse(sample.case).success).toBe(true);
    const { points: _points, ...statement } = sample.statement;
    expect(sectionSchemas.statement.safeParse(statement).success).toBe(true);
    expect(sectionSchemas.statement.safeParse(sample.statement).success).toBe(false);
  });
});
