// Issued versions (issue 11, item 3) through the real command line on real encrypted
// casefiles: `impartial issue`, `issued` and `verify-document`. The files are read back as
// files (pdftotext, the DOCX's XML) and compared byte for byte with what the casefile keeps,
// after closing and reopening it and after export and import.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { formatDate, todayIso } from '../../../shared/calendar/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { docxParts, hasTool, pdfText, readBytes } from '../render/tools.ts';
import { root, sample } from '../../unit/documents/helpers.ts';
import { runCli } from '../../../electron/cli/run.ts';
import { impartialBin } from '../cli/bin.ts';

const PASSPHRASE = 'a long enough passphrase';
// Each test makes several documents; the machine may be busy.
vi.setConfig({ testTimeout: 240_000 });
const readers = hasTool('pdftotext');
let dir: string;
const squash = (s: string) => s.replace(/\s+/g, ' ');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `impartial` as a real process: exit code, stdout and stderr as a user sees them. */
function impartial(...args: string[]) {
  const r = spawnSync(process.execPath, [impartialBin, ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same commands run in this process (the same code from argv on; no Node start-up per call). */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: { IMPARTIAL_PASSPHRASE: PASSPHRASE } });
  return { code, stdout, stderr };
}

let n = 0;
function casefileOf(change: (data: CaseData) => void = () => {}): string {
  const data = sample();
  change(data);
  const path = join(dir, `case-${++n}.casefile`);
  createCasefile(path, PASSPHRASE, data).close();
  return path;
}

const out = (name: string) => join(dir, name);
const readCase = (path: string) => { const c = openCasefile(path, PASSPHRASE); try { return c.readCase(); } finally { c.close(); } };

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'impartial-issue-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('impartial issue and verify-document', () => {
  it('issues a PDF that verifies, and refuses it changed by one byte or made again', () => {
    const casefile = casefileOf();
    const r = impartial('issue', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('io.pdf'), '--date', '2025-01-02');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = readBytes(out('io.pdf'));
    expect(r.stdout).toBe(`Issued IO report, version 1, issued 2 January 2025, PDF (anonymised) to ${out('io.pdf')}\nSHA-256 ${sha256(bytes)}\n`);

    const ok = impartial('verify-document', casefile, out('io.pdf'));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('io.pdf: IO report, version 1, issued 2 January 2025, PDF (anonymised), byte for byte as issued');

    const altered = Buffer.from(bytes);
    altered[altered.length >> 1]! ^= 0x20;
    writeFileSync(out('altered.pdf'), altered);
    const bad = impartial('verify-document', casefile, out('altered.pdf'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`impartial verify-document: altered.pdf matches no issued version of ${casefile.split('/').pop()}: it says it is the IO report, version 1, issued 2 January 2025, but it differs from that version (changed since, or made again)\n`);

    expect(impartial('render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('again.pdf')).code).toBe(0);
    const again = impartial('verify-document', casefile, out('again.pdf'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('again.pdf matches no issued version');
    expect(again.stderr).toContain('it is a copy of the IO report rendered without issuing it');

    writeFileSync(out('notes.txt'), 'not a document');
    const other = impartial('verify-document', casefile, out('notes.txt'));
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(`impartial verify-document: notes.txt matches no issued version of ${casefile.split('/').pop()}\n`);
  });

  it('refuses a document that is not ready and writes nothing: no file, no version, no audit row', () => {
    const casefile = casefileOf((d) => { d.findings = d.findings!.slice(1); });
    const before = openCasefile(casefile, PASSPHRASE);
    const trail = before.auditTrail();
    before.close();
    const r = impartial('issue', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('not-ready.pdf'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^impartial issue: the IO report is not ready to issue: point \S+: .*a draft cannot be issued\n$/);
    expect(existsSync(out('not-ready.pdf'))).toBe(false);
    const after = openCasefile(casefile, PASSPHRASE);
    try {
      expect(after.issuedVersions()).toEqual([]);
      expect(after.auditTrail()).toEqual(trail);
      expect(after.readCase().issued).toBeUndefined();
    } finally {
      after.close();
    }
    // A name in the file name of an anonymised copy stops it the same way.
    const named = impartial('issue', casefile, '--doc', 'statement', '--format', 'pdf', '--out', out('Statement for Sarah Jones.pdf'));
    expect(named.code).toBe(1);
    expect(existsSync(out('Statement for Sarah Jones.pdf'))).toBe(false);
    expect(readCase(casefile).issued).toBeUndefined();
  });

  it('numbers versions per kind, and lists them with their date, format and SHA-256', async () => {
    const casefile = casefileOf();
    expect((await cli('issue', casefile, '--doc', 'statement', '--format', 'pdf', '--out', out('s1.pdf'), '--date', '2024-11-01')).code).toBe(0);
    expect((await cli('issue', casefile, '--doc', 'io-report', '--format', 'docx', '--out', out('io1.docx'), '--date', '2024-12-20')).code).toBe(0);
    expect((await cli('issue', casefile, '--doc', 'statement', '--format', 'docx', '--out', out('s2.docx'), '--date', '2024-11-04', '--named')).code).toBe(0);
    // A later version cannot be dated before the one it follows.
    const early = await cli('issue', casefile, '--doc', 'statement', '--format', 'pdf', '--out', out('s3.pdf'), '--date', '2024-10-01');
    expect(early.code).toBe(1);
    expect(early.stderr).toBe('impartial issue: the issue date 1 October 2024 is before version 2 of the Statement of Complaint, issued 4 November 2024: a later version cannot be dated earlier\n');
    expect(existsSync(out('s3.pdf'))).toBe(false);

    const list = await cli('issued', casefile);
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(squash(lines[0]!)).toBe(`Statement of Complaint version 1 issued 1 November 2024 PDF anonymised SHA-256 ${sha256(readBytes(out('s1.pdf')))}`);
    expect(squash(lines[1]!)).toBe(`IO report version 1 issued 20 December 2024 Word anonymised SHA-256 ${sha256(readBytes(out('io1.docx')))}`);
    expect(squash(lines[2]!)).toBe(`Statement of Complaint version 2 issued 4 November 2024 Word named SHA-256 ${sha256(readBytes(out('s2.docx')))}`);

    const json = JSON.parse((await cli('issued', casefile, '--json')).stdout) as Array<Record<string, unknown>>;
    expect(json.map((d) => [d.kind, d.version, d.date, d.format, d.named, d.sha256])).toEqual([
      ['statement', 1, '2024-11-01', 'pdf', false, sha256(readBytes(out('s1.pdf')))],
      ['io-report', 1, '2024-12-20', 'docx', false, sha256(readBytes(out('io1.docx')))],
      ['statement', 2, '2024-11-04', 'docx', true, sha256(readBytes(out('s2.docx')))],
    ]);
    // Each issue is one audit row, saying what was issued and its SHA-256.
    const c = openCasefile(casefile, PASSPHRASE);
    try {
      const issues = c.auditTrail().filter((e) => e.action === 'issue').map((e) => e.summary).reverse();
      expect(issues).toEqual([
        `issued Statement of Complaint, version 1, issued 1 November 2024, PDF (anonymised), SHA-256 ${sha256(readBytes(out('s1.pdf')))}`,
        `issued IO report, version 1, issued 20 December 2024, Word (anonymised), SHA-256 ${sha256(readBytes(out('io1.docx')))}`,
        `issued Statement of Complaint, version 2, issued 4 November 2024, Word (named), SHA-256 ${sha256(readBytes(out('s2.docx')))}`,
      ]);
    } finally {
      c.close();
    }
  });

  it('gives back the issued bytes unchanged after closing, and after export and import with the files', async () => {
    const casefile = casefileOf();
    expect((await cli('issue', casefile, '--doc', 'ip-report', '--format', 'pdf', '--out', out('ip.pdf'), '--date', '2025-01-03')).code).toBe(0);
    expect((await cli('issue', casefile, '--doc', 'ip-report', '--format', 'docx', '--out', out('ip.docx'), '--date', '2025-01-04')).code).toBe(0);
    const issuedPdf = readBytes(out('ip.pdf'));
    const issuedDocx = readBytes(out('ip.docx'));

    // Closed and opened again (each command opens it afresh).
    expect((await cli('issued', casefile, '--doc', 'ip-report', '--version', '1', '--out', out('ip-copy.pdf'))).code).toBe(0);
    expect(Buffer.compare(readBytes(out('ip-copy.pdf')), issuedPdf)).toBe(0);

    // Exported with the files, imported into a new casefile: the same versions, the same bytes.
    expect((await cli('export', casefile, '--with-attachments', '--out', out('with.json'))).code).toBe(0);
    const exported = JSON.parse(readFileSync(out('with.json'), 'utf8')) as CaseData;
    expect(exported.issued?.map((d) => [d.kind, d.version, d.format, d.date, d.sha256, d.size])).toEqual([
      ['ip-report', 1, 'pdf', '2025-01-03', sha256(issuedPdf), issuedPdf.length],
      ['ip-report', 2, 'docx', '2025-01-04', sha256(issuedDocx), issuedDocx.length],
    ]);
    const imported = out('imported.casefile');
    expect((await cli('new', imported, '--from', out('with.json'))).code).toBe(0);
    expect((await cli('issued', imported, '--doc', 'ip-report', '--version', '2', '--out', out('ip-imported.docx'))).code).toBe(0);
    expect(Buffer.compare(readBytes(out('ip-imported.docx')), issuedDocx)).toBe(0);
    expect((await cli('verify-document', imported, out('ip.pdf'))).code).toBe(0);
    expect((await cli('export', imported, '--with-attachments', '--out', out('with-again.json'))).code).toBe(0);
    expect(readFileSync(out('with-again.json'), 'utf8')).toBe(readFileSync(out('with.json'), 'utf8'));

    // Exported without the files: the record stays and still proves which file was issued,
    // but there is no copy to give back.
    expect((await cli('export', casefile, '--out', out('without.json'))).code).toBe(0);
    const without = JSON.parse(readFileSync(out('without.json'), 'utf8')) as CaseData;
    expect(without.issued?.every((d) => d.data === undefined)).toBe(true);
    const bare = out('bare.casefile');
    expect((await cli('new', bare, '--from', out('without.json'))).code).toBe(0);
    expect((await cli('verify-document', bare, out('ip.docx'))).code).toBe(0);
    const noCopy = await cli('issued', bare, '--doc', 'ip-report', '--version', '1', '--out', out('none.pdf'));
    expect(noCopy.code).toBe(1);
    expect(noCopy.stderr).toContain('is not held in this casefile');
    expect(existsSync(out('none.pdf'))).toBe(false);
    expect((await cli('verify', bare)).code).toBe(0);
  });

  it('refuses an import whose issued bytes do not match their SHA-256', async () => {
    const casefile = casefileOf();
    expect((await cli('issue', casefile, '--doc', 'statement', '--format', 'pdf', '--out', out('st.pdf'))).code).toBe(0);
    expect((await cli('export', casefile, '--with-attachments', '--out', out('st.json'))).code).toBe(0);
    const data = JSON.parse(readFileSync(out('st.json'), 'utf8')) as CaseData;
    const bytes = Buffer.from(data.issued![0]!.data!, 'base64');
    bytes[100]! ^= 1;
    data.issued![0]!.data = bytes.toString('base64');
    writeFileSync(out('st-bad.json'), JSON.stringify(data));
    const r = await cli('new', out('st-bad.casefile'), '--from', out('st-bad.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('issued[0].sha256: does not match the data');
    expect(existsSync(out('st-bad.casefile'))).toBe(false);
  });
});

describe("the document's date", () => {
  it.runIf(readers)('is the issue date on an issued copy, the last issue date on a copy made after it, and the render date only on a DRAFT', async () => {
    const casefile = casefileOf();
    const today = todayIso();
    // Before any issue: a final copy is not dated; a draft is dated the day it is rendered, as a draft.
    expect((await cli('render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('before.pdf'))).code).toBe(0);
    const before = squash(pdfText(out('before.pdf')));
    expect(before).toContain('Not yet issued');
    expect(before).not.toContain(formatDate(today));
    expect((await cli('render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('draft.pdf'), '--draft')).code).toBe(0);
    expect(squash(pdfText(out('draft.pdf')))).toContain(`Draft of ${formatDate(today)}`);

    expect((await cli('issue', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('issued.pdf'), '--date', '2025-01-02')).code).toBe(0);
    const issued = squash(pdfText(out('issued.pdf')));
    expect(issued).toContain('Version 1, issued 2 January 2025'); // under the title, and at the foot of every page
    expect(issued.split('Version 1, issued 2 January 2025').length - 1).toBeGreaterThan(2);
    expect(issued).toMatch(/Investigating Officer.{0,40}2 January 2025/); // the signature
    expect(issued).not.toContain(formatDate(today));

    expect((await cli('render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('after.pdf'))).code).toBe(0);
    const after = squash(pdfText(out('after.pdf')));
    expect(after).toContain('2 January 2025');
    expect(after).not.toContain('Version 1');
    expect(after).not.toContain('Not yet issued');
    expect((await cli('render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out('draft-after.pdf'), '--draft')).code).toBe(0);
    expect(squash(pdfText(out('draft-after.pdf')))).toContain(`Draft of ${formatDate(today)}`);
  });

  it('prints the version at the foot of every page of an issued Word document, and its date in the title block', async () => {
    const casefile = casefileOf();
    expect((await cli('issue', casefile, '--doc', 'statement', '--format', 'docx', '--out', out('statement.docx'), '--date', '2024-11-04')).code).toBe(0);
    const parts = docxParts(readBytes(out('statement.docx')));
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers.some((xml) => xml.includes('Version 1, issued 4 November 2024'))).toBe(true);
    expect(parts['word/document.xml']).toContain('Version 1, issued 4 November 2024');
    expect(parts['docProps/core.xml']).toContain('<cp:keywords>Impartial document: Statement of Complaint; version 1; issued 2024-11-04</cp:keywords>');
  });

  it.runIf(readers)("dates the adjudication letter by the adjudication unless issued with another date, and issues it named", async () => {
    const casefile = casefileOf();
    const r = await cli('issue', casefile, '--doc', 'adjudication-letter', '--format', 'pdf', '--out', out('letter.pdf'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('The adjudication letter is issued named: it is sent to the complainant.\n');
    expect(r.stdout).toContain('Issued Adjudication letter, version 1, issued 6 January 2025, PDF (named)');
    const letter = squash(pdfText(out('letter.pdf')));
    expect(letter).toContain('6 January 2025');
    expect(letter).toContain('Sarah Jones'); // named: the complainant's name in the letter, not only the address

    const later = await cli('issue', casefile, '--doc', 'adjudication-letter', '--format', 'pdf', '--out', out('letter2.pdf'), '--date', '2025-01-08');
    expect(later.code).toBe(0);
    expect(later.stderr).toContain("The adjudication letter will be dated 8 January 2025; the adjudication's date is recorded as 6 January 2025, from which the Stage 2 clock ends and the Stage 3 clock starts.");
    const second = squash(pdfText(out('letter2.pdf')));
    expect(second).toContain('Version 2, issued 8 January 2025');
    // The Stage 3 request date still counts from the adjudication's recorded date.
    expect(second).toContain('3 February 2025');
  });
});
