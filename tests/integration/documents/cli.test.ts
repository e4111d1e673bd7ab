// `impartial render` and `impartial check` as real processes on real casefiles in a temp dir.
// The DOCX's XML and the PDF's text are read back: every point and finding in order, heading
// styles, no person's name in anonymised output, user text literal; refusals leave no file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { docxParts, hasTool, pdfText, readBytes } from '../render/tools.ts';
import { paragraphs } from '../render/docx-xml.ts';
import { HOSTILE, names, root, sample } from '../../unit/documents/helpers.ts';
import { impartialBin } from '../cli/bin.ts';

const PASSPHRASE = 'a long enough passphrase';
let dir: string;
const squash = (s: string) => s.replace(/\s+/g, ' ');

function impartial(args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function casefileOf(name: string, change: (data: CaseData) => void = () => {}): string {
  const data = sample();
  change(data);
  const path = join(dir, `${name}.casefile`);
  createCasefile(path, PASSPHRASE, data).close();
  return path;
}

/** The in-scope points' lines as they must appear, in order: number and summary, then the finding. */
const expectedPoints = (data: CaseData) => data.statement.points.filter((p) => p.scope !== 'out').map((p) => {
  const outcome = { upheld: 'Upheld', 'partially-upheld': 'Partially upheld', 'not-upheld': 'Not upheld', 'no-finding': 'No finding could be reached' }[data.findings!.find((f) => f.pointId === p.id)!.outcome];
  return { heading: `Point ${p.number}: ${p.summary}`, finding: `${outcome}.` };
});

function inOrder(haystack: string, needles: string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, at);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

let good: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-render-'));
  good = casefileOf('sample');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('impartial render: DOCX', () => {
  it('writes the IO report with heading styles, every point and finding in order, and no names', () => {
    const out = join(dir, 'io.docx');
    const r = impartial(['render', good, '--doc', 'io-report', '--format', 'docx', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^IO report \(anonymised\) written to .*io\.docx \(\d[\d,]* bytes\)\n$/);
    const parts = docxParts(readBytes(out));
    const paras = paragraphs(parts['word/document.xml']!);
    const headingParas = paras.filter((p) => /^Heading\d$/.test(p.style ?? ''));
    expect(headingParas.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain('Summary of findings');
    const points = expectedPoints(sample());
    expect(headingParas.filter((p) => p.style === 'Heading2' && p.text.startsWith('Point ')).map((p) => p.text)).toEqual(points.map((p) => p.heading));
    const body = paras.filter((p) => !p.inTable).map((p) => p.text).join('\n');
    inOrder(body, points.flatMap((p) => [p.heading, p.finding]));
    const everything = Object.values(parts).join('\n');
    for (const name of names(sample())) expect(everything).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
    expect(parts['docProps/core.xml']).toMatch(/<dc:title>Investigating Officer(&apos;|')s report: Stage 2 complaint by Ms A<\/dc:title>/);
  });

  it('keeps hostile user text literal in the DOCX', () => {
    const path = casefileOf('hostile', (d) => { d.findings![1]!.analysis = HOSTILE; });
    const out = join(dir, 'hostile.docx');
    expect(impartial(['render', path, '--doc', 'io-report', '--format', 'docx', '--out', out]).code).toBe(0);
    const texts = paragraphs(docxParts(readBytes(out))['word/document.xml']!).map((p) => p.text);
    expect(texts).toContain(HOSTILE);
  });
});

describe.runIf(hasTool('pdftotext'))('impartial render: PDF', () => {
  it('writes every document of a Stage 2 case as text a reader can extract, anonymised', () => {
    for (const kind of ['statement', 'io-report', 'ip-report', 'adjudication-letter']) {
      const out = join(dir, `${kind}.pdf`);
      const r = impartial(['render', good, '--doc', kind, '--format', 'pdf', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      // The adjudication letter too: without --named it is the anonymised copy, addressed by label.
      const text = squash(pdfText(out));
      for (const name of names(sample())) expect(text, `${kind}: ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
      for (const p of expectedPoints(sample())) expect(text).toContain(squash(p.heading.replace(/^Point \d+: /, '')));
    }
    const io = squash(pdfText(join(dir, 'io-report.pdf')));
    inOrder(io, expectedPoints(sample()).flatMap((p) => [p.heading, p.finding]));
    const copy = squash(pdfText(join(dir, 'adjudication-letter.pdf')));
    expect(copy).toContain('Ms A Anonymised copy for the Independent Person, the review panel and the file');
    expect(copy).toContain('Dear Ms A,');
    expect(copy).not.toContain('Elm Road');
    expect(copy).toContain('that is by 3 February 2025');
  });

  it('writes the adjudication letter to send with --named: addressed by name and postal address, and says which it is', () => {
    const out = join(dir, 'letter-to-send.pdf');
    const r = impartial(['render', good, '--doc', 'adjudication-letter', '--format', 'pdf', '--named', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Adjudication letter \(to send, named\) written to /);
    const letter = squash(pdfText(out));
    expect(letter).toContain('Sarah Jones 14 Elm Road London E99 1AB');
    expect(letter).toContain('Dear Mrs Jones,');
    expect(letter).not.toContain('Anonymised copy');
    const copy = impartial(['render', good, '--doc', 'adjudication-letter', '--format', 'pdf', '--out', join(dir, 'letter-copy.pdf')]);
    expect(copy.stdout).toMatch(/^Adjudication letter \(anonymised copy\) written to /);
  });

  it('uses names with --named', () => {
    const out = join(dir, 'named.pdf');
    expect(impartial(['render', good, '--doc', 'io-report', '--format', 'pdf', '--named', '--out', out]).code).toBe(0);
    const text = squash(pdfText(out));
    expect(text).toContain('Sarah Jones');
    expect(text).toContain('Priya Patel');
  });

  it('keeps hostile user text literal in the PDF', () => {
    const path = join(dir, 'hostile.casefile');
    const out = join(dir, 'hostile.pdf');
    expect(impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]).code).toBe(0);
    expect(squash(pdfText(out))).toContain(HOSTILE);
  });

  it('prints DRAFT on a draft of a document that is not ready', () => {
    const path = casefileOf('draft', (d) => { d.findings = d.findings!.filter((f) => f.pointId !== 'pt-3'); });
    const out = join(dir, 'draft.pdf');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--draft', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('blocking: point 3: the point has no finding');
    const pages = pdfText(out).split('\f').slice(0, -1);
    // Drawn diagonally, so poppler reads it in pieces ("DR AF T").
    for (const page of pages) expect(page).toMatch(/D\s*R\s*A\s*F\s*T/);
  });
});

describe('impartial render refuses, leaving nothing behind', () => {
  const filesIn = (d: string) => readdirSync(d).sort();

  it('a document with a blocking problem, unless --draft', () => {
    const path = casefileOf('not-ready', (d) => { d.findings = d.findings!.filter((f) => f.pointId !== 'pt-3'); });
    const before = filesIn(dir);
    const out = join(dir, 'not-ready.docx');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'docx', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('impartial render: the IO report is not ready: point 3: the point has no finding. Render with --draft to make a marked draft.\n');
    expect(existsSync(out)).toBe(false);
    expect(filesIn(dir)).toEqual(before);
  });

  it('an anonymised document that would name someone, saying where', () => {
    const path = casefileOf('leaky', (d) => { d.findings![1]!.analysis = 'Priya told me that she was unwell.'; });
    const before = filesIn(dir);
    const out = join(dir, 'leaky.pdf');
    const r = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("impartial render: the anonymised document would name people: IO report, point 2, analysis: 'Priya'. Replace the names with labels (an ordinary word that is not a name there can be marked \"not a name here\" in the app), or render with --named.\n");
    expect(filesIn(dir)).toEqual(before);
    // A named copy is the user's explicit choice.
    expect(impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--named', '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('a wrong passphrase, an unknown kind, a missing option', () => {
    const out = join(dir, 'never.pdf');
    const wrong = spawnSync(process.execPath, [impartialBin, 'render', good, '--doc', 'io-report', '--format', 'pdf', '--out', out], {
      cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: 'not it' },
    });
    expect(wrong.status).toBe(1);
    expect(impartial(['render', good, '--doc', 'io-reprot', '--format', 'pdf', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('--doc "io-reprot" is not a document') });
    expect(impartial(['render', good, '--doc', 'io-report', '--format', 'odt', '--out', out]).code).toBe(2);
    expect(impartial(['render', good, '--doc', 'io-report', '--format', 'pdf']).code).toBe(2);
    expect(impartial(['render', good, '--doc', 'io-report', '--format', 'pdf', '--out', good])).toMatchObject({ code: 1, stderr: expect.stringContaining('is the casefile itself') });
    expect(impartial(['check', good]).code).toBe(0); // the casefile is untouched
    expect(existsSync(out)).toBe(false);
  });
});

describe('impartial check', () => {
  it('says a ready case is ready', () => {
    const r = impartial(['check', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No problems: ready to issue (checked: Statement of Complaint, IO report, IP report, Adjudication letter)\n');
  });

  it('prints one problem a line and exits 1 when one blocks', () => {
    const path = casefileOf('check', (d) => {
      d.findings = d.findings!.filter((f) => f.pointId !== 'pt-3');
      delete d.recommendations![0]!.owner;
    });
    const r = impartial(['check', path, '--doc', 'io-report']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'blocking  point 3: the point has no finding  [IO report; findings]',
      'warning   recommendation 1: the recommendation has no owner or target date, so it cannot be tracked  [IO report; recommendations[0]]',
    ]);
    expect(r.stderr).toBe('impartial check: 1 blocking problem (checked: IO report)\n');
    expect(impartial(['check', path, '--doc', 'statement']).code).toBe(0);
  });
});
