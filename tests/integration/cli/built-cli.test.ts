// The command line as built by `npm run build` (vite.cli.config.ts: out/cli/impartial.js and its
// chunks) and run through the bin, as a user runs it, beside the same commands run from the
// TypeScript sources: the same answers and the same documents (so the bundle finds templates/,
// assets/fonts and the demo's sample case from where it lies), and each command loads only
// the modules it uses (docx, pdfkit, SQLite, zod and the case model only when it needs them).
// The command line is built before any test (tests/build-cli.global.ts), so this always tries
// the current sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, root, tempDir } from '../casefile/helpers/files.ts';
import { docxParts, hasTool, pdfText, readBytes } from '../render/tools.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'a long enough passphrase';
const bin = join(root, 'bin/impartial.js');
const sources = join(root, 'electron/cli/main.ts');
const recorder = join(import.meta.dirname, 'record-modules.ts');

interface Run { code: number | null; stdout: string; stderr: string; modules: string[] }

/** One `impartial` process (through the bin, or from the sources), with the modules it loaded. */
function impartial(entry: string, args: string[], cwd = root): Run {
  const record = join(tempDir(), 'modules.txt');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, ['--import', recorder, entry, ...args], {
    cwd, encoding: 'utf8', timeout: 120_000, env: { ...clean, IMPARTIAL_PASSPHRASE: PASSPHRASE, IMPARTIAL_TEST_MODULES_TO: record },
  });
  const modules = existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : [];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, modules };
}
const answer = ({ code, stdout, stderr }: Run) => ({ code, stdout, stderr });
const packages = (run: Run) => [...new Set(run.modules.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []))].sort();
const ours = (run: Run) => run.modules.filter((url) => url.startsWith(`file://${root}/`) && !url.includes('/node_modules/')).map((url) => url.slice(`file://${root}/`.length));

describe('the built command line', () => {
  it('is what the bin runs, and answers as the sources do', () => {
    for (const args of [['help'], ['workdays', 'add', '2024-12-16', '25'], ['workdays', 'count', '2024-12-16', '2025-01-23', '--closure', '2024-12-27'], ['workdays', 'add', '2024-02-30', '5'], ['workdays'], ['frobnicate']]) {
      const built = impartial(bin, args);
      expect(ours(built), args.join(' ')).toContain('out/cli/impartial.js');
      expect(ours(built).filter((f) => f.endsWith('.ts')), args.join(' ')).toEqual([]);
      expect(answer(built), args.join(' ')).toEqual(answer(impartial(sources, args)));
    }
  });

  it('starts a command that needs no casefile without loading any package, the case model or the casefile store', () => {
    for (const args of [['help'], ['workdays', 'add', '2024-12-16', '25']]) {
      expect(packages(impartial(bin, args)), args.join(' ')).toEqual([]);
      const fromSources = ours(impartial(sources, args));
      expect(fromSources.filter((f) => /^(electron\/core\/|shared\/(api\.ts|interchange\/(schema|parse)\.ts|documents\/|document\/|readiness\/))/.test(f)), args.join(' ')).toEqual([]);
    }
  });

  it('writes the same documents as the sources, loading pdfkit only for a PDF, and docx only for a DOCX', () => {
    const dir = tempDir();
    const casefile = join(dir, 'jones.casefile');
    expect(impartial(bin, ['new', casefile, '--from', join(root, 'tests/fixtures/sample-case.json')])).toMatchObject({ code: 0, stderr: '' });
    for (const args of [['info', casefile], ['check', casefile], ['deadlines', casefile, '--today', '2024-12-02', '--json'], ['export', casefile]]) {
      const built = impartial(bin, args);
      expect(answer(built), args[0]).toEqual(answer(impartial(sources, args)));
      expect(packages(built), args[0]).not.toContain('pdfkit');
      expect(packages(built), args[0]).not.toContain('docx');
      expect(packages(built), args[0]).not.toContain('ics');
    }
    const calendar = impartial(bin, ['deadlines', casefile, '--today', '2024-12-02', '--ics', join(dir, 'deadlines.ics')]);
    expect(calendar.code).toBe(0);
    expect(packages(calendar)).toContain('ics');
    expect(readFileSync(join(dir, 'deadlines.ics'), 'utf8')).toContain('BEGIN:VEVENT');

    const render = (entry: string, format: string, name: string) => impartial(entry, ['render', casefile, '--doc', 'io-report', '--format', format, '--out', join(dir, name)]);
    const pdf = render(bin, 'pdf', 'built.pdf');
    const pdfFromSources = render(sources, 'pdf', 'sources.pdf');
    expect(pdf).toMatchObject({ code: 0, stderr: pdfFromSources.stderr });
    expect(pdf.stdout).toMatch(/^IO report \(anonymised\) written to .*built\.pdf/);
    expect(packages(pdf)).toContain('pdfkit');
    expect(packages(pdf)).not.toContain('docx');
    const docx = render(bin, 'docx', 'built.docx');
    expect(docx.code).toBe(0);
    expect(render(sources, 'docx', 'sources.docx').code).toBe(0);
    expect(packages(docx)).toContain('docx');
    // The Word document sizes its table columns by the PDF's font measure (render/font-metrics.ts), read with fontkit alone.
    expect(packages(docx)).toContain('fontkit');
    expect(packages(docx)).not.toContain('pdfkit');

    expect(docxParts(readBytes(join(dir, 'built.docx')))['word/document.xml']).toBe(docxParts(readBytes(join(dir, 'sources.docx')))['word/document.xml']);
    if (hasTool('pdftotext')) {
      const text = pdfText(join(dir, 'built.pdf'));
      expect(text).toContain('Investigating Officer');
      expect(text).toBe(pdfText(join(dir, 'sources.pdf')));
    }
  });

  it('makes the demo: the sample case, found beside the build, and all five documents in both formats', () => {
    const dir = join(tempDir(), 'demo');
    const r = impartial(bin, ['demo', dir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['adjudication-letter.docx', 'adjudication-letter.pdf', 'io-report.docx', 'io-report.pdf', 'ip-report.docx', 'ip-report.pdf',
      'panel-report.docx', 'panel-report.pdf', 'sample.casefile', 'statement.docx', 'statement.pdf']);
    const casefile = openCasefile(join(dir, 'sample.casefile'), PASSPHRASE);
    try {
      expect(casefile.info().points).toBeGreaterThan(0);
    } finally {
      casefile.close();
    }
  });
});
