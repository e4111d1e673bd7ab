// Every place the search indexes has somewhere to go in the app: a field a document prints goes
// to that field (focusText, the same reference the names check uses), anything else to its record
// or screen. A text field added to the case model without a way there fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeOfHit } from '../../../renderer/src/app/search-places.ts';
import { textFieldNames, textFields } from '../../../shared/case-model/texts.ts';
import { collectionTextFields, sectionTextFields } from '../../../shared/search/index.ts';
import type { CollectionName, SectionName } from '../../../shared/case-model/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { isSearchKey, screenForKey } from '../../../shared/screens.ts';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;

describe('where a search hit goes', () => {
  it('goes somewhere for every indexed field of every collection and section', () => {
    const nowhere: string[] = [];
    for (const [collection, fields] of Object.entries(collectionTextFields) as [CollectionName, string[]][]) {
      for (const field of fields) {
        if (!placeOfHit({ kind: 'record', collection, key: 'k1', field }, sample)) nowhere.push(`${collection}.${field}`);
      }
    }
    for (const [section, fields] of Object.entries(sectionTextFields) as [SectionName, string[]][]) {
      for (const field of fields) if (!placeOfHit({ kind: 'section', section, field }, sample)) nowhere.push(`${section}.${field}`);
    }
    expect(nowhere).toEqual([]);
  });

  it('focuses the field itself for every text a document prints', () => {
    const unfocused = textFieldNames.filter((name) => {
      const model = textFields[name];
      const field = name.slice(name.lastIndexOf('.') + 1);
      const place = model.collection
        ? placeOfHit({ kind: 'record', collection: model.collection, key: 'k1', field }, sample)
        : placeOfHit({ kind: 'section', section: model.section!, field }, sample);
      return !place?.focusText?.startsWith(`${name} `);
    });
    // A field inside an object of its section (case.references.authority, complaintsManager.name,
    // payment.reason) is indexed as the whole object and goes to its screen.
    expect(unfocused).toEqual(['case.references.authority', 'authority.complaintsManager.name', 'adjudication.payment.reason']);
  });

  it("goes to a finding's analysis on its point, and a person's name on their card", () => {
    expect(placeOfHit({ kind: 'record', collection: 'findings', key: 'pt-2', field: 'analysis' }, sample))
      .toEqual({ screen: 'findings', pointId: 'pt-2', focusText: 'findings.analysis pt-2 ' });
    expect(placeOfHit({ kind: 'record', collection: 'people', key: 'p-1', field: 'name' }, sample))
      .toEqual({ screen: 'people', personId: 'p-1', focusId: 'person-p-1-name' });
    expect(placeOfHit({ kind: 'record', collection: 'interviews', key: 'i-1', field: 'summary' }, sample))
      .toEqual({ screen: 'evidence', tab: 'interviews', recordId: 'i-1', focusId: 'interview-i-1-summary' });
  });
});

describe('the search key', () => {
  const press = (p: Partial<{ code: string; key: string; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }>) =>
    ({ code: 'KeyK', key: 'k', ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...p });
  it('is Ctrl+K, or Cmd+K on a Mac, and nothing else', () => {
    expect(isSearchKey(press({ ctrlKey: true }), 'other')).toBe(true);
    expect(isSearchKey(press({ metaKey: true }), 'mac')).toBe(true);
    expect(isSearchKey(press({ ctrlKey: true }), 'mac')).toBe(false);
    expect(isSearchKey(press({ ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(isSearchKey(press({}), 'other')).toBe(false);
    // A layout where the K key types another letter still has the key where K is.
    expect(isSearchKey(press({ key: 'л', ctrlKey: true }), 'other')).toBe(true);
    expect(screenForKey(press({ ctrlKey: true }), 'other')).toBeUndefined();
  });
});
