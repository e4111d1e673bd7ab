// The history chained by hash, on real casefiles: every change is a row saying who, when, which
// record and fields, and the values before and after; typing saved every few hundred
// milliseconds is one change; and a chain broken on purpose (a value changed with the key, a row
// deleted, two rows swapped, the last row cut off) is reported by verify, naming the change.
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, verifyCasefileAt, type Casefile } from '../../../electron/core/casefile/index.ts';
import { MERGE_WINDOW_MS } from '../../../electron/core/casefile/audit.ts';
import { openDatabase } from '../../../electron/core/casefile/open.ts';
import { GENESIS_HASH } from '../../../shared/history/index.ts';
import { copyOfCasefile, removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'history trials';
let path: string;
let casefile: Casefile;

// The sample case made by Jane Smith once, and a copy of it opened as hers for each test.
let made: string;
beforeAll(() => {
  made = join(tempDir(), 'history.casefile');
  createCasefile(made, PASSPHRASE, sampleCase(), { actor: { name: 'Jane Smith' } }).close();
});
beforeEach(() => {
  casefile?.close();
  path = copyOfCasefile(made);
  casefile = openCasefile(path, PASSPHRASE, { actor: { name: 'Jane Smith' } });
});

/** Changes the stored rows behind the app's back, with the key, as someone with the passphrase and an SQLite tool could. */
function tamper(sql: string, ...params: unknown[]): void {
  casefile.close();
  const db = openDatabase(path, PASSPHRASE);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const finding = () => sampleCase().findings!.find((f) => f.pointId === 'pt-2')!;

describe('a change in the history', () => {
  it('says who made it, when, to which record and field, and the values before and after', () => {
    casefile.upsert('findings', { ...finding(), analysis: 'A new analysis.' });
    const [row] = casefile.history({ limit: 1 });
    expect(row).toMatchObject({
      seq: 2,
      who: { name: 'Jane Smith', role: 'investigating-officer' },
      action: 'update', collection: 'findings', recordId: 'pt-2', record: 'finding on point 2', fields: ['analysis'],
      before: { analysis: finding().analysis }, after: { analysis: 'A new analysis.' },
      summary: 'updated finding on point 2: analysis',
    });
    expect(Date.parse(row!.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(row!.prevHash).toBe(casefile.history({ limit: 2 })[1]!.hash);
    expect(casefile.history({ limit: 2 })[1]!.prevHash).toBe(GENESIS_HASH);
  });

  it('names records as the user knows them, and keeps added and removed records whole', () => {
    const c = sampleCase();
    casefile.upsert('chronology', { id: 'c-new', date: '2024-07-10', event: 'Ms A writes again.', sourceIds: [], pointIds: [] });
    casefile.remove('chronology', 'c-new');
    casefile.upsert('evidence', { ...c.evidence![0]!, title: 'Case notes (extract)', pointIds: ['pt-1', 'pt-2'] });
    casefile.reorder('recommendations', [...c.recommendations!.map((r) => r.id)].reverse());
    casefile.setSection('extension', { agreedDate: '2024-12-02', reason: 'Two interviews moved to January.' });
    casefile.setSection('extension', undefined);
    casefile.setSection('case', { ...c.case, classification: 'OFFICIAL' });
    const rows = casefile.history({ limit: 7 }).reverse();
    expect(rows.map((r) => r.summary)).toEqual([
      'added chronology entry of 10 July 2024',
      'removed chronology entry of 10 July 2024',
      'updated evidence item D1: title, points',
      'reordered the recommendations',
      'added the extension',
      'removed the extension',
      'updated the case details: classification',
    ]);
    expect(rows[0]!.after).toEqual({ id: 'c-new', date: '2024-07-10', event: 'Ms A writes again.', sourceIds: [], pointIds: [] });
    expect(rows[1]!.before).toEqual(rows[0]!.after);
    expect(rows[1]!.after).toBeUndefined();
    expect(rows[2]).toMatchObject({ fields: ['title', 'pointIds'], before: { title: c.evidence![0]!.title, pointIds: c.evidence![0]!.pointIds }, after: { pointIds: ['pt-1', 'pt-2'] } });
    expect(rows[6]).toMatchObject({ before: { classification: 'OFFICIAL-SENSITIVE' }, after: { classification: 'OFFICIAL' } });
    expect(rows[4]!.after).toEqual({ agreedDate: '2024-12-02', reason: 'Two interviews moved to January.' });
  });

  it('is not written for a save that changes nothing', () => {
    const before = casefile.history().length;
    casefile.upsert('points', sampleCase().statement.points[0]!);
    casefile.setSection('authority', sampleCase().authority);
    casefile.reorder('points', sampleCase().statement.points.map((p) => p.id));
    expect(casefile.history()).toHaveLength(before);
  });

  it('records an attached file by its name, size and SHA-256, never its bytes', () => {
    casefile.putAttachment('e-2', Buffer.from('a letter'), 'letter.pdf', 'application/pdf');
    const [row] = casefile.history({ limit: 1 });
    expect(row).toMatchObject({ action: 'attach', record: 'evidence item D2', fields: ['attachment'], after: { attachment: { fileName: 'letter.pdf', size: 8 } } });
    expect(JSON.stringify(row)).not.toContain(Buffer.from('a letter').toString('base64'));
  });

  it('records the role alone when no name was given, and the name given from then on', () => {
    casefile.actAs({});
    casefile.upsert('points', { ...sampleCase().statement.points[0]!, summary: 'One' });
    casefile.actAs({ name: 'R. Patel' });
    casefile.setSection('case', { ...sampleCase().case, role: 'independent-person' });
    const [second, first] = casefile.history({ limit: 2 });
    expect(first!.who).toEqual({ role: 'investigating-officer' });
    expect(second!.who).toEqual({ name: 'R. Patel', role: 'independent-person' });
  });

  it('makes one change of typing saved again and again, and none of typing put back', () => {
    const before = casefile.history().length;
    for (const text of ['A', 'An', 'An a', 'An analysis']) casefile.upsert('findings', { ...finding(), analysis: text });
    let rows = casefile.history();
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ fields: ['analysis'], before: { analysis: finding().analysis }, after: { analysis: 'An analysis' } });
    // Another field, or another record, is a change of its own.
    casefile.upsert('findings', { ...finding(), analysis: 'An analysis', conclusion: 'Upheld.' });
    casefile.upsert('findings', { ...finding(), analysis: 'An analysis, revised', conclusion: 'Upheld.' });
    rows = casefile.history();
    expect(rows.slice(0, 3).map((r) => r.fields)).toEqual([['analysis'], ['conclusion'], ['analysis']]);
    // Typed and then put back as it was: no change at all.
    casefile.setSection('investigation', { ...sampleCase().investigation, conclusion: 'Draft' });
    casefile.setSection('investigation', { ...sampleCase().investigation });
    expect(casefile.history()).toHaveLength(before + 3);
    expect(casefile.checkHistory()).toEqual([]);
  });

  it('starts a new change once the last one has been recorded elsewhere (a backup, this computer)', () => {
    casefile.upsert('findings', { ...finding(), analysis: 'First' });
    const head = casefile.historyHead();
    casefile.upsert('findings', { ...finding(), analysis: 'Second' });
    const rows = casefile.history({ limit: 2 });
    expect(rows[1]!.hash).toBe(head.hash);
    expect(rows[0]).toMatchObject({ seq: head.seq + 1, before: { analysis: 'First' }, after: { analysis: 'Second' } });
    expect(MERGE_WINDOW_MS).toBe(5 * 60_000);
  });

  it('survives closing and opening, and verifies', () => {
    casefile.upsert('findings', { ...finding(), analysis: 'Kept' });
    const rows = casefile.allHistory();
    casefile.close();
    casefile = openCasefile(path, PASSPHRASE);
    expect(casefile.allHistory()).toEqual(rows);
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
  });
});

describe('a history broken on purpose', () => {
  beforeEach(() => {
    const c = sampleCase();
    casefile.upsert('findings', { ...finding(), analysis: 'Second change.' });
    casefile.upsert('points', { ...c.statement.points[0]!, summary: 'Third change.' });
    casefile.upsert('chronology', { ...c.chronology![0]!, event: 'Fourth change.' });
    casefile.upsert('evidence', { ...c.evidence![1]!, title: 'Fifth change.' });
    expect(casefile.checkHistory()).toEqual([]);
  });

  it('reports a value changed with the key, naming the change', () => {
    tamper("UPDATE audit_trail SET after_json = '{\"analysis\":\"Something else.\"}' WHERE id = 2");
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual(['history: change 2 does not match its hash (it was altered or moved after it was recorded)']);
  });

  it('reports who or when changed, too', () => {
    tamper("UPDATE audit_trail SET who_name = 'Someone Else' WHERE id = 3");
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual(['history: change 3 does not match its hash (it was altered or moved after it was recorded)']);
    tamper("UPDATE audit_trail SET who_name = 'Jane Smith', at = '2020-01-01T00:00:00.000Z' WHERE id = 3");
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual(['history: change 3 does not match its hash (it was altered or moved after it was recorded)']);
  });

  it('reports a row deleted from the middle', () => {
    tamper('DELETE FROM audit_trail WHERE id = 3');
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual([
      'history: change 3 is missing (removed from the history)',
      'history: change 4 does not follow change 2 (a change was removed, inserted or moved there)',
    ]);
  });

  it('reports rows swapped', () => {
    tamper('UPDATE audit_trail SET id = -1 WHERE id = 3');
    tamper('UPDATE audit_trail SET id = 3 WHERE id = 4');
    tamper('UPDATE audit_trail SET id = 4 WHERE id = -1');
    const problems = verifyCasefileAt(path, PASSPHRASE).problems;
    expect(problems).toContain('history: change 3 does not match its hash (it was altered or moved after it was recorded)');
    expect(problems).toContain('history: change 4 does not match its hash (it was altered or moved after it was recorded)');
    expect(problems).toContain('history: change 3 does not follow change 2 (a change was removed, inserted or moved there)');
  });

  it('reports the last change cut off, and the first', () => {
    tamper('DELETE FROM audit_trail WHERE id = 5');
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual(['history: it ends at change 4, but the casefile recorded change 5 as its last (1 removed from the end)']);
    tamper('DELETE FROM audit_trail WHERE id = 1');
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual([
      'history: change 1 is missing (removed from the history)',
      'history: change 2 does not follow the start of the history (a change was removed, inserted or moved there)',
      'history: it ends at change 4, but the casefile recorded change 5 as its last (1 removed from the end)',
    ]);
  });

  it('reports a change inserted with a made-up hash', () => {
    tamper(`INSERT INTO audit_trail (id, at, action, summary, prev_hash, hash) SELECT 6, at, 'update', 'made up', hash, '${'a'.repeat(64)}' FROM audit_trail WHERE id = 5`);
    expect(verifyCasefileAt(path, PASSPHRASE).problems).toEqual([
      'history: change 6 does not match its hash (it was altered or moved after it was recorded)',
      'history: its last change is change 6, not the one the casefile recorded as its last (change 5)',
    ]);
  });
});
