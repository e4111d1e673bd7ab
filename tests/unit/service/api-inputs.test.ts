// saveRecord and saveSection take one strict object per collection / section, built from the
// collections and sections maps: every name is accepted with its own schema and no other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api, collectionNames, sections } from '../../../shared/api.ts';

const sample = JSON.parse(readFileSync(new URL('../../fixtures/sample-case.json', import.meta.url), 'utf8'));
const person = sample.people[0];
const point = sample.statement.points[0];

describe('saveRecord and saveSection inputs', () => {
  it('take a record for every collection and check it against that collection', () => {
    const input = api.saveRecord.input;
    expect(input.safeParse({ sessionId: 's', collection: 'people', record: person }).success).toBe(true);
    expect(input.safeParse({ sessionId: 's', collection: 'points', record: point }).success).toBe(true);
    expect(input.safeParse({ sessionId: 's', collection: 'people', record: point }).success).toBe(false);
    expect(input.safeParse({ sessionId: 's', collection: 'nonsense', record: person }).success).toBe(false);
    expect(input.safeParse({ sessionId: 's', collection: 'people', record: person, extra: 1 }).success).toBe(false);
    // Every collection name is a known discriminator (a wrong record fails on the record, not the name).
    for (const collection of collectionNames) {
      const result = input.safeParse({ sessionId: 's', collection, record: {} });
      expect(result.success).toBe(false);
      expect(result.error!.issues.every((i) => i.path[0] === 'record')).toBe(true);
    }
  });

  it('take a value for every section, and null only for the optional ones', () => {
    const input = api.saveSection.input;
    expect(input.safeParse({ sessionId: 's', section: 'case', value: sample.case }).success).toBe(true);
    expect(input.safeParse({ sessionId: 's', section: 'case', value: null }).success).toBe(false);
    expect(input.safeParse({ sessionId: 's', section: 'extension', value: null }).success).toBe(true);
    for (const section of Object.keys(sections)) {
      expect(input.safeParse({ sessionId: 's', section, value: 42 }).error!.issues.every((i) => i.path[0] === 'value')).toBe(true);
    }
  });
});
