// A citation of a page that its document's file does not have (issue 12, item 2), through the
// real commands on a real encrypted casefile: a case imported from JSON with a real 3-page
// PDF attached to D3, and point 1's analysis citing "D3, p. 4". `impartial check` and
// `impartial render` refuse the IO report naming the page, before the file has been read into
// the search index (counted from its bytes) and after (the index's count); put right to
// "D3, p. 3", both let it through and the PDF prints the citation.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, root, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { textPdf } from '../search/helpers/make-files.ts';
import { impartialBin } from './bin.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'correct horse battery';

function impartial(args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_')));
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8', env: { ...clean, IMPARTIAL_PASSPHRASE: PASSPHRASE }, timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PROBLEM = 'point 1, analysis: D3 has 3 pages; there is no page 4';
let dir: string;
let path: string;

beforeAll(async () => {
  dir = tempDir();
  path = join(dir, 'pages.casefile');
  const data = sampleCase();
  const pdf = await textPdf(['The first email.', 'The second email.', 'The third email, unanswered.']);
  const d3 = data.evidence!.find((e) => e.ref === 'D3')!;
  d3.attachment = { fileName: 'emails.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), data: pdf.toString('base64') };
  const finding = data.findings!.find((f) => f.pointId === 'pt-1')!;
  finding.analysis = `${finding.analysis} Ms A asked why (D3, p. 4).`;
  writeFileSync(join(dir, 'case.json'), JSON.stringify(data));
  const made = impartial(['new', path, '--from', join(dir, 'case.json')]);
  expect(made.code, made.stderr).toBe(0);
}, 60_000);

describe('a page cited beyond its document’s file', () => {
  const refused = () => {
    const check = impartial(['check', path, '--doc', 'io-report']);
    expect(check.code, check.stdout + check.stderr).toBe(1);
    expect(check.stdout).toContain(`blocking  ${PROBLEM}  [IO report; findings[0].analysis]\n`);
    expect(check.stderr).toMatch(/^impartial check: 1 blocking problem \(checked: IO report\)/);
    const out = join(dir, 'refused.pdf');
    const render = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(render.code).toBe(1);
    expect(render.stderr).toBe(`impartial render: the IO report is not ready: ${PROBLEM}. Render with --draft to make a marked draft.\n`);
    expect(existsSync(out)).toBe(false);
  };

  it('stops check and render while the file is still to be read into the search index', () => {
    refused();
  }, 120_000);

  it('stops them once the search index has read the file', () => {
    expect(impartial(['search', path, 'unanswered']).stdout).toContain('D3, page 3');
    refused();
  }, 120_000);

  it('put right to a page the file has, lets both through, and the PDF prints the citation', () => {
    const casefile = openCasefile(path, PASSPHRASE);
    try {
      const finding = casefile.readCase().findings!.find((f) => f.pointId === 'pt-1')!;
      casefile.upsert('findings', { ...finding, analysis: finding.analysis!.replace('(D3, p. 4)', '(D3, p. 3)') });
    } finally {
      casefile.close();
    }
    const check = impartial(['check', path, '--doc', 'io-report']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).not.toContain('D3 has');
    const out = join(dir, 'report.pdf');
    const render = impartial(['render', path, '--doc', 'io-report', '--format', 'pdf', '--out', out]);
    expect(render.code, render.stderr).toBe(0);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Ms A asked why (D3, p. 3).');
  }, 120_000);
});
