// A small laptop and the keyboard (issue 10 item 7): at 1024 x 700 the Findings writing area
// keeps at least 480 px and its sources fold away; after a lock, unlocking returns to the
// heading of the screen the user was on; a key reaches each screen, and F6 reaches the
// navigation from deep in a form; the app's icon is served (no 404 for /favicon.ico); no page
// scrolls sideways; axe finds nothing serious on the changed screens at either size.
import { expect, test } from './fixtures.ts';
import { PASSPHRASE, importSample, seriousViolations, sidewaysOverflow } from './helpers.ts';
import { workspace } from './workspace.ts';
import type { ScreenLabel } from './workspace.ts';

const allScreens: ScreenLabel[] = ['Overview', 'Case details', 'Complaint', 'People', 'Statement of Complaint', 'Evidence', 'Findings', 'IO report', 'IP review', 'Adjudication', 'Review panel', 'Documents'];

const modifier = process.platform === 'darwin' ? 'Meta+Alt' : 'Control+Shift';

test('at 1024 x 700 the Findings writing area is at least 480 px wide, and its sources fold away and stay folded', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await importSample(page);
  await workspace.open(page, 'Findings');
  const sources = page.getByRole('complementary', { name: 'Linked to this point' });
  await expect(sources.getByRole('heading', { name: /^Evidence/ })).toBeVisible();

  const analysis = workspace.findingAnalysis(page);
  const width = async () => (await analysis.boundingBox())?.width ?? 0;
  expect(await width(), 'the analysis box with the sources shown').toBeGreaterThanOrEqual(480);

  const toggle = page.getByRole('button', { name: 'Hide sources' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(sources).toHaveCount(0);
  const show = page.getByRole('button', { name: /^Show sources \(\d+\)$/ });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();
  expect(await width(), 'the analysis box with the sources folded').toBeGreaterThanOrEqual(480);
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await seriousViolations(page), 'Findings, sources folded, 1024 x 700').toBe('');

  // Folded stays folded: on the next point, on another screen and back.
  await workspace.findingsPoints(page).getByRole('button').nth(1).click();
  await expect(page.getByRole('button', { name: /^Show sources/ })).toBeVisible();
  await workspace.open(page, 'Overview');
  await workspace.open(page, 'Findings');
  await expect(sources).toHaveCount(0);
  await page.getByRole('button', { name: /^Show sources/ }).press('Space');
  await expect(sources.getByRole('heading', { name: /^Evidence/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide sources' })).toHaveAttribute('aria-expanded', 'true');

  // Wider windows: at 1280 the sources still follow the writing area; from 1400 they sit beside
  // it, and the writing area keeps its 480 px there too.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await width(), 'the analysis box at 1280 x 800').toBeGreaterThanOrEqual(480);
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await width(), 'the analysis box at 1440 x 900, sources beside').toBeGreaterThanOrEqual(480);
  const [box, aside] = [await analysis.boundingBox(), await sources.boundingBox()];
  expect(aside!.x, 'the sources beside the writing area').toBeGreaterThan(box!.x + box!.width);
});

for (const size of [{ width: 1024, height: 700 }, { width: 1280, height: 800 }]) {
  test(`at ${size.width} x ${size.height} no screen scrolls sideways or cuts its heading off, and axe finds nothing serious`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await importSample(page);
    for (const screen of allScreens) {
      await workspace.open(page, screen);
      expect(await sidewaysOverflow(page), `${screen} scrolls sideways`).toBe(0);
      // The navigation shows every screen's link in full (no title cut off).
      const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.nav-title')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent));
      expect(cut, `navigation titles cut off on ${screen}`).toEqual([]);
      expect(await seriousViolations(page), `${screen} at ${size.width} x ${size.height}`).toBe('');
    }
  });
}

test('a table too wide for the window becomes one card per row, each value labelled', async ({ page }) => {
  // 800 px: a 1024 px window zoomed to 125 %.
  await page.setViewportSize({ width: 800, height: 700 });
  await importSample(page);
  await workspace.open(page, 'Complaint');
  const table = page.getByRole('table', { name: 'Each person’s part in the complaint' });
  const firstRow = table.getByRole('row').nth(1);
  const cells = firstRow.getByRole('cell');
  // Stacked: the row's cells one above another, each introduced by its column's name.
  const boxes = await cells.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  expect(boxes.length).toBeGreaterThan(1);
  expect(new Set(boxes.map((t) => Math.round(t))).size, 'cells stacked').toBe(boxes.length);
  const label = await cells.first().evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).not.toBe('none');
  // Screen readers still meet a table whose cells have their column headers.
  await expect(table.getByRole('columnheader').first()).toBeAttached();
  expect(await sidewaysOverflow(page)).toBe(0);
  expect(await seriousViolations(page), 'Complaint at 800 px').toBe('');
});

test('after a lock, unlocking returns the keyboard to the heading of the screen the user was on', async ({ page }) => {
  await importSample(page);
  // Straight after opening: on the Overview's heading, not lost on <body>.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await workspace.open(page, 'Evidence');
  await page.getByRole('button', { name: 'Lock' }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(workspace.navigation(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeFocused();
  await expect(workspace.navigation(page).getByRole('button', { name: /^Evidence/ })).toHaveAttribute('aria-current', 'page');

  // On Findings, the point shown is part of the place.
  await workspace.open(page, 'Findings');
  await workspace.findingsPoints(page).getByRole('button').nth(2).click();
  await expect(page.locator('.finding-editor .eyebrow')).toHaveText('Point 3');
  await page.getByRole('button', { name: 'Lock' }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
  await expect(page.locator('.finding-editor .eyebrow')).toHaveText('Point 3');

  // Closing the casefile forgets the place: opening it again starts at the Overview.
  await workspace.navigation(page).getByRole('button', { name: 'Close casefile' }).click();
  // The casefile just closed is the most recent.
  await page.getByRole('button', { name: /Ms A on behalf of Child B/ }).first().click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
});

test('shortcuts move between screens and are shown in the navigation; F6 reaches the navigation from deep in a form', async ({ page }) => {
  await importSample(page);
  const nav = workspace.navigation(page);
  const expected: Array<[string, ScreenLabel]> = [['1', 'Overview'], ['5', 'Statement of Complaint'], ['7', 'Findings'], ['0', 'Documents'], ['4', 'People']];
  for (const [digit, screen] of expected) {
    await page.keyboard.press(`${modifier}+Digit${digit}`);
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeFocused();
    const link = nav.getByRole('button', { name: new RegExp(`^${screen}`) });
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(link).toHaveAttribute('aria-keyshortcuts', `${modifier === 'Meta+Alt' ? 'Meta+Alt' : 'Control+Shift'}+${digit}`);
    await expect(link.locator('.nav-key')).toHaveText(digit);
  }
  await expect(page.getByTestId('nav-keys-hint')).toContainText('F6');

  // From a text box deep in a finding: typing with the shortcut's keys types nothing.
  await page.keyboard.press(`${modifier}+Digit7`);
  const conclusion = workspace.findingConclusion(page);
  await workspace.outcome(page, 'Upheld').check();
  await conclusion.click();
  const before = await conclusion.inputValue();
  await page.keyboard.press(`${modifier}+Digit7`);
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
  expect(await conclusion.inputValue()).toBe(before);

  // F6: from the form to the status bar, then the navigation (on the current screen's link),
  // then the screen's heading; Shift+F6 goes back.
  await conclusion.click();
  await page.keyboard.press('F6');
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(nav.getByRole('button', { name: /^Findings/ })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(nav.getByRole('button', { name: /^Findings/ })).toBeFocused();
  // And from the navigation, Enter on another screen goes there.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'IO report' })).toBeFocused();
});

test('the app has its icon: the favicon is served under the CSP and nothing on the page is a 404', async ({ page, appOrigin }) => {
  const missing: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Impartial' })).toBeVisible();
  await importSample(page);
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.evaluate(async (url) => {
    const r = await fetch(url);
    return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
  }, new URL(href!, page.url()).href);
  expect(icon.status).toBe(200);
  expect(icon.type).toMatch(/^image\//);
  expect(icon.size).toBeGreaterThan(100);
  // The one a browser asks for by habit is there too.
  const ico = await page.evaluate(async () => (await fetch('/favicon.ico')).status);
  expect(ico).toBe(200);
  expect(missing, 'requests that failed').toEqual([]);
  expect(new URL(page.url()).origin).toBe(appOrigin);
});
