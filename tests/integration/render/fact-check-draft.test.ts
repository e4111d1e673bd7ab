// The fact-check draft as a reader gets it: the IO report of the sample case rendered through
// the same path as the app and the command line, every paragraph and list item's number read
// back beside its text, from the PDF (pdftotext -layout: the number stands in the margin, on
// the line where its paragraph starts) and from the Word document (python-docx: the number
// opens the paragraph, which hangs out into the margin; LibreOffice's PDF of it shows the same).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { produceDocument } from '../../../electron/core/documents/produce.ts';
import { numberedParagraphs } from '../../../shared/document/paragraph-numbers.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { hasTool, libreOfficeToPdf, structText, tempDir, writeTemp } from './tools.ts';
import { impartialBin } from '../cli/bin.ts';

const root = join(import.meta.dirname, '../../..');
const sample = (): CaseData => JSON.parse(readFileSync(join(root, 'assets/sample-case.json'), 'utf8')) as CaseData;
const dir = tempDir('fact-check');
const SENT = '2025-01-06';

/** The first few words of a paragraph, as a pattern that allows any spacing between them. */
const opening = (text: string) => text.replace(/[\u2022]/g, '').trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');

let pdf: { bytes: Uint8Array; model: DocumentModel };
let docx: { bytes: Uint8Array; model: DocumentModel };
beforeAll(async () => {
  pdf = await produceDocument(sample(), 'io-report', { format: 'pdf', factCheck: { sentDate: SENT }, today: '2025-01-06' });
  docx = await produceDocument(sample(), 'io-report', { format: 'docx', factCheck: { sentDate: SENT }, today: '2025-01-06' });
}, 60_000);

describe('the fact-check draft, read back', () => {
  it('numbers the same paragraphs the same way in both formats', () => {
    expect([...numberedParagraphs(docx.model)]).toEqual([...numberedParagraphs(pdf.model)]);
    expect(numberedParagraphs(pdf.model).size).toBeGreaterThan(40);
  });

  it.runIf(hasTool('pdftotext'))('PDF: DRAFT, the date sent, and each number in the left margin, level with the first line of its paragraph', () => {
    const path = writeTemp(dir, 'draft.pdf', pdf.bytes);
    // The watermark is drawn on every page; the structure tree says DRAFT once, first.
    expect(structText(path).find((e) => e.tag === 'P')?.text).toBe('DRAFT');
    // Every word with its box (pdftotext -bbox), page by page: the watermark's big letters make
    // -layout's lines unreliable, boxes are not.
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages = html.split('<page ').slice(1).map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), right: Number(m[3]), text: m[4]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') })));
    expect(pages.flat().map((w) => w.text).join(' ')).toContain('Fact-check draft, sent 6 January 2025');
    const MARGIN = 70.87;
    const missing: string[] = [];
    for (const [n, para] of numberedParagraphs(pdf.model)) {
      const first = para.trim().split(/\s+/)[0]!;
      // The number ends left of the margin; on its line, the paragraph's first word starts at the text's edge (or a list's indent).
      const found = pages.some((words) => words.some((w) => w.text === String(n) && w.right < MARGIN - 4
        && words.some((t) => Math.abs(t.y - w.y) < 1 && t.x >= MARGIN - 0.5 && t.x < MARGIN + 40 && t.text === first)));
      if (!found) missing.push(`${n}: ${para.slice(0, 40)}`);
    }
    expect(missing).toEqual([]);
  });

  it('Word: each numbered paragraph opens with its number and a tab, hanging out into the left margin', () => {
    const path = writeTemp(dir, 'draft.docx', docx.bytes);
    const script = [
      'import docx, json, sys',
      'd = docx.Document(sys.argv[1])',
      'print(json.dumps([[p.text, (p.paragraph_format.left_indent or 0) - (p.paragraph_format.first_line_indent or 0) * -1 if p.paragraph_format.first_line_indent is not None else None] for p in d.paragraphs]))',
    ].join('\n');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Array<[string, number | null]>;
    const texts = read.map(([t]) => t);
    expect(texts.some((t) => t.includes('Fact-check draft, sent 6 January 2025'))).toBe(true);
    const missing: string[] = [];
    for (const [n, para] of numberedParagraphs(docx.model)) {
      const re = new RegExp(`^${n}\\t(\\S+\\t)?${opening(para)}`);
      const found = read.find(([t]) => re.test(t));
      // The first line starts left of the margin (left indent + first-line indent < 0 EMU).
      if (!found || found[1] === null || found[1] >= 0) missing.push(`${n}: ${para.slice(0, 40)}`);
    }
    expect(missing).toEqual([]);
  });

  it.runIf(hasTool('soffice') && hasTool('pdftotext'))('Word, as LibreOffice prints it: the numbers stand in the margin beside their paragraphs', () => {
    const path = writeTemp(dir, 'office.docx', docx.bytes);
    const out = libreOfficeToPdf(path, dir);
    expect(out.status, out.output).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', out.pdf, '-'], { encoding: 'utf8' });
    const lines = text.split('\n');
    const paragraphs = [...numberedParagraphs(docx.model)];
    const found = paragraphs.filter(([n, para]) => lines.some((l) => new RegExp(`^\\s*${n}\\s+(\\S+\\s+)?${opening(para)}`).test(l)));
    expect(found.length).toBe(paragraphs.length);
  }, 180_000);

  it.runIf(hasTool('pdftotext'))('impartial render --fact-check: the same draft from the command line; a bad date or another document is refused', () => {
    const cli = (args: string[]) => spawnSync(process.execPath, [impartialBin, ...args], {
      cwd: root, encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: 'a long enough passphrase' },
    });
    const casefile = join(dir, 'cli.casefile');
    expect(cli(['new', casefile, '--from', join(root, 'assets/sample-case.json')]).status).toBe(0);
    const out = join(dir, 'cli-draft.pdf');
    const made = cli(['render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', out, '--fact-check', SENT]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/fact-check draft, written to/);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Fact-check draft, sent 6 January 2025');
    expect(text).toMatch(/^ {0,3}1 {2,}This report sets out the findings/m);
    const badDate = cli(['render', casefile, '--doc', 'io-report', '--format', 'pdf', '--out', join(dir, 'x.pdf'), '--fact-check', '6 January']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--fact-check "6 January" is not a date/);
    const statement = cli(['render', casefile, '--doc', 'statement', '--format', 'pdf', '--out', join(dir, 'y.pdf'), '--fact-check', SENT]);
    expect(statement.status).toBe(1);
    expect(statement.stderr).toMatch(/only the IO report is sent for fact-check, not the Statement of Complaint/);
    expect(existsSync(join(dir, 'y.pdf'))).toBe(false);
  }, 60_000);
});
