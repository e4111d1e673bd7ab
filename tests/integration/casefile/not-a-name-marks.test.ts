// "Not a name here" marks in real encrypted casefiles: stored and read back, refused when they
// would not apply, dropped when their text changes or goes, carried through export and import,
// listed by readiness, and applied by `impartial render` and `impartial check` as real
// processes (the PDF read back with pdftotext).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { findNames, loadOrdinaryWords, notANameMark, type NotANameMark, type OrdinaryWords } from '../../../shared/anonymisation/index.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { hasTool, pdfText } from '../render/tools.ts';
import { removeTempDirs, root, sampleCase, tempDir } from './helpers/files.ts';
import { impartialBin } from '../cli/bin.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'a long enough passphrase';
const ANALYSIS = 'The Green Team met on Tuesday and agreed the plan. SW1 wrote it up.';
let words: OrdinaryWords;
beforeAll(async () => {
  words = await loadOrdinaryWords();
});

/** The sample case with Rose Green (Child R) among its people, and the Green Team in point 2's analysis. */
function greenCase(): CaseData {
  const d = sampleCase();
  d.people.push({ id: 'p-rose', name: 'Rose Green', label: 'Child R', role: 'child' });
  d.findings!.find((f) => f.pointId === 'pt-2')!.analysis = ANALYSIS;
  return d;
}

/** The mark a user makes on "Green" in point 2's analysis. */
function greenMark(d: CaseData, id = 'mark-1'): NotANameMark {
  const found = findNames(ANALYSIS, d.people, words);
  expect(found.map((o) => o.found)).toEqual(['Green']);
  return notANameMark(id, { field: 'findings.analysis', recordId: 'pt-2' }, ANALYSIS, found[0]!);
}

function impartial(args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('marks in a casefile', () => {
  it('are stored encrypted with the case and read back after the casefile is closed and opened again', () => {
    const path = join(tempDir(), 'green.casefile');
    const data = greenCase();
    const mark = greenMark(data);
    const casefile = createCasefile(path, PASSPHRASE, data);
    casefile.upsert('notNames', mark);
    casefile.close();
    const again = openCasefile(path, PASSPHRASE);
    try {
      expect(again.readCase().anonymisation).toEqual({ notNames: [mark] });
      expect(readFileSync(path).includes(Buffer.from('Green Team'))).toBe(false);
    } finally {
      again.close();
    }
  });

  it('refuse a mark that would not apply: its text changed, its record unknown, or the wrong shape', () => {
    const data = greenCase();
    const casefile = createCasefile(join(tempDir(), 'refuse.casefile'), PASSPHRASE, data);
    try {
      const mark = greenMark(data);
      expect(() => casefile.upsert('notNames', { ...mark, textHash: '0'.repeat(64) })).toThrow('notNames["mark-1"].textHash: the text has changed since the mark was made, so it would not apply');
      expect(() => casefile.upsert('notNames', { ...mark, recordId: 'pt-9' })).toThrow('notNames["mark-1"].recordId: unknown finding "pt-9"');
      expect(() => casefile.upsert('notNames', { ...mark, recordId: undefined })).toThrow('notNames["mark-1"].recordId: required: "findings.analysis" is a field of each finding');
      expect(() => casefile.upsert('notNames', { ...mark, id: 'pt-1' })).toThrow('duplicate id "pt-1"');
      expect(casefile.readCase().anonymisation).toBeUndefined();
    } finally {
      casefile.close();
    }
  });

  it('are dropped when their text changes or its record goes, and kept when another field changes', () => {
    const data = greenCase();
    const casefile = createCasefile(join(tempDir(), 'void.casefile'), PASSPHRASE, data);
    try {
      const mark = greenMark(data);
      const line = notANameMark('mark-2', { field: 'panel.documents', item: 1 }, 'Green Team minutes', { found: 'Green', wordIndex: 0 });
      casefile.setSection('panel', { memberIds: [], attendeeIds: [], documents: ['Agenda', 'Green Team minutes'] });
      casefile.upsert('notNames', mark);
      casefile.upsert('notNames', line);
      const finding = casefile.readCase().findings!.find((f) => f.pointId === 'pt-2')!;

      casefile.upsert('findings', { ...finding, conclusion: 'A different conclusion.' });
      casefile.setSection('panel', { memberIds: [], attendeeIds: [], documents: ['Agenda', 'Green Team minutes'], venue: 'Town hall' });
      expect(casefile.readCase().anonymisation!.notNames).toEqual([mark, line]);

      casefile.upsert('findings', { ...finding, analysis: `${ANALYSIS} More.` });
      expect(casefile.readCase().anonymisation!.notNames).toEqual([line]);

      casefile.upsert('findings', finding);
      casefile.upsert('notNames', mark);
      casefile.remove('findings', 'pt-2');
      casefile.setSection('panel', undefined);
      expect(casefile.readCase().anonymisation).toEqual({ notNames: [] });
    } finally {
      casefile.close();
    }
  });

  it('survive export and import: export(import(x)) gives back x', () => {
    const data = greenCase();
    const withMark: CaseData = { ...data, anonymisation: { notNames: [greenMark(data)] } };
    const dir = tempDir();
    const json = join(dir, 'case.json');
    writeFileSync(json, JSON.stringify(withMark, null, 2));
    expect(impartial(['new', join(dir, 'a.casefile'), '--from', json]).code).toBe(0);
    const exported = impartial(['export', join(dir, 'a.casefile')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(withMark);
    writeFileSync(join(dir, 'again.json'), exported.stdout);
    expect(impartial(['new', join(dir, 'b.casefile'), '--from', join(dir, 'again.json')]).code).toBe(0);
    expect(impartial(['export', join(dir, 'b.casefile')]).stdout).toBe(exported.stdout);
  });

  it('an import names a mark whose record is not there, with its path and line', () => {
    const data = greenCase();
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...data, anonymisation: { notNames: [{ ...greenMark(data), recordId: 'pt-9' }] } }, null, 2));
    const r = impartial(['new', join(dir, 'bad.casefile'), '--from', join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^impartial new: anonymisation\.notNames\[0\]\.recordId: unknown finding "pt-9" \(bad\.json line \d+\)/);
  });
});

describe('marks in readiness', () => {
  it('each mark that applies is a warning on the documents printing its field, naming the word and place; a lapsed one says it no longer applies', () => {
    const data = greenCase();
    const mark = greenMark(data);
    const warnings = (d: CaseData) => checkReadiness(d, 'io-report').filter((p) => p.path.startsWith('anonymisation')).map((p) => `${p.severity}: ${p.place}: ${p.message}`);
    expect(warnings({ ...data, anonymisation: { notNames: [mark] } })).toEqual([
      "warning: point 2, analysis: 'Green' is marked “not a name here”, so the leak check lets it through",
    ]);
    expect(checkReadiness({ ...data, anonymisation: { notNames: [mark] } }, 'ip-report').filter((p) => p.path.startsWith('anonymisation'))).toEqual([]);
    const changed = greenCase();
    changed.findings!.find((f) => f.pointId === 'pt-2')!.analysis = `${ANALYSIS} Changed.`;
    expect(warnings({ ...changed, anonymisation: { notNames: [mark] } })).toEqual([
      'warning: point 2, analysis: the “not a name here” mark on \'Green\' no longer applies: the text has changed since it was made',
    ]);
  });
});

describe('marks in impartial render and check', () => {
  let plain: string;
  let marked: string;
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    plain = join(dir, 'plain.casefile');
    marked = join(dir, 'marked.casefile');
    const data = greenCase();
    createCasefile(plain, PASSPHRASE, data).close();
    const casefile = createCasefile(marked, PASSPHRASE, data);
    casefile.upsert('notNames', greenMark(data));
    casefile.close();
  });

  it('without the mark, check and render stop at the word, naming its place and the label to use', () => {
    const check = impartial(['check', plain, '--doc', 'io-report']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("blocking  IO report, point 2, analysis: 'Green' is a name: write Child R instead  [IO report, anonymised; names]\n");
    expect(check.stderr).toMatch(/^impartial check: 1 blocking problem \(checked: IO report\)/);
    const render = impartial(['render', plain, '--doc', 'io-report', '--format', 'pdf', '--out', join(dir, 'plain.pdf')]);
    expect(render.code).toBe(1);
    expect(render.stderr).toContain("IO report, point 2, analysis: 'Green'");
  });

  it.runIf(hasTool('pdftotext'))('with the mark, both let that one word through, and list the mark as a warning', () => {
    const check = impartial(['check', marked, '--doc', 'io-report']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain("warning   point 2, analysis: 'Green' is marked “not a name here”, so the leak check lets it through  [IO report; anonymisation.notNames[0]]\n");
    const out = join(dir, 'marked.pdf');
    const render = impartial(['render', marked, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(render.code, render.stderr).toBe(0);
    expect(render.stderr).toContain("warning: point 2, analysis: 'Green' is marked “not a name here”");
    const text = pdfText(out).replace(/\s+/g, ' ');
    expect(text).toContain('The Green Team met on Tuesday');
    expect(text).not.toMatch(/Rose/);
  });
});
