// Reading rendered documents back page by page, as a reader turns them: the text of each page
// (pdftotext -layout, the running header and footer left out), where a piece of text lands,
// and many Word documents laid out by LibreOffice in one run.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './tools.ts';

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The lines of each page of a PDF as laid out (columns side by side), without the header and footer. */
export function pdfPages(path: string): string[][] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((page) =>
    page.split('\n').map((l) => l.trim()).filter((l) => l && !/OFFICIAL-SENSITIVE|^Page \d+ of \d+$|^DRAFT$/.test(l)));
}

/** Where `needle` first appears at or after `from` (page, line): each line is searched with its spaces squashed. */
export function find(pages: string[][], needle: string, from: { page: number; line: number } = { page: 0, line: 0 }): { page: number; line: number } | undefined {
  const wanted = squash(needle);
  for (let p = from.page; p < pages.length; p++) {
    const lines = pages[p]!;
    for (let l = p === from.page ? from.line : 0; l < lines.length; l++) if (squash(lines[l]!).includes(wanted)) return { page: p, line: l };
  }
  return undefined;
}

/** The page `needle` is on, failing the test when it is nowhere. */
export function pageOf(pages: string[][], needle: string, from?: { page: number; line: number }): number {
  const at = find(pages, needle, from);
  if (!at) throw new Error(`"${needle}" is on no page:\n${pages.map((p, i) => `--- page ${i + 1}\n${p.join('\n')}`).join('\n')}`);
  return at.page;
}

/** The last line of text on each page. */
export const lastLines = (pages: string[][]) => pages.map((p) => p[p.length - 1] ?? '');

/**
 * Word documents converted to PDF by LibreOffice headless, all in one run (starting it costs
 * more than a small document), with a profile of its own. Returns each PDF's path, in order.
 */
export function libreOfficePdfs(docxPaths: readonly string[], outDir: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status}): ${r.stdout}${r.stderr}`);
    return docxPaths.map((p) => join(outDir, p.replace(/^.*\//, '').replace(/\.docx$/, '.pdf')));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
