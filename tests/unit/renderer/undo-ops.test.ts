// The inverses of the renderer's edits (renderer/src/app/undo-ops.ts): applying an edit and
// then its inverse gives back the case as it was, record for record and in the same order,
// for saves, deletes (at the start, middle and end of a list, and records kept per point),
// moves, sections changed and sections removed with their records, and several edits made as
// one step (a recommendation deleted with the action that answered it).
import { describe, expect, it } from 'vitest';
import { applyTo, describeRecord, inverseOf, inverseOfAll, type EditOp } from '../../../renderer/src/app/undo-ops.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { sample } from '../documents/helpers.ts';

const undoes = (c: CaseData, ops: EditOp[]) => {
  const inverse = inverseOfAll(c, ops);
  let after = c;
  for (const op of ops) after = applyTo(after, op);
  expect(after).not.toEqual(c);
  let back = after;
  for (const op of inverse) back = applyTo(back, op);
  expect(JSON.stringify(back)).toBe(JSON.stringify(c));
};

describe('the inverse of an edit', () => {
  it('a new record is deleted again; a changed one is written back as it was', () => {
    const c = sample();
    expect(inverseOf(c, { kind: 'save', collection: 'recommendations', record: { id: 'r-new', number: '9', text: 'x', pointIds: [] } }))
      .toEqual([{ kind: 'delete', collection: 'recommendations', id: 'r-new' }]);
    undoes(c, [{ kind: 'save', collection: 'recommendations', record: { id: 'r-new', number: '9', text: 'x', pointIds: [] } }]);
    undoes(c, [{ kind: 'save', collection: 'recommendations', record: { ...c.recommendations![1]!, text: 'Changed.', owner: undefined } as never }]);
  });

  it('a deleted record comes back at its place, with its links', () => {
    const c = sample();
    for (const r of c.recommendations!) undoes(c, [{ kind: 'delete', collection: 'recommendations', id: r.id }]);
    for (const e of c.evidence!) undoes(c, [{ kind: 'delete', collection: 'evidence', id: e.id }]);
    const back = inverseOf(c, { kind: 'delete', collection: 'recommendations', id: 'r-1' });
    expect(back).toEqual([{ kind: 'save', collection: 'recommendations', record: c.recommendations![0] }, { kind: 'place', collection: 'recommendations', id: 'r-1', index: 0 }]);
    // The last of a list goes back there by itself.
    expect(inverseOf(c, { kind: 'delete', collection: 'recommendations', id: 'r-3' })).toHaveLength(1);
    expect(inverseOf(c, { kind: 'delete', collection: 'findings', id: 'pt-4' })).toEqual([{ kind: 'save', collection: 'findings', record: c.findings![3] }]);
    undoes(c, [{ kind: 'delete', collection: 'findings', id: 'pt-2' }]);
  });

  it('a delete of what is not there has nothing to undo', () => {
    expect(inverseOf(sample(), { kind: 'delete', collection: 'recommendations', id: 'nope' })).toEqual([]);
  });

  it('a move goes back to the order before', () => {
    const c = sample();
    undoes(c, [{ kind: 'order', collection: 'evidence', ids: c.evidence!.map((e) => e.id).reverse() }]);
  });

  it('a section changed is written back; one removed comes back with its records', () => {
    const c = sample();
    undoes(c, [{ kind: 'section', section: 'investigation', value: { introduction: 'New.' } }]);
    undoes(c, [{ kind: 'section', section: 'adjudication', value: null }]);
    const back = inverseOf(c, { kind: 'section', section: 'adjudication', value: null });
    expect(back.filter((op) => op.kind === 'save').length).toBe(c.adjudication!.points.length + c.adjudication!.actions.length);
  });

  it('a section that was absent is removed again', () => {
    const c = sample();
    delete c.extension;
    expect(inverseOf(c, { kind: 'section', section: 'extension', value: { agreedDate: '2024-09-01', reason: 'x' } }))
      .toEqual([{ kind: 'section', section: 'extension', value: null }]);
  });

  it('a recommendation deleted with the action that answered it comes back with it, in one step', () => {
    const c = sample();
    const action = c.adjudication!.actions.find((a) => a.recommendationIds.includes('r-1'))!;
    const ops: EditOp[] = [{ kind: 'delete', collection: 'adjudicationActions', id: action.id }, { kind: 'delete', collection: 'recommendations', id: 'r-1' }];
    undoes(c, ops);
    // The recommendation first, then the action that refers to it.
    expect(inverseOfAll(c, ops).map((op) => `${op.kind} ${'collection' in op ? op.collection : ''}`)).toEqual([
      'save recommendations', 'place recommendations', 'save adjudicationActions', 'place adjudicationActions',
    ]);
  });
});

describe('a record in words', () => {
  it('by its number, reference or label', () => {
    expect(describeRecord('recommendations', { number: '2' })).toBe('recommendation 2');
    expect(describeRecord('evidence', { ref: 'D3' })).toBe('evidence item D3');
    expect(describeRecord('chronology', { date: '2024-01-01' })).toBe('the chronology entry');
  });
});
