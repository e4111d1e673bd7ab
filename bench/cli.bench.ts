// The command line as a user meets it: whole `impartial` processes (bin/impartial.js running
// the build of vite.cli.config.ts, which this bench makes first), timed from spawn to exit.
//   - start-up: a command that needs no casefile (`workdays add`) against `node -e 0` on the
//     same Node (target: within 5 times), and, for reference, the same command run from the
//     TypeScript sources (what the bin falls back to when the build is missing or stale);
//   - `impartial render` of the large case's IO report (about 150 pages) from an encrypted
//     casefile, as PDF and as DOCX: opening it (PBKDF2 key derivation), reading the case, the
//     readiness and leak checks, building, rendering and writing the file (target <= 500 ms);
//   - what no renderer can shorten: the key derivation alone, and `impartial check` of the same
//     document (everything `render` does before it renders);
//   - LibreOffice headless converting the DOCX that command wrote, and how many times faster
//     the whole PDF command is (aim: 5 times or more).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCasefile } from '../electron/core/casefile/index.ts';
import { keyBytes } from '../electron/core/casefile/open.ts';
import { deriveKeys, SALT_SIZE } from '../electron/core/casefile/page-check.ts';
import { buildCommandLine } from '../tests/build-cli.global.ts';
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { libreOfficeMs, NO_SOFFICE_NOTE } from './libreoffice.ts';
import { median, type BenchRow } from './measure.ts';

const area = 'cli';
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin/impartial.js');
const PASSPHRASE = 'a bench passphrase';


/** Wall time of one process, from spawn to exit; throws when it fails. */
function processMs(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** Medians of each command, run in turn `runs` times after one warm-up each (which also fills Node's compile cache). */
function interleaved<T extends readonly (() => number)[]>(runs: number, commands: readonly [...T]): { [K in keyof T]: number } {
  for (const c of commands) c();
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k]!.push(c()));
  return times.map(median) as { [K in keyof T]: number };
}

export async function run(): Promise<BenchRow[]> {
  buildCommandLine();
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-cli-'));
  try {
    const [nodeMs, builtMs, sourceMs] = interleaved(15, [
      () => processMs(['-e', '0']),
      () => processMs([bin, 'workdays', 'add', '2024-12-16', '25']),
      () => processMs([join(root, 'electron/cli/main.ts'), 'workdays', 'add', '2024-12-16', '25']),
    ]);

    const casefile = join(dir, 'large.casefile');
    createCasefile(casefile, PASSPHRASE, generateLargeCase()).close();
    const render = (format: 'pdf' | 'docx') => () =>
      processMs([bin, 'render', casefile, '--doc', 'io-report', '--format', format, '--out', join(dir, `io-report.${format}`)], { IMPARTIAL_PASSPHRASE: PASSPHRASE });
    const check = () => processMs([bin, 'check', casefile, '--doc', 'io-report'], { IMPARTIAL_PASSPHRASE: PASSPHRASE });
    const [pdfMs, docxMs, checkMs] = interleaved(5, [render('pdf'), render('docx'), check]);

    // The part of every command that opens a casefile which no code of ours can shorten: the
    // key derivation SQLCipher 4's format fixes (PBKDF2-HMAC-SHA512, 256,000 rounds).
    const kdfMs = median(Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      deriveKeys(keyBytes(PASSPHRASE), randomBytes(SALT_SIZE)); // the casefile's own derivation, as every open runs it
      return performance.now() - t0;
    }));

    const rows: BenchRow[] = [
      { area, measure: 'node -e 0 (the floor: Node starting and exiting)', value: nodeMs, unit: 'ms' },
      { area, measure: 'key derivation alone (PBKDF2-HMAC-SHA512, 256,000 rounds)', value: kdfMs, unit: 'ms', note: 'fixed by the casefile format; runs beside loading the renderer' },
      { area, measure: 'impartial workdays add, whole process', value: builtMs, unit: 'ms', note: 'no casefile; the built command line' },
      { area, measure: 'start-up: impartial workdays add vs node -e 0', value: builtMs / nodeMs, unit: 'x', target: 5 },
      { area, measure: 'impartial workdays add, from the TypeScript sources', value: sourceMs, unit: 'ms', note: 'what the bin runs before a build, or after an edit' },
      { area, measure: 'impartial render large IO report --format pdf', value: pdfMs, unit: 'ms', target: 500, note: 'whole command: key derivation, read, checks, build, render, write' },
      { area, measure: 'impartial render large IO report --format docx', value: docxMs, unit: 'ms', target: 500, note: 'whole command, as above' },
      { area, measure: 'impartial check large IO report (render without rendering)', value: checkMs, unit: 'ms', note: 'key derivation, read, readiness, build and leak check: the rest is the renderer' },
    ];
    // LibreOffice's warm-up document: the same case's (much shorter) Statement of Complaint.
    processMs([bin, 'render', casefile, '--doc', 'statement', '--format', 'docx', '--out', join(dir, 'statement.docx')], { IMPARTIAL_PASSPHRASE: PASSPHRASE });
    const loMs = libreOfficeMs(new Uint8Array(readFileSync(join(dir, 'io-report.docx'))), new Uint8Array(readFileSync(join(dir, 'statement.docx'))));
    if (Number.isNaN(loMs)) {
      rows.push({ area, measure: 'LibreOffice headless DOCX to PDF', value: NaN, unit: 'ms', note: NO_SOFFICE_NOTE });
    } else {
      const ratio = loMs / pdfMs;
      rows.push({ area, measure: 'LibreOffice headless, the same DOCX to PDF', value: loMs, unit: 'ms', note: 'the DOCX impartial render wrote' });
      rows.push({ area, measure: 'impartial render (PDF) vs LibreOffice: times faster', value: ratio, unit: 'x', note: `aim >= 5x: ${ratio >= 5 ? 'ok' : 'MISSED'}` });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
