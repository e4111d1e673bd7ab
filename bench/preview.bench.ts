// The Preview region (issue 12 item 1): from the last key typed into a finding's analysis to the
// new words in the preview's text layer, in the web host with Chromium, for the sample case
// (an 8-page IO report) and the large case (a 155-page one). Measured in the page: the time of
// the last keydown, then a MutationObserver that sees the word arrive in a text layer span of
// the viewer on show.
// Reported whole (what the user waits: the target) and without the pause: the region
// asks for the text as typed once typing has paused for TYPING_PAUSE_MS (before the field saves
// it), so the rest is the render in the preview worker, the transfer and pdf.js drawing.
// Needs `npm run build` (out/renderer) and Chromium (Playwright's or /usr/bin/chromium).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { BenchRow } from './measure.ts';
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { createCasefile } from '../electron/core/casefile/index.ts';
import { startWebHost } from '../electron/web/host.ts';
import { casefileStore } from '../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../electron/core/service/jobs.ts';
import type { CaseData } from '../shared/interchange/schema.ts';

const area = 'preview';
const root = resolve(import.meta.dirname, '..');
const PASSPHRASE = 'benchmark passphrase';
const RUNS = 5;
/** TYPING_PAUSE_MS (renderer/src/components/preview/PreviewRegion.tsx). */
const PAUSE_MS = 100;

function chromiumPath(): string | undefined {
  if (process.env.IMPARTIAL_CHROMIUM) return process.env.IMPARTIAL_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser is not installed
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Types ` word.` at the end of the analysis and answers the ms from the last keydown to the word in the preview. */
async function lastKeyToPreview(page: Page, word: string): Promise<number> {
  await page.evaluate((w) => {
    const win = window as unknown as { __lastKey: number; __seen: Promise<number> };
    window.addEventListener('keydown', () => { win.__lastKey = performance.now(); }, { capture: true });
    const preview = document.querySelector('[data-testid="preview"]')!;
    win.__seen = new Promise<number>((resolveSeen) => {
      const check = () => {
        // The viewer on show: new pages are drawn behind it and change places when ready.
        for (const span of preview.querySelectorAll('.pdf-scroll:not(.pdf-scroll--behind) .textLayer span')) {
          if (span.textContent?.includes(w)) {
            observer.disconnect();
            resolveSeen(performance.now() - win.__lastKey);
            return;
          }
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(preview, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    });
  }, word);
  await page.keyboard.type(` ${word}.`);
  return page.evaluate(() => (window as unknown as { __seen: Promise<number> }).__seen);
}

async function measure(browser: Awaited<ReturnType<typeof chromium.launch>>, url: string, fileName: string, pointNumber: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByRole('button', { name: new RegExp(fileName) }).click();
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    const nav = page.getByRole('navigation', { name: 'Casefile' });
    await nav.getByRole('button', { name: /^Findings/ }).click();
    await page.getByRole('navigation', { name: /^Points/ }).getByRole('button', { name: new RegExp(`^${pointNumber}\\b`) }).click();
    const preview = page.getByTestId('preview');
    await preview.locator('.textLayer span').first().waitFor({ timeout: 120_000 });
    const analysis = page.getByTestId('finding-analysis');
    await analysis.click();
    await page.keyboard.press('Control+End');
    const times: number[] = [];
    // One run to warm up (the first preview after focusing scrolls to a new page), then RUNS.
    for (let i = 0; i <= RUNS; i += 1) {
      const time = await lastKeyToPreview(page, `Zebedee${i}quill`);
      if (i > 0) times.push(time);
      await page.waitForTimeout(300);
    }
    return times;
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error('bench/preview.bench.ts needs the built renderer: run "npm run build" first');
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-preview-'));
  const workspaceDir = join(dir, 'workspace');
  const host = await startWebHost({ rendererDir: join(root, 'out/renderer'), workspaceDir, store: casefileStore, jobWorker: sourceJobWorker, version: 'bench' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const sample = JSON.parse(readFileSync(join(root, 'assets/sample-case.json'), 'utf8')) as CaseData;
    createCasefile(join(workspaceDir, 'Sample case.casefile'), PASSPHRASE, sample).close();
    const large = generateLargeCase();
    createCasefile(join(workspaceDir, 'Large case.casefile'), PASSPHRASE, large).close();
    // A point in the middle of the large report: its analysis is some 70 pages in.
    const decided = large.statement.points.filter((p) => (large.findings ?? []).some((f) => f.pointId === p.id));
    const middle = decided[Math.floor(decided.length / 2)]!;

    const sampleTimes = await measure(browser, host.url, 'Sample case', '2');
    const largeTimes = await measure(browser, host.url, 'Large case', middle.number);
    const row = (name: string, times: number[], target: number, pages: string): BenchRow[] => [
      { area, measure: `${name}: last key to the new words in the preview (median)`, value: median(times), unit: 'ms', target, note: `with the ${PAUSE_MS} ms typing pause; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms over ${times.length}; ${pages}` },
      { area, measure: `${name}: the same without the typing pause (median)`, value: median(times) - PAUSE_MS, unit: 'ms', note: 'render of the text as typed in the preview worker, transfer, pdf.js parse, draw and text layer' },
    ];
    return [
      ...row('sample case', sampleTimes, 300, 'IO report of 8 pages'),
      ...row('large case', largeTimes, 1000, `IO report of about 155 pages, point ${middle.number}`),
    ];
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
