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
import type { Browser, Page } from '@playwright/test';
import { median, percentile, type BenchRow } from './measure.ts';
import { launchChromium } from './browser.ts';
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
const PAUSE_MS = 70;

/** A steady typist's gap between keys: longer than the typing pause, so the preview updates as they type. */
const TYPING_GAP_MS = 180;

/** Types ` word.` at the end of the analysis and answers the ms from the last keydown to the word in the preview. */
async function lastKeyToPreview(page: Page, word: string): Promise<number> {
  await page.evaluate((w) => {
    const win = window as unknown as { __lastKey: number; __seen: Promise<number> };
    window.addEventListener('keydown', () => { win.__lastKey = performance.now(); }, { capture: true });
    const preview = document.querySelector('[data-testid="preview"]')!;
    win.__seen = new Promise<number>((resolveSeen) => {
      // The viewer on show: new pages are drawn behind it and change places when ready. Only
      // what changed is looked at (text added, a viewer brought to the front), so that the
      // watching costs the page next to nothing while it draws.
      const onShow = (node: Node): boolean => {
        const element = node instanceof Element ? node : node.parentElement;
        return !!element?.closest('.pdf-scroll:not(.pdf-scroll--behind)') && !!element.closest('.textLayer, .pdf-scroll');
      };
      const check = (records: MutationRecord[]) => {
        for (const r of records) {
          const changed = r.type === 'childList' ? [...r.addedNodes] : [r.target];
          for (const node of changed) {
            const inText = r.type === 'childList' ? node.textContent?.includes(w) && (node instanceof Element ? !!node.closest('.textLayer') || !!node.querySelector('.textLayer') || node.parentElement?.closest('.textLayer') : true)
              : node instanceof Element && node.matches('.pdf-scroll') && [...node.querySelectorAll('.textLayer')].some((layer) => layer.textContent?.includes(w));
            if (inText && onShow(node)) {
              observer.disconnect();
              resolveSeen(performance.now() - win.__lastKey);
              return;
            }
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

/** Types at a person's pace (a key every `gapMs`), so that the preview updates between keys,
 *  and answers the page's own time per key (keydown to the end of its input event) and the
 *  longest task the page ran meanwhile: what the preview's updates cost the typing. */
async function typingWhileUpdating(page: Page, text: string, gapMs: number): Promise<{ perKey: number[]; longestTask: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyStart?: number; __keyTimes: number[]; __longest: number };
    w.__keyTimes = [];
    w.__longest = 0;
    window.addEventListener('keydown', () => { w.__keyStart = performance.now(); }, { capture: true });
    window.addEventListener('input', () => {
      if (w.__keyStart !== undefined) w.__keyTimes.push(performance.now() - w.__keyStart);
      w.__keyStart = undefined;
    });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration); }).observe({ type: 'longtask' });
  });
  await page.keyboard.type(text, { delay: gapMs });
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const w = window as unknown as { __keyTimes: number[]; __longest: number };
    return { perKey: w.__keyTimes, longestTask: w.__longest };
  });
}

async function measure(browser: Browser, url: string, fileName: string, pointNumber: string): Promise<{ times: number[]; typing: { perKey: number[]; longestTask: number } }> {
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
    const typing = await typingWhileUpdating(page, ' The records were read again and found wanting.', TYPING_GAP_MS);
    return { times, typing };
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error('bench/preview.bench.ts needs the built renderer: run "npm run build" first');
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-preview-'));
  const workspaceDir = join(dir, 'workspace');
  const host = await startWebHost({ rendererDir: join(root, 'out/renderer'), workspaceDir, store: casefileStore, jobWorker: sourceJobWorker, version: 'bench' });
  const browser = await launchChromium();
  try {
    const sample = JSON.parse(readFileSync(join(root, 'assets/sample-case.json'), 'utf8')) as CaseData;
    createCasefile(join(workspaceDir, 'Sample case.casefile'), PASSPHRASE, sample).close();
    const large = generateLargeCase();
    createCasefile(join(workspaceDir, 'Large case.casefile'), PASSPHRASE, large).close();
    // A point in the middle of the large report: its analysis is some 70 pages in.
    const decided = large.statement.points.filter((p) => (large.findings ?? []).some((f) => f.pointId === p.id));
    const middle = decided[Math.floor(decided.length / 2)]!;

    const { times: sampleTimes } = await measure(browser, host.url, 'Sample case', '2');
    const { times: largeTimes, typing } = await measure(browser, host.url, 'Large case', middle.number);
    const row = (name: string, times: number[], target: number, pages: string): BenchRow[] => [
      { area, measure: `${name}: last key to the new words in the preview (median)`, value: median(times), unit: 'ms', target, note: `with the ${PAUSE_MS} ms typing pause; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} ms over ${times.length}; ${pages}` },
      { area, measure: `${name}: the same without the typing pause (median)`, value: median(times) - PAUSE_MS, unit: 'ms', note: 'render of the text as typed in the preview worker, transfer, pdf.js parse, draw and text layer' },
    ];
    return [
      ...row('sample case', sampleTimes, 300, 'IO report of 8 pages'),
      ...row('large case', largeTimes, 1000, `IO report of about 155 pages, point ${middle.number}`),
      { area, measure: `large case: typing a key every ${TYPING_GAP_MS} ms as the preview updates, per key in the page (p95)`, value: percentile(typing.perKey, 0.95), unit: 'ms/key', target: 16,
        note: `median ${median(typing.perKey).toFixed(2)} ms over ${typing.perKey.length} keys` },
      { area, measure: 'large case: the longest task in the page meanwhile', value: typing.longestTask, unit: 'ms', note: 'a task of the window\'s thread (typing waits for it): pdf.js drawing, React' },
    ];
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
