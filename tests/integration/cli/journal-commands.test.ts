// The journal check as the CLI user meets it (real processes): a damaged journal is one line
// naming the file and what is lost, exit 1, with the journal left as it is; a torn last change
// is said on stderr and the command goes on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, root, sampleCase, tempDir, walFrames } from '../casefile/helpers/files.ts';
import { impartialBin } from './bin.ts';

const PASSPHRASE = 'correct horse battery';
let dir: string;
let crashed: string;

function impartial(args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8', env: { ...clean, IMPARTIAL_PASSPHRASE: PASSPHRASE }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the crashed casefile whose journal `change` alters. */
function copyOf(name: string, change: (wal: Buffer) => Buffer): { path: string; wal: Buffer } {
  const path = join(dir, name);
  copyFileSync(crashed, path);
  const wal = change(Buffer.from(readFileSync(`${crashed}-wal`)));
  writeFileSync(`${path}-wal`, wal);
  return { path, wal };
}

function flipped(w: Buffer, at: number): Buffer {
  w[at] = w[at]! ^ 0x04;
  return w;
}

beforeAll(() => {
  dir = tempDir();
  const source = join(dir, 'source.casefile');
  const casefile = createCasefile(source, PASSPHRASE, sampleCase());
  for (let i = 1; i <= 3; i++) casefile.upsert('chronology', { id: `c-x${i}`, date: '2024-05-01', event: `Change ${i}.`, sourceIds: [], pointIds: [] });
  crashed = join(dir, 'crashed.casefile');
  copyFileSync(source, crashed);
  copyFileSync(`${source}-wal`, `${crashed}-wal`);
  casefile.close();
});
afterAll(removeTempDirs);

describe('a damaged journal', () => {
  it('stops export with one line saying what is lost, and leaves the journal as it is', () => {
    const { path, wal } = copyOf('Jones review.casefile', (w) => flipped(w, walFrames(w)[0]!.offset + 1500));
    const r = impartial(['export', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^impartial export: the journal of Jones review\.casefile is damaged: 3 changes saved after \d\d:\d\d on \d+ \w+ \d{4} cannot be read; restore it from a backup \(the journal was left as it is\)\n$/);
    expect(r.stderr).not.toContain(dir);
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
  });

  it('is listed by verify, exit 1, without writing the journal into the file', () => {
    const { path, wal } = copyOf('verify.casefile', (w) => flipped(w, 40));
    const main = readFileSync(path);
    const r = impartial(['verify', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^the journal of verify\.casefile is damaged: 3 changes saved after .+ cannot be read; restore it from a backup \(the journal was left as it is\)\n$/);
    expect(r.stderr).toMatch(/^impartial verify: verify\.casefile has 1 problem: the journal of verify\.casefile is damaged: /);
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
    expect(readFileSync(path).equals(main)).toBe(true);
  });
});

describe('a torn last change', () => {
  const notice = (name: string) => `${name}: the last change was still being saved when Impartial stopped, and was discarded; every change saved before it is kept\n`;

  it('is said on stderr by info, which goes on', () => {
    const { path } = copyOf('torn.casefile', (w) => w.subarray(0, w.length - 10));
    const r = impartial(['info', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(notice('torn.casefile'));
    expect(r.stdout).toContain('title:');
    // Said once: the discarded frames are gone.
    expect(impartial(['info', path]).stderr).toBe('');
    const casefile = openCasefile(path, PASSPHRASE);
    expect(casefile.readCase().chronology!.map((c) => c.id)).toEqual(expect.arrayContaining(['c-x1', 'c-x2']));
    expect(casefile.readCase().chronology!.map((c) => c.id)).not.toContain('c-x3');
    casefile.close();
  });

  it('is said by verify, which finds no problem', () => {
    const { path } = copyOf('torn-verify.casefile', (w) => w.subarray(0, w.length - 10));
    expect(impartial(['verify', path])).toEqual({ code: 0, stdout: 'torn-verify.casefile: no problems found\n', stderr: notice('torn-verify.casefile') });
  });
});
