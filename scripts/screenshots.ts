// Screenshots of the main screens for the README (docs/images/*.png), at 1280 x 800 and at
// 1024 x 700 (named *-1024.png): starts the web host on a temp workspace, imports the sample
// case through the start screen, and photographs each screen in Chromium. Run after `npm run build`:
//   node scripts/screenshots.ts            (IMPARTIAL_CHROMIUM=/path/to/chromium to choose the browser)
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startWebHostProcess } from '../tests/e2e/fixtures.ts';

const root = resolve(import.meta.dirname, '..');
// IMPARTIAL_SHOTS_DIR writes them elsewhere (to look at them before replacing the README's).
const outDir = process.env.IMPARTIAL_SHOTS_DIR ?? join(root, 'docs/images');
const passphrase = 'correct horse battery staple';

function executable(): string | undefined {
  if (process.env.IMPARTIAL_CHROMIUM) return process.env.IMPARTIAL_CHROMIUM;
  try { if (existsSync(chromium.executablePath())) return undefined; } catch { /* not installed */ }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  console.log(relative(root, join(outDir, `${name}.png`)));
}

const workspace = mkdtempSync(join(tmpdir(), 'impartial-shots-'));
const { handle, child } = await startWebHostProcess(workspace);
const browser = await chromium.launch({ executablePath: executable(), args: ['--no-sandbox', '--disable-gpu', '--lang=en-GB'], env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' } });
// The two window sizes the app is tried at: a usual laptop, and the smallest (1024 x 700), whose
// pictures are named with "-1024".
const sizes = [
  { width: 1280, height: 800, suffix: '' },
  { width: 1024, height: 700, suffix: '-1024' },
] as const;
const screens = [
  ['Case details', 'case'], ['Complaint', 'complaint'], ['People', 'people'], ['Statement of Complaint', 'statement'],
  ['Findings', 'findings'], ['IO report', 'io-report'], ['Adjudication', 'adjudication'], ['Documents', 'documents'],
] as const;
try {
  mkdirSync(outDir, { recursive: true });
  for (const { width, height, suffix } of sizes) {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'en-GB', timezoneId: 'Europe/London', deviceScaleFactor: 1 });
    await page.goto(handle.url);
    await page.getByRole('heading', { level: 1, name: 'Impartial' }).waitFor();
    if (suffix === '') await shot(page, 'start');

    const importCard = page.getByRole('region', { name: 'Import from interchange JSON' });
    await importCard.getByLabel('Interchange file').setInputFiles(join(root, 'tests/fixtures/sample-case.json'));
    await importCard.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await importCard.getByLabel('Passphrase again').fill(passphrase);
    await importCard.getByRole('button', { name: 'Import' }).click();
    const nav = page.getByRole('navigation', { name: 'Casefile' });
    await nav.waitFor();
    await shot(page, `overview${suffix}`);
    for (const [label, name] of screens) {
      await nav.getByRole('button', { name: new RegExp(`^${label}`) }).click();
      await page.getByRole('heading', { level: 1, name: label }).waitFor();
      await shot(page, `${name}${suffix}`);
    }
    // Evidence, with its first document open for editing.
    await nav.getByRole('button', { name: /^Evidence/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Evidence' }).waitFor();
    await page.getByRole('button', { name: /^Edit / }).first().click();
    await shot(page, `evidence${suffix}`);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Unlock casefile' }).waitFor();
    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').waitFor();
    if (suffix === '') await shot(page, 'unlock');
    await page.close();
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(workspace, { recursive: true, force: true });
}
