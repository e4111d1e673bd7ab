// `impartial log` and `impartial backup` as real processes, and the input findings of issue 11
// at the command line: a file Notepad saved (with a byte-order mark) is accepted; nesting
// 10,000 deep, a number where text goes, a name Windows reserves get one line each, exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/casefile/open.ts';
import type { HistoryEntry } from '../../../shared/history/index.ts';
import { copyOfCasefile, removeTempDirs, root, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { impartialBin } from './bin.ts';

afterAll(removeTempDirs);

function impartial(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const pw = { IMPARTIAL_PASSPHRASE: 'correct horse battery' };
const asJane = { ...pw, IMPARTIAL_USER: 'Jane Smith' };

// The sample casefile made by `impartial new` once, as Jane Smith, and copied for each test.
let made: string;
beforeAll(() => {
  made = join(tempDir(), 'jones.casefile');
  expect(impartial(['new', made, '--from', join(root, 'tests/fixtures/sample-case.json')], asJane).code).toBe(0);
});
const sampleCasefile = (): string => copyOfCasefile(made);

describe('impartial log', () => {
  it('prints one line per change: number, time, who, what', () => {
    const path = sampleCasefile();
    const r = impartial(['log', path], pw);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^1 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Jane Smith \(Investigating Officer\) {2}created the casefile; imported the whole case: 5 points, 9 people, 6 evidence items, 4 interviews, 8 chronology entries, 4 findings, 3 recommendations\n$/);
  });

  it('with --json gives every row whole: who, values and the hashes that chain it', () => {
    const path = sampleCasefile();
    const r = impartial(['log', path, '--json'], pw);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as HistoryEntry[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: 1, action: 'create', who: { name: 'Jane Smith', role: 'investigating-officer' }, prevHash: '0'.repeat(64) });
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says where the chain starts in a casefile from an earlier release', () => {
    const dir = tempDir();
    const path = join(dir, 'v1.casefile');
    writeFileSync(path, readFileSync(join(root, 'tests/fixtures/v1.casefile')));
    const r = impartial(['log', path], { IMPARTIAL_PASSPHRASE: 'v1 fixture: correct horse battery staple' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('The history is chained by hash from change 14; the changes before it were recorded by an earlier version of Impartial, without who made them or their values.');
    expect(lines[1]).toMatch(/^ 1 {2}\S+ \S+ {2}not recorded {2}created the casefile/);
    expect(lines.at(-1)).toMatch(/^14 {2}\S+ \S+ {2}Impartial +started the chained history: the 13 changes before this one were recorded without who made them/);
  });

  it('prints the history and exits 1 when the chain is broken, naming the change', () => {
    const path = sampleCasefile();
    const db = openDatabase(path, pw.IMPARTIAL_PASSPHRASE);
    db.prepare("UPDATE audit_trail SET summary = 'created nothing' WHERE id = 1").run();
    db.close();
    const r = impartial(['log', path], pw);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('created nothing');
    expect(r.stderr).toBe('impartial log: the history of jones.casefile is broken: change 1 does not match its hash (it was altered or moved after it was recorded)\n');
    const verify = impartial(['verify', path], pw);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toBe('history: change 1 does not match its hash (it was altered or moved after it was recorded)\n');
  });
});

describe('impartial backup', () => {
  it('writes a checked copy that opens with the same passphrase and exports the same case', () => {
    const path = sampleCasefile();
    const out = join(tempDir(), 'jones backup.casefile');
    const r = impartial(['backup', path, '--out', out], pw);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^Backed up jones\\.casefile to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1 change, \\d+\\.\\d MB, checked \\(it opens with the same passphrase\\)\\n$`));
    expect(JSON.parse(impartial(['export', out], pw).stdout)).toStrictEqual(JSON.parse(impartial(['export', path], pw).stdout));
    expect(impartial(['verify', out], pw).stdout).toBe('jones backup.casefile: no problems found\n');
  });

  it('refuses, exit 1 and one line, to write over a file, over the casefile, without .casefile, or under a reserved name', () => {
    const path = sampleCasefile();
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.casefile'), 'something');
    const cases: Array<[string, string]> = [
      [join(dir, 'taken.casefile'), 'impartial backup: taken.casefile already exists: choose another name (nothing was overwritten)\n'],
      [path, `impartial backup: --out ${path} is the casefile itself: back it up to another file\n`],
      [join(dir, 'backup.json'), `impartial backup: --out ${join(dir, 'backup.json')}: a backup is a casefile: give it the .casefile extension\n`],
      [join(dir, 'COM1.casefile'), 'impartial backup: COM1.casefile cannot be used as a file name: Windows reserves it for a device; choose another name\n'],
    ];
    for (const [out, stderr] of cases) expect(impartial(['backup', path, '--out', out], pw)).toEqual({ code: 1, stdout: '', stderr });
    expect(readdirSync(dir)).toEqual(['taken.casefile']);
    expect(impartial(['backup', path], pw)).toMatchObject({ code: 2 });
  });
});

describe('input the trials found answered badly, at the command line', () => {
  it('accepts an interchange file with a byte-order mark, as Windows Notepad saves it', () => {
    const dir = tempDir();
    const from = join(dir, 'notepad.json');
    writeFileSync(from, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(root, 'tests/fixtures/sample-case.json'))]));
    expect(impartial(['new', join(dir, 'notepad.casefile'), '--from', from], pw)).toMatchObject({ code: 0, stderr: '' });
  });

  it('gives one line for JSON nested 10,000 deep, a number where text goes, and broken JSON', () => {
    const dir = tempDir();
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{"format":"impartial/casefile@1","case":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const wrong = join(dir, 'wrong.json');
    const c = sampleCase() as unknown as { case: Record<string, unknown> };
    c.case.title = 2024;
    writeFileSync(wrong, JSON.stringify(c, null, 2));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '\uFEFF{\n  "format": "impartial/casefile@1",\n  "case": {\n    "title": "a"\n    "stage": 2\n  }\n}');
    const expected: Array<[string, string]> = [
      [deep, 'impartial new: case[0][0][0][0][0]… (64 levels down): nested more than 64 levels deep: no interchange file is nested that deep, so this is not one (deep.json)\n'],
      [wrong, 'impartial new: case.title: expected text, found a number (2024) (wrong.json line 4)\n'],
      [broken, "impartial new: broken.json:5:5: not valid JSON (Expected ',' or '}' after property value)\n"],
    ];
    for (const [from, stderr] of expected) {
      const out = join(dir, 'x.casefile');
      expect(impartial(['new', out, '--from', from], pw)).toEqual({ code: 1, stdout: '', stderr });
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses a casefile or an export under a name Windows reserves', () => {
    const dir = tempDir();
    expect(impartial(['new', join(dir, 'aux.casefile')], pw)).toEqual({ code: 1, stdout: '', stderr: 'impartial new: aux.casefile cannot be used as a file name: Windows reserves it for a device; choose another name\n' });
    const path = sampleCasefile();
    expect(impartial(['export', path, '--out', join(dir, 'nul.json')], pw)).toEqual({ code: 1, stdout: '', stderr: 'impartial export: nul.json cannot be used as a file name: Windows reserves it for a device; choose another name\n' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
