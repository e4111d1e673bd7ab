// `impartial new | export | info | verify | passphrase` as real processes: exit codes 0/1/2 and
// the one-line messages of docs/contracts/design.md section 5, and that a failed command leaves no file
// behind and an existing casefile unchanged.
import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, SCHEMA_VERSION } from '../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { copyOfCasefile, flipByte, removeTempDirs, root, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { impartialBin } from './bin.ts';

afterAll(removeTempDirs);

function impartial(args: string[], env: Record<string, string> = {}, cwd = root) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd, encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const pw = { IMPARTIAL_PASSPHRASE: 'correct horse battery' };

function newSampleCasefile(): string {
  const path = join(tempDir(), 'jones.casefile');
  expect(impartial(['new', path, '--from', join(root, 'tests/fixtures/sample-case.json')], pw)).toMatchObject({ code: 0, stderr: '' });
  return path;
}

// The sample casefile made by `impartial new` once, and copied for each test that changes it.
let made: string;
beforeAll(() => { made = newSampleCasefile(); });
function sampleCasefile(): { dir: string; path: string } {
  const path = copyOfCasefile(made);
  return { dir: dirname(path), path };
}

describe('impartial new', () => {
  it('creates a casefile from an interchange file, and export gives it back', () => {
    const path = newSampleCasefile();
    const out = impartial(['export', path], pw);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toStrictEqual(sampleCase());
  });

  it('creates a placeholder case titled after the file when there is no --from', () => {
    const dir = tempDir();
    const r = impartial(['new', join(dir, 'Okafor review.casefile')], pw);
    expect(r).toEqual({ code: 0, stdout: `Created ${join(dir, 'Okafor review.casefile')}: "Okafor review", 0 points, 0 evidence items\n`, stderr: '' });
  });

  it('refuses to overwrite, exit 1, and leaves the existing file alone', () => {
    const { path } = sampleCasefile();
    const before = readFileSync(path);
    expect(impartial(['new', path, '--from', join(root, 'tests/fixtures/sample-case.json')], pw)).toEqual({
      code: 1, stdout: '', stderr: 'impartial new: jones.casefile already exists: choose another name (nothing was overwritten)\n',
    });
    expect(readFileSync(path)).toEqual(before);
  });

  const broken: Array<[string, (c: CaseData) => unknown, string, string]> = [
    ['a duplicate point number', (c) => { c.statement.points[2]!.number = '2'; return c; }, 'statement.points[2].number: duplicate "2"', '"number": "2"'],
    ['a dangling id', (c) => { c.evidence![1]!.pointIds.push('pt-99'); return c; }, 'evidence[1].pointIds[1]: unknown point "pt-99"', '"pt-99"'],
    ['an unknown field', (c) => { (c.people[0] as Record<string, unknown>).nickname = 'S'; return c; }, 'people[0].nickname: unknown field "nickname"', '"nickname"'],
    ['an impossible date', (c) => { c.complaint.receivedDate = '2024-02-30'; return c; }, 'complaint.receivedDate: impossible date: expected a real date as YYYY-MM-DD', '"receivedDate"'],
    ['a bad enum value', (c) => { (c.findings![0] as Record<string, unknown>).outcome = 'upheld-ish'; return c; }, 'findings[0].outcome: must be one of "upheld", "partially-upheld", "not-upheld", "no-finding"; found text "upheld-ish"', '"outcome": "upheld-ish"'],
    ['an unsupported format version', (c) => ({ ...c, format: 'impartial/casefile@2' }), 'format: unsupported format "impartial/casefile@2": this version of Impartial reads "impartial/casefile@1"', '"format"'],
  ];
  it.each(broken)('refuses %s: exit 1, one line with the path and the file line, no casefile left', (_what, breakIt, message, lineText) => {
    const dir = tempDir();
    const json = JSON.stringify(breakIt(sampleCase()), null, 2);
    writeFileSync(join(dir, 'bad.json'), json);
    const r = impartial(['new', join(dir, 'out.casefile'), '--from', join(dir, 'bad.json')], pw);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const m = /^impartial new: (.*) \(bad\.json line (\d+)\)\n$/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    expect(m![1]).toBe(message);
    expect(json.split('\n')[Number(m![2]) - 1]).toContain(lineText);
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it('reports a JSON syntax error with the file, line and column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "impartial/casefile@1",\n  "case": {,\n}');
    const r = impartial(['new', join(dir, 'x.casefile'), '--from', join(dir, 'broken.json')], pw);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^impartial new: broken\.json:3:\d+: not valid JSON/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('needs a passphrase: without IMPARTIAL_PASSPHRASE or a terminal it exits 1 and creates nothing', () => {
    const dir = tempDir();
    expect(impartial(['new', join(dir, 'x.casefile')])).toEqual({
      code: 1, stdout: '', stderr: 'impartial new: no passphrase: set IMPARTIAL_PASSPHRASE or run the command on a terminal to be asked for it\n',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to create a casefile named like an interchange file', () => {
    const dir = tempDir();
    const r = impartial(['new', join(dir, 'case.json')], pw);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('looks like an interchange file: to create a casefile from it, run impartial new <name>.casefile --from');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 for a usage error', () => {
    expect(impartial(['new'], pw).code).toBe(2);
    expect(impartial(['new', 'a.casefile', 'b.casefile'], pw).code).toBe(2);
    expect(impartial(['new', 'a.casefile', '--passphrase', 'x'], pw)).toMatchObject({ code: 2 });
  });
});

describe('impartial export', () => {
  it('writes --out atomically, readable by the owner only, and nothing on stdout', () => {
    const { dir, path } = sampleCasefile();
    const out = join(dir, 'export.json');
    expect(impartial(['export', path, '--out', out], pw)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual(sampleCase());
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['export.json', 'jones.casefile']);
  });

  it('includes attachment content only with --with-attachments', () => {
    const { path } = sampleCasefile();
    const casefile = openCasefile(path, pw.IMPARTIAL_PASSPHRASE);
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    casefile.putAttachment('e-3', bytes, 'emails.eml', 'message/rfc822');
    casefile.close();
    const plain = JSON.parse(impartial(['export', path], pw).stdout) as CaseData;
    expect(plain.evidence![2]!.attachment).not.toHaveProperty('data');
    const full = JSON.parse(impartial(['export', path, '--with-attachments'], pw).stdout) as CaseData;
    expect(Buffer.from(full.evidence![2]!.attachment!.data!, 'base64')).toEqual(bytes);
  });

  it('refuses to write over a casefile, its own or another', () => {
    const { dir, path } = sampleCasefile();
    const before = readFileSync(path);
    expect(impartial(['export', path, '--out', path], pw)).toMatchObject({ code: 1, stderr: `impartial export: --out ${path} would overwrite a casefile: export to a .json file\n` });
    expect(impartial(['export', path, '--out', join(dir, 'other.casefile')], pw).code).toBe(1);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['jones.casefile']);
  });

  it('exits 1 on a wrong passphrase and writes no output file', () => {
    const { dir, path } = sampleCasefile();
    expect(impartial(['export', path, '--out', join(dir, 'x.json')], { IMPARTIAL_PASSPHRASE: 'wrong' })).toEqual({
      code: 1, stdout: '', stderr: 'impartial export: the passphrase does not open jones.casefile, or the file is damaged (the two cannot be told apart): check the passphrase and try again; if it is right, restore the casefile from a backup\n',
    });
    expect(readdirSync(dir)).toEqual(['jones.casefile']);
  });
});

describe('impartial info', () => {
  it('prints the title and counts, or JSON with --json', () => {
    const { path } = sampleCasefile();
    const r = impartial(['info', path], pw);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('title:          Stage 2: Ms A on behalf of Child B\n');
    expect(r.stdout).toContain('points:         5\n');
    const info = JSON.parse(impartial(['info', path, '--json'], pw).stdout);
    expect(info).toMatchObject({ formatVersion: 1, schemaVersion: SCHEMA_VERSION, points: 5, evidence: 6, attachments: 0 });
  });

  it('exits 1 with one line for a file that is not a casefile, a newer one, and one open elsewhere', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'case.json'), JSON.stringify(sampleCase()));
    expect(impartial(['info', join(dir, 'case.json')], pw)).toEqual({
      code: 1, stdout: '', stderr: 'impartial info: case.json is not a casefile: it is a JSON file. To make a casefile from it, run "impartial new <name>.casefile --from <file>"\n',
    });

    const { path } = sampleCasefile();
    const casefile = openCasefile(path, pw.IMPARTIAL_PASSPHRASE);
    expect(impartial(['info', path], pw)).toEqual({ code: 1, stdout: '', stderr: 'impartial info: jones.casefile is open in another program or window; close it there first\n' });
    casefile.close();

    const db = new Database(path);
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(Buffer.from(pw.IMPARTIAL_PASSPHRASE));
    db.pragma('user_version = 99');
    db.close();
    const r = impartial(['info', path], pw);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`impartial info: jones.casefile was written by a newer version of Impartial (casefile schema 99; this version reads up to ${SCHEMA_VERSION}): update Impartial to open it\n`);
  });
});

describe('impartial verify', () => {
  it('exits 0 for a sound casefile', () => {
    const { path } = sampleCasefile();
    expect(impartial(['verify', path], pw)).toEqual({ code: 0, stdout: 'jones.casefile: no problems found\n', stderr: '' });
  });

  it('exits 1 with one line on stderr for a damaged one', () => {
    const { path } = sampleCasefile();
    const pages = statSync(path).size / 4096;
    flipByte(path, Math.floor(pages / 2) * 4096 + 777);
    const r = impartial(['verify', path], pw);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^impartial verify: jones\.casefile (is damaged|has \d+ problems?)[^\n]*\n$/);
  });
});

describe('impartial passphrase', () => {
  it('changes the passphrase: the new one opens the casefile, the old one no longer does', () => {
    const { path } = sampleCasefile();
    expect(impartial(['passphrase', path], { ...pw, IMPARTIAL_NEW_PASSPHRASE: 'a new passphrase' })).toEqual({
      code: 0, stdout: 'Changed the passphrase of jones.casefile\n', stderr: '',
    });
    expect(impartial(['info', path], pw)).toMatchObject({ code: 1, stderr: 'impartial info: the passphrase does not open jones.casefile, or the file is damaged (the two cannot be told apart): check the passphrase and try again; if it is right, restore the casefile from a backup\n' });
    expect(JSON.parse(impartial(['export', path], { IMPARTIAL_PASSPHRASE: 'a new passphrase' }).stdout)).toStrictEqual(sampleCase());
  });

  it('when it fails, leaves the casefile readable with the old passphrase', () => {
    const { path } = sampleCasefile();
    expect(impartial(['passphrase', path], pw)).toMatchObject({ code: 1, stderr: 'impartial passphrase: no passphrase: set IMPARTIAL_NEW_PASSPHRASE or run the command on a terminal to be asked for it\n' });
    expect(impartial(['passphrase', path], { ...pw, IMPARTIAL_NEW_PASSPHRASE: '' })).toMatchObject({ code: 1, stderr: 'impartial passphrase: the passphrase must not be empty\n' });
    expect(impartial(['passphrase', path], { IMPARTIAL_PASSPHRASE: 'wrong', IMPARTIAL_NEW_PASSPHRASE: 'x' })).toMatchObject({ code: 1 });
    expect(impartial(['info', path], pw).code).toBe(0);
  });
});

describe('impartial help', () => {
  it('lists the casefile commands', () => {
    const r = impartial(['help']);
    for (const usage of ['new <casefile> [--from <case.json>]', 'export <casefile> [--out <file>] [--with-attachments]', 'info <casefile>', 'verify <casefile>', 'passphrase <casefile>']) {
      expect(r.stdout).toContain(usage);
    }
  });
});

describe('a casefile made by the API', () => {
  it('is read by the CLI', () => {
    const path = join(tempDir(), 'api.casefile');
    createCasefile(path, 'pw', sampleCase()).close();
    expect(impartial(['verify', path], { IMPARTIAL_PASSPHRASE: 'pw' }).code).toBe(0);
  });
});
