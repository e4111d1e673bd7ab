// `impartial search` and `impartial verify --repair-index` as real processes: one hit a line
// with its place and a snippet, --json, no hit lines and exit 0 when nothing matches, files
// attached but never read are read first, and usage errors.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, root, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { textPdf } from '../search/helpers/make-files.ts';
import { impartialBin } from './bin.ts';

afterAll(removeTempDirs);

function impartial(args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8', env: { ...clean, IMPARTIAL_PASSPHRASE: 'correct horse battery' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let path: string;
beforeAll(async () => {
  path = join(tempDir(), 'jones.casefile');
  const casefile = createCasefile(path, 'correct horse battery', sampleCase());
  // Attached but never read (as if the app had been closed at once): search reads it first.
  casefile.putAttachment('e-2', await textPdf(['Letter, page one.', 'The visit was postponed because of a fire alarm drill at the office.']), 'letter.pdf', 'application/pdf');
  casefile.close();
});

describe('impartial search', () => {
  it('prints one hit a line: the place and a snippet with the match in brackets', () => {
    const r = impartial(['search', path, '"fire alarm drill"']);
    expect(r).toEqual({ code: 0, stdout: 'D2, page 2: The visit was postponed because of a [fire alarm drill] at the office.\n', stderr: '' });
    const finding = impartial(['search', path, '"second review"']);
    expect(finding.code).toBe(0);
    expect(finding.stdout.split('\n')).toContain('point 1, analysis: Regulation 33 requires the [second review] within six months of the first. The review was three…');
  });

  it('exits 0 with no hit lines when nothing matches', () => {
    expect(impartial(['search', path, 'xylophone'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(impartial(['search', path, 'NEAR(', '"'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints an array of hits with --json', () => {
    const r = impartial(['search', path, 'alarm', 'drill', '--json']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(hits).toEqual([expect.objectContaining({
      place: 'D2, page 2', path: 'evidence[1].attachment', evidenceId: 'e-2', page: 2,
      snippet: 'The visit was postponed because of a fire [alarm] [drill] at the office.',
    })]);
  });

  it('refuses a bad --limit and a missing query as usage errors', () => {
    expect(impartial(['search', path])).toMatchObject({ code: 2 });
    expect(impartial(['search', path, 'review', '--limit', 'lots'])).toMatchObject({ code: 1, stderr: 'impartial search: --limit: expected a whole number from 1 to 1000, not "lots"\n' });
  });
});

describe('impartial verify --repair-index', () => {
  it('rebuilds the index, reads every file again and then verifies', () => {
    const r = impartial(['verify', path, '--repair-index']);
    expect(r).toEqual({ code: 0, stdout: "jones.casefile: rebuilt the search index: the case's text and 1 attached file\njones.casefile: no problems found\n", stderr: '' });
    expect(impartial(['search', path, '"fire alarm drill"']).stdout).toBe('D2, page 2: The visit was postponed because of a [fire alarm drill] at the office.\n');
  });
});
