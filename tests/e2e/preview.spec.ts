// The Preview region beside the Findings screen (issue 12 item 1): the IO report as it will be
// issued, drawn by pdf.js with a text layer. Typing into a finding updates the preview's text
// once typing pauses, before the field saves it (no timed assertion: the bench measures the
// time), the preview scrolls to
// the point being edited, the text layer is in the accessibility tree, axe finds nothing
// serious with the preview open, and at 1024x700 the region starts folded; opened there, the
// points list goes above the finding so the writing area keeps its width.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { importSample, seriousViolations, sidewaysOverflow } from './helpers.ts';
import { workspace } from './workspace.ts';

// This spec meets the Preview region open, as a user at 1280 px does (fixtures.ts).
test.use({ previewOpen: true });

const previewRegion = (page: Page): Locator => page.getByRole('complementary', { name: 'Preview: IO report' });

/** True when `inner` is at least partly inside the visible box of `outer`. */
async function shownWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  return !!a && !!b && a.y + a.height > b.y && a.y < b.y + b.height;
}

test('typing into a finding updates the preview, which scrolls to the point being edited', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // pdf.js must work under the app's CSP as it is (no eval, its worker from our origin, fonts by FontFace).
  const refused: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await importSample(page);
  await workspace.open(page, 'Findings');

  const preview = previewRegion(page);
  await expect(preview).toBeVisible();
  const pages = preview.getByRole('document', { name: /pages/ });
  // The text layer carries the report's text: selectable, and in the accessibility tree.
  await expect(pages.locator('.textLayer').first()).toContainText('Investigating Officer', { timeout: 30_000 });
  await expect(preview.getByTestId('preview-words')).toHaveText(/^[\d,]+ words$/);
  await expect(pages.getByRole('region', { name: /^Page\W*1\W*$/ })).toBeVisible();

  // Point 3's analysis: the preview goes to it when the field is focused.
  await workspace.findingsPoints(page).getByRole('button', { name: /^3\b/ }).click();
  const analysis = workspace.findingAnalysis(page);
  await analysis.click();
  await page.keyboard.press('Control+End');
  await expect(pages.locator('.textLayer span').first()).toBeAttached();
  // While the preview updates, the pages shown never go blank: every frame has text on show.
  await page.evaluate(() => {
    const w = window as unknown as { __blankFrames: number; __watching: boolean };
    w.__blankFrames = 0;
    w.__watching = true;
    const look = () => {
      if (!w.__watching) return;
      if (!document.querySelector('.pdf-scroll:not(.pdf-scroll--behind) .textLayer span')) w.__blankFrames += 1;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.keyboard.type(' The quokka register was never opened.');
  await expect(page.getByText(/^\d[\d,]* words$/).first()).toBeVisible();

  const typed = pages.locator('.textLayer span:not(.markedContent)', { hasText: 'quokka' }).first();
  await expect(typed).toBeAttached({ timeout: 30_000 });
  await expect.poll(() => shownWithin(typed, pages), { message: 'the edited text is scrolled into the preview' }).toBe(true);
  expect(await page.evaluate(() => {
    const w = window as unknown as { __blankFrames: number; __watching: boolean };
    w.__watching = false;
    return w.__blankFrames;
  }), 'frames in which the preview showed no text').toBe(0);
  await expect(preview.getByRole('status').first()).toHaveText('Up to date');

  expect(await seriousViolations(page), 'Findings with the preview open').toBe('');
  // Every text field is British English, for the spell checker (Electron's en-GB dictionary).
  await expect(page.locator('textarea, input[type="text"], input[type="search"], input:not([type])').first()).toBeVisible();
  await expect(page.locator('textarea:not([lang="en-GB"]), input[type="text"]:not([lang="en-GB"]), input[type="search"]:not([lang="en-GB"])')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('preview-1280x800.png') });

  // A name typed into the anonymised text is shown as found, and the preview is still made.
  await page.keyboard.type(' Priya Patel agreed.');
  await expect(preview.getByTestId('preview-names')).toContainText('point 3, analysis', { timeout: 30_000 });
  await expect(preview.getByTestId('preview-names')).toContainText('Priya Patel');

  expect(refused, 'nothing refused by the CSP').toEqual([]);

  // Find in the preview: pdf.js's find controller, the count said in words.
  const find = preview.getByRole('searchbox', { name: /^Find in/ });
  await find.fill('quokka');
  await find.press('Enter');
  await expect(preview.getByRole('search').getByRole('status')).toHaveText(/^1 of 1 match$/);

  // The preview shows what is typed without waiting for the save: with the casefile's saves held
  // back, the new words still reach the page, and the save then goes through as typed.
  let releaseSaves: () => void = () => undefined;
  const held = new Promise<void>((resolve) => { releaseSaves = resolve; });
  await page.route(/\/api\/saveRecord$/, async (route) => { await held; await route.continue(); });
  await analysis.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The wombat ledger was unsigned.');
  await expect(pages.locator('.textLayer span:not(.markedContent)', { hasText: 'wombat' }).first()).toBeAttached({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Saving/ }).first()).toBeVisible();
  releaseSaves();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ }).first()).toBeVisible({ timeout: 30_000 });
  await page.unroute(/\/api\/saveRecord$/);

  // Folding it away and back.
  await preview.getByRole('button', { name: 'Hide' }).click();
  await expect(preview).toBeHidden();
  await page.getByRole('complementary', { name: 'Preview' }).getByRole('button', { name: /Preview/ }).click();
  await expect(previewRegion(page)).toBeVisible();
});

test('at 1024x700 the preview starts folded and the finding keeps its width', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await importSample(page);
  await workspace.open(page, 'Findings');
  const unfold = page.getByRole('complementary', { name: 'Preview' }).getByRole('button', { name: /Preview/ });
  await expect(unfold).toBeVisible();
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  const box = await workspace.findingAnalysis(page).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(480);
  expect(await seriousViolations(page), 'Findings with the preview folded').toBe('');
  await page.screenshot({ path: testInfo.outputPath('preview-folded-1024x700.png') });

  await unfold.click();
  const preview = previewRegion(page);
  await expect(preview.locator('.textLayer').first()).toContainText('Investigating Officer', { timeout: 30_000 });
  // Beside the open preview the points list goes above the finding, so the writing area keeps
  // most of what is left (it once stayed beside it, leaving the analysis under 200 px).
  const [points, open] = [await workspace.findingsPoints(page).boundingBox(), await workspace.findingAnalysis(page).boundingBox()];
  expect(open!.x, 'the finding below the points list, not beside it').toBeLessThan(points!.x + points!.width);
  expect(points!.y + points!.height, 'the points list above the finding').toBeLessThanOrEqual(open!.y);
  expect(open!.width, 'the analysis box beside the open preview').toBeGreaterThanOrEqual(360);
  expect(await seriousViolations(page), 'Findings with the preview open at 1024').toBe('');
  await page.screenshot({ path: testInfo.outputPath('preview-1024x700.png') });

  // The preview stays open on the other screens that edit a document: none scrolls sideways
  // beside it (a standard paragraph's long button once ran 43 px out of the IO report screen).
  for (const screen of ['Statement of Complaint', 'IO report', 'IP review', 'Adjudication', 'Review panel'] as const) {
    await workspace.open(page, screen);
    await expect(page.getByRole('complementary', { name: /^Preview: / })).toBeVisible();
    expect(await sidewaysOverflow(page), `${screen} beside the open preview`).toBe(0);
  }
});
