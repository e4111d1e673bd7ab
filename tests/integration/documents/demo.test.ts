// `impartial demo <dir>`: a sample casefile and all five documents in both formats. In CI every
// one of them goes through a real reader: each DOCX converts to PDF with LibreOffice headless,
// and each PDF passes qpdf --check with every font embedded (pdffonts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { documentKinds } from '../../../shared/api.ts';
import { hasTool, libreOfficeToPdf, pdfFonts, pdfText, qpdfCheck } from '../render/tools.ts';
import { root, stage3Sample } from '../../unit/documents/helpers.ts';
import { impartialBin } from '../cli/bin.ts';

let dir: string;
let demo: string;
let first: { code: number | null; stdout: string; stderr: string };

function impartial(args: string[], env: Record<string, string | undefined> = {}) {
  const environment = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete environment[k];
  const r = spawnSync(process.execPath, [impartialBin, ...args], { cwd: root, encoding: 'utf8', env: environment });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FILES = documentKinds.flatMap((k) => [`${k}.docx`, `${k}.pdf`]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-demo-'));
  demo = join(dir, 'demo');
  first = impartial(['demo', demo], { IMPARTIAL_PASSPHRASE: undefined });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('impartial demo', () => {
  it('creates the sample casefile and ten documents, and says the passphrase is "demo"', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Its passphrase is "demo" (IMPARTIAL_PASSPHRASE was not set).');
    expect(readdirSync(demo).sort()).toEqual(['sample.casefile', ...FILES].sort());
    for (const f of FILES) expect(statSync(join(demo, f)).size).toBeGreaterThan(5_000);
    const casefile = openCasefile(join(demo, 'sample.casefile'), 'demo');
    try {
      expect(casefile.readCase()).toEqual(stage3Sample());
    } finally {
      casefile.close();
    }
  });

  it('refuses a folder that already has a demo in it, changing nothing', () => {
    const before = readdirSync(demo).map((f) => [f, statSync(join(demo, f)).mtimeMs]);
    const again = impartial(['demo', demo], { IMPARTIAL_PASSPHRASE: undefined });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sample\.casefile already exists: run the demo into an empty folder/);
    expect(readdirSync(demo).map((f) => [f, statSync(join(demo, f)).mtimeMs])).toEqual(before);
  });

  it('uses IMPARTIAL_PASSPHRASE when it is set', () => {
    const other = join(dir, 'other');
    const r = impartial(['demo', other], { IMPARTIAL_PASSPHRASE: 'my own passphrase' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Its passphrase is the one in IMPARTIAL_PASSPHRASE.');
    openCasefile(join(other, 'sample.casefile'), 'my own passphrase').close();
    expect(existsSync(join(other, 'panel-report.pdf'))).toBe(true);
  });
});

describe.runIf(hasTool('qpdf') && hasTool('pdffonts') && hasTool('pdftotext'))('the demo PDFs, read by qpdf and poppler', () => {
  it.each(documentKinds)('%s.pdf passes qpdf --check, embeds every font and reads as text', (kind) => {
    const path = join(demo, `${kind}.pdf`);
    const q = qpdfCheck(path);
    expect(q.ok, q.output).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.embedded, `${kind}: ${f.name}`).toBe(true);
    expect(pdfText(path).replace(/\s+/g, ' ')).toMatch(kind === 'adjudication-letter' ? /Dear Ms A,/ : /complaint by Ms A/);
  });
});

describe.runIf(hasTool('soffice') && hasTool('pdftotext'))('the demo DOCX files, opened by LibreOffice', () => {
  it.each(documentKinds)('%s.docx converts to PDF without error', (kind) => {
    const out = join(dir, 'lo');
    const r = libreOfficeToPdf(join(demo, `${kind}.docx`), out);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(r.pdf), r.output).toBe(true);
    const text = pdfText(r.pdf).replace(/\s+/g, ' ');
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toMatch(/Ms A/);
  }, 180_000);
});
