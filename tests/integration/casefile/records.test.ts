// Single-record edits: each is validated (shape, references, unique ids and numbers), is one
// transaction with its audit row, and when refused leaves the casefile exactly as it was.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCasefile, InvalidCaseError, openCasefile, RecordNotFoundError, StillReferencedError, type Casefile,
} from '../../../electron/core/casefile/index.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { copyOfCasefile, removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

// The sample case made once, and a copy of it opened for each test.
let made: string;
beforeAll(() => {
  made = join(tempDir(), 'records.casefile');
  createCasefile(made, 'pw', sampleCase()).close();
});
let casefile: Casefile;
beforeEach(() => {
  casefile?.close();
  casefile = openCasefile(copyOfCasefile(made), 'pw');
});

/** Runs a write that must be refused, and checks nothing changed, not even the audit trail. */
function refused(write: () => void, error: new (...args: never[]) => Error, message: string): void {
  const before = casefile.readCase({ withAttachments: true });
  const trail = casefile.auditTrail(1000);
  expect(write).toThrow(error);
  expect(write).toThrow(message);
  expect(casefile.readCase({ withAttachments: true })).toStrictEqual(before);
  expect(casefile.auditTrail(1000)).toEqual(trail);
}

describe('upsert', () => {
  it('updates a record in place, keeping its position, and audits it', () => {
    const point = { ...sampleCase().statement.points[1]!, summary: 'Emails went unanswered for six weeks' };
    casefile.upsert('points', point);
    const c = casefile.readCase();
    expect(c.statement.points[1]).toEqual(point);
    expect(c.statement.points.map((p) => p.id)).toEqual(sampleCase().statement.points.map((p) => p.id));
    expect(casefile.auditTrail(1)[0]).toMatchObject({ action: 'update', collection: 'points', recordId: 'pt-2', summary: 'updated point 2: summary', fields: ['summary'] });
  });

  it('adds a new record at the end', () => {
    casefile.upsert('chronology', { id: 'c-9', date: '2024-07-10', event: 'Ms A writes to the Team Manager.', sourceIds: ['e-3', 'i-1'], pointIds: ['pt-3'] });
    const c = casefile.readCase();
    expect(c.chronology!.at(-1)).toEqual({ id: 'c-9', date: '2024-07-10', event: 'Ms A writes to the Team Manager.', sourceIds: ['e-3', 'i-1'], pointIds: ['pt-3'] });
    expect(casefile.auditTrail(1)[0]).toMatchObject({ action: 'add', recordId: 'c-9' });
  });

  it('clears optional fields that the new version leaves out', () => {
    const { desiredOutcome: _d, ...point } = sampleCase().statement.points[0]!;
    casefile.upsert('points', point);
    expect(casefile.readCase().statement.points[0]).toStrictEqual(point);
  });

  it('refuses a dangling reference, naming the field', () => {
    refused(() => casefile.upsert('evidence', { ...sampleCase().evidence![0]!, pointIds: ['pt-1', 'pt-99'] }), InvalidCaseError, 'evidence["e-1"].pointIds[1]: unknown point "pt-99"');
    refused(() => casefile.upsert('findings', { pointId: 'pt-1', outcome: 'upheld', sourceIds: ['pt-2'] }), InvalidCaseError, 'findings["pt-1"].sourceIds[0]: unknown evidence or interview "pt-2"');
    refused(() => casefile.upsert('findings', { pointId: 'pt-42', outcome: 'upheld' }), InvalidCaseError, 'findings["pt-42"].pointId: unknown point "pt-42"');
    refused(() => casefile.upsert('interviews', { ...sampleCase().interviews![0]!, personId: 'p-nobody' }), InvalidCaseError, 'interviews["i-1"].personId: unknown person "p-nobody"');
  });

  it('refuses a duplicate number and an id used by another kind of record', () => {
    refused(() => casefile.upsert('points', { id: 'pt-6', number: '3', summary: 's', detail: 'd' }), InvalidCaseError, 'points["pt-6"].number: duplicate "3" (already used by "pt-3")');
    refused(() => casefile.upsert('points', { id: 'e-1', number: '6', summary: 's', detail: 'd' }), InvalidCaseError, 'points["e-1"].id: duplicate id "e-1" (already used in evidence)');
  });

  it('refuses an unknown field, an impossible date and a bad enum value, naming the field', () => {
    refused(() => casefile.upsert('people', { ...sampleCase().people[0]!, nickname: 'S' }), InvalidCaseError, 'people["p-mother"].nickname: unknown field "nickname"');
    refused(() => casefile.upsert('chronology', { id: 'c-1', date: '2023-02-29', event: 'x', sourceIds: [], pointIds: [] }), InvalidCaseError, 'chronology["c-1"].date: impossible date');
    refused(() => casefile.upsert('findings', { pointId: 'pt-1', outcome: 'mostly' }), InvalidCaseError, 'findings["pt-1"].outcome: must be one of');
  });

  it('creates the IP review when its first point is written', () => {
    const c: CaseData = sampleCase();
    delete c.ipReview;
    casefile.replaceCase(c);
    casefile.upsert('ipReviewPoints', { pointId: 'pt-1', view: 'agree' });
    expect(casefile.readCase().ipReview).toEqual({ points: [{ pointId: 'pt-1', view: 'agree' }] });
  });
});

describe('remove', () => {
  it('refuses to remove a record others still refer to, saying which', () => {
    refused(() => casefile.remove('points', 'pt-1'), StillReferencedError, 'cannot remove point "pt-1": still referenced by evidence item "e-1", evidence item "e-2", interview "i-1" and');
    refused(() => casefile.remove('people', 'p-mother'), StillReferencedError, 'still referenced by the complaint (complainants)');
    refused(() => casefile.remove('recommendations', 'r-1'), StillReferencedError, 'adjudication action "a-1"');
  });

  it('removes a record with its links, and says when there is nothing to remove', () => {
    casefile.remove('chronology', 'c-3');
    expect(casefile.readCase().chronology!.map((c) => c.id)).not.toContain('c-3');
    expect(casefile.auditTrail(1)[0]).toMatchObject({ action: 'remove', collection: 'chronology', recordId: 'c-3' });
    refused(() => casefile.remove('chronology', 'c-3'), RecordNotFoundError, 'chronology entry "c-3" does not exist');
  });
});

describe('sections and order', () => {
  it('sets and clears an optional section; refuses to clear a required one', () => {
    casefile.setSection('extension', { agreedDate: '2024-12-02', reason: 'More interviews were needed.' });
    expect(casefile.readCase().extension).toEqual({ agreedDate: '2024-12-02', reason: 'More interviews were needed.' });
    casefile.setSection('extension', undefined);
    expect(casefile.readCase().extension).toBeUndefined();
    refused(() => casefile.setSection('authority', undefined), ImpartialError, 'the authority section is required');
  });

  it('replaces a section without touching its records, and checks its references', () => {
    casefile.setSection('statement', { sentDate: '2024-10-29', agreedDate: '2024-11-05' });
    const c = casefile.readCase();
    expect(c.statement).toEqual({ ...sampleCase().statement, sentDate: '2024-10-29', agreedDate: '2024-11-05', agreedHow: undefined });
    expect(c.statement.points).toHaveLength(5);
    refused(() => casefile.setSection('complaint', { complainantIds: ['p-ghost'] }), InvalidCaseError, 'complaint.complainantIds[0]: unknown person "p-ghost"');
    refused(() => casefile.setSection('statement', { points: [] }), InvalidCaseError, 'statement.points: unknown field "points"');
  });

  it('refuses an extension beyond the Stage 2 limit, and a change of clock start that would put it there', () => {
    // The sample's Statement of Complaint was agreed on 4 November 2024: 65 working days later is 7 February 2025.
    refused(() => casefile.setSection('extension', { agreedDate: '2024-12-02', reason: 'r', newDeadline: '2025-03-31' }), InvalidCaseError, 'extension.newDeadline:');
    casefile.setSection('extension', { agreedDate: '2024-12-02', reason: 'r', newDeadline: '2025-02-05' });
    refused(() => casefile.setSection('statement', { agreedDate: '2024-09-02' }), InvalidCaseError, 'extension.newDeadline:');
  });

  it('reorders a collection, and refuses an order that is not a permutation', () => {
    casefile.reorder('points', ['pt-5', 'pt-4', 'pt-3', 'pt-2', 'pt-1']);
    expect(casefile.readCase().statement.points.map((p) => p.number)).toEqual(['5', '4', '3', '2', '1']);
    refused(() => casefile.reorder('points', ['pt-1', 'pt-2']), ImpartialError, 'must list each of its 5 records exactly once');
  });

  it('keeps the whole case valid after every edit', () => {
    casefile.upsert('recommendations', { id: 'r-4', number: '4', text: 'Weekly family time should be reviewed.', pointIds: ['pt-3'] });
    casefile.upsert('adjudicationActions', { id: 'a-4', recommendationIds: ['r-4'], decision: 'accepted', action: 'Review family time.' });
    casefile.reorder('adjudicationActions', ['a-4', 'a-1', 'a-2', 'a-3']);
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    expect(casefile.readCase().adjudication!.actions[0]!.id).toBe('a-4');
  });
});
