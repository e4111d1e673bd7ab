// Every text field of the case model is searchable and has a label in the words of the
// screens; a field added to the model without one fails here, naming it.
import { describe, expect, it } from 'vitest';
import { collectionNames, sectionNames } from '../../../shared/case-model/index.ts';
import { collectionTextFields, fieldLabels, namePlace, sectionTextFields, type PlaceLookup } from '../../../shared/search/index.ts';

describe('the text fields of the case model', () => {
  it('are the fields people write in, not ids, numbers, dates or choices', () => {
    expect(collectionTextFields.findings).toEqual(['evidence', 'analysis', 'conclusion', 'noRecommendationReason']);
    expect(collectionTextFields.evidence).toEqual(['title', 'source', 'notes']);
    expect(collectionTextFields.interviews).toEqual(['summary']);
    expect(sectionTextFields.authority).toEqual(['name', 'service', 'address', 'complaintsManager', 'directorTitle']);
  });

  it('each have a label', () => {
    const missing = [
      ...collectionNames.flatMap((c) => collectionTextFields[c].filter((f) => !fieldLabels.collections[c][f]).map((f) => `${c}.${f}`)),
      ...sectionNames.flatMap((s) => sectionTextFields[s].filter((f) => !fieldLabels.sections[s][f]).map((f) => `${s}.${f}`)),
    ];
    expect(missing, 'add a label to shared/search/places.ts').toEqual([]);
  });
});

describe('namePlace', () => {
  const lookup: PlaceLookup = {
    pointNumber: () => '2b', person: () => ({ name: 'Jane Smith', label: 'SW1' }), evidence: () => ({ ref: 'D1', title: 'Case notes', fileName: 'notes.docx' }),
    interviewRef: () => 'I2', chronologyDate: () => '2024-03-03', recommendationNumber: () => '3', indexOf: () => 1,
  };
  it('names places as the user would', () => {
    const name = (t: Parameters<typeof namePlace>[0]) => namePlace(t, lookup).place;
    expect(name({ kind: 'record', collection: 'findings', key: 'p', field: 'analysis' })).toBe('point 2b, analysis');
    expect(name({ kind: 'file', evidenceId: 'e', page: 2 })).toBe('D1, page 2');
    expect(name({ kind: 'file', evidenceId: 'e' })).toBe('D1, notes.docx');
    expect(name({ kind: 'record', collection: 'chronology', key: 'c', field: 'event' })).toBe('chronology, 3 March 2024');
    expect(name({ kind: 'record', collection: 'interviews', key: 'i', field: 'summary' })).toBe('interview I2, summary');
    expect(name({ kind: 'record', collection: 'people', key: 'p', field: 'jobTitle' })).toBe('Jane Smith (SW1), job title');
    expect(name({ kind: 'record', collection: 'recommendations', key: 'r', field: 'text' })).toBe('recommendation 3');
    expect(name({ kind: 'section', section: 'investigation', field: 'legalFramework' })).toBe('investigation, legal framework');
    expect(namePlace({ kind: 'record', collection: 'findings', key: 'p', field: 'analysis' }, lookup).path).toBe('findings[1].analysis');
    expect(namePlace({ kind: 'record', collection: 'points', key: 'p', field: 'detail' }, lookup).path).toBe('statement.points[1].detail');
  });
});
