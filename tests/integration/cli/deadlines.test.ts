// `impartial deadlines` on a real casefile in a temp dir, as a real process: the table, the
// JSON of docs/contracts/design.md section 5, and the iCalendar file parsed back with ical.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { impartialBin } from './bin.ts';

const root = join(import.meta.dirname, '../../..');
const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let casefile: string;
let unstarted: string;

function impartial(args: string[], passphrase = PASSPHRASE) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: passphrase },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-deadlines-'));
  const sample = JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8')) as CaseData;
  casefile = join(dir, 'sample.casefile');
  createCasefile(casefile, PASSPHRASE, sample).close();
  // A casefile with no dates yet: no clock has started.
  const empty: CaseData = { ...sample, complaint: { complainantIds: ['p-mother'] }, statement: { points: sample.statement.points } };
  delete empty.adjudication;
  delete empty.panel;
  unstarted = join(dir, 'unstarted.casefile');
  createCasefile(unstarted, PASSPHRASE, empty).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('impartial deadlines', () => {
  it('prints the deadlines as a table with the explanation of each', () => {
    const r = impartial(['deadlines', casefile, '--today', '2024-12-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('on Monday 2 December 2024');
    expect(r.stdout).toMatch(/Stage 2 response +Monday 9 December 2024 +25 +5 +due-soon/);
    expect(r.stdout).toContain('    25 working days from 4 November 2024, when the Statement of Complaint was agreed; no bank holiday or closure day falls in that time.');
    expect(r.stdout).toContain('27 December (an authority closure day)');
  });

  it('--json gives { key, label, start, due, workingDays, remaining, status } for every deadline', () => {
    const r = impartial(['deadlines', casefile, '--json', '--today', '2024-12-02']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.map((d) => d.key)).toEqual(['stage1.response', 'stage1.limit', 'stage2.response', 'stage2.limit', 'stage3.request', 'stage3.panel', 'stage3.report', 'stage3.response']);
    for (const d of list) {
      expect(Object.keys(d).slice(0, 7)).toEqual(['key', 'label', 'start', 'due', 'workingDays', 'remaining', 'status']);
      expect(['not-started', 'running', 'due-soon', 'overdue', 'met', 'late']).toContain(d.status);
    }
    expect(list[2]).toMatchObject({ key: 'stage2.response', label: 'Stage 2 response', start: '2024-11-04', due: '2024-12-09', workingDays: 25, remaining: 5, status: 'due-soon' });
    expect(list[5]).toMatchObject({ key: 'stage3.panel', start: null, due: null, workingDays: null, remaining: null, status: 'not-started' });
    // After the adjudication of 6 January 2025 the Stage 2 response was late, and says by how much.
    const later = JSON.parse(impartial(['deadlines', casefile, '--json', '--today', '2025-01-10']).stdout) as Array<Record<string, unknown>>;
    expect(later[2]).toMatchObject({ status: 'late', remaining: -16 });
  });

  it('--ics writes a valid iCalendar file with one all-day event per started deadline', () => {
    const ics = join(dir, 'deadlines.ics');
    const r = impartial(['deadlines', casefile, '--today', '2024-12-02', '--ics', ics]);
    expect(r.code).toBe(0);
    const text = readFileSync(ics, 'utf8');
    // RFC 5545: CRLF line ends, lines of at most 75 octets, PRODID and VERSION.
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(line).not.toContain('\n');
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Impartial//Statutory deadlines//EN');
    const events = calendar.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
    expect(events).toHaveLength(5);
    const stage2 = events.find(({ e }) => e.uid.startsWith('stage2.response.'))!;
    expect(stage2.e.startDate.isDate).toBe(true);
    expect(stage2.e.startDate.toString()).toBe('2024-12-09');
    expect(stage2.e.endDate.toString()).toBe('2024-12-10');
    expect(stage2.e.summary).toBe('Due: Stage 2 response (HP-24-017)');
    expect(stage2.e.description).toContain('25 working days from 4 November 2024, when the Statement of Complaint was agreed');
    expect(stage2.e.description).toContain('Status on 2 December 2024: due soon, 5 working days left.');
    expect(stage2.v.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(new Set(events.map(({ e }) => e.uid)).size).toBe(5);
    // Names never reach a calendar that may be synced to a phone.
    for (const name of ['Sarah', 'Jones', 'Liam', 'Priya']) expect(text).not.toContain(name);

    // Exporting again replaces the file, with the same UIDs so calendars update the events.
    const again = impartial(['deadlines', casefile, '--today', '2025-01-10', '--ics', ics]);
    expect(again.code).toBe(0);
    const uids = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids.sort()).toEqual(events.map(({ e }) => e.uid).sort());
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('fails with one line and writes nothing when the input is at fault', () => {
    const ics = join(dir, 'nothing.ics');
    const wrong = impartial(['deadlines', casefile, '--ics', ics], 'wrong passphrase');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('impartial deadlines: the passphrase does not open sample.casefile, or the file is damaged (the two cannot be told apart): check the passphrase and try again; if it is right, restore the casefile from a backup\n');
    const none = impartial(['deadlines', unstarted, '--ics', ics]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no deadline has started yet');
    expect(existsSync(ics)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.nothing'))).toEqual([]);
    const badToday = impartial(['deadlines', casefile, '--today', '2024-12-32']);
    expect(badToday).toMatchObject({ code: 1, stderr: 'impartial deadlines: --today "2024-12-32" is not a real date written as YYYY-MM-DD\n' });
  });

  it('exits 2 on a usage error', () => {
    expect(impartial(['deadlines']).code).toBe(2);
    expect(impartial(['deadlines', casefile, '--calendar', 'x.ics']).code).toBe(2);
  });

  it('defaults --today to the real date', () => {
    const list = JSON.parse(impartial(['deadlines', unstarted, '--json']).stdout) as Array<{ status: string }>;
    expect(list.every((d) => d.status === 'not-started')).toBe(true);
    const r = impartial(['deadlines', casefile]);
    expect(r.code).toBe(0);
    const now = new Date();
    expect(r.stdout).toContain(`${now.getDate()} ${now.toLocaleString('en-GB', { month: 'long' })} ${now.getFullYear()}`);
  });
});
