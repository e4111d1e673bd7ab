// LibreOffice headless converting the large IO report's DOCX to PDF: the yardstick both the
// renderer (render.bench.ts) and the whole `impartial render` command (cli.bench.ts) are set
// against. Measured once per `npm run bench` and shared, because each conversion of the
// 155-page document takes seconds.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
}

/** Wall time of a LibreOffice headless conversion, after a warm-up (a short document) that creates its profile. */
function convertMs(docx: Uint8Array, warmUp: Uint8Array, dir: string): number {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const convert = (file: string, bytes: Uint8Array) => {
    writeFileSync(file, bytes);
    const t0 = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 300_000 });
    return performance.now() - t0;
  };
  convert(join(dir, 'warm-up.docx'), warmUp);
  // The better of two runs: the comparison is then never flattered by one slow LibreOffice start.
  return Math.min(convert(join(dir, 'io-report.docx'), docx), convert(join(dir, 'io-report.docx'), docx));
}

let measured: number | undefined;

/**
 * Milliseconds LibreOffice takes to convert the large IO report (`docx`) to PDF; `warmUp` is a
 * short DOCX. The first call of a bench run measures; later calls (the same document, made by
 * another path) reuse that figure. NaN when LibreOffice is not installed.
 */
export function libreOfficeMs(docx: Uint8Array, warmUp: Uint8Array): number {
  if (!hasSoffice()) return NaN;
  if (measured === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-lo-'));
    try {
      measured = convertMs(docx, warmUp, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return measured;
}

export const NO_SOFFICE_NOTE = 'soffice not installed: apt-get install libreoffice-writer';
