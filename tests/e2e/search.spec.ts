// Search in the app and the evidence viewer (issue 13 items 2 and 3), in a real browser against
// the web host: a PDF made here is attached, read into the index, found by a phrase on its page 2
// with Ctrl+K, opened in the viewer at page 2 and cited into a finding at the cursor, and the
// citation is in the rendered report (pdftotext). A phrase in a finding goes to its field with
// the words selected; nothing found says so; axe finds nothing serious in the dialog or the
// viewer. Screenshots at 1280x800 and 1024x700 go to the test's output folder.
import type { Locator, Page } from '@playwright/test';
import { expect, target, test } from './fixtures.ts';
import { importSample, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';
import { textPdf } from '../integration/search/helpers/make-files.ts';
import { attachTo, evidenceItem as item } from './evidence-files.ts';

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search the case' });

/** Opens the search with Ctrl+K and searches; waits until the answer is shown. */
async function search(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: 'Search the case and its files' });
  await expect(box).toBeFocused();
  await box.fill(query);
  await expect(dialog.getByTestId('search-summary')).not.toHaveText(/^(Searching…)?$/);
  return dialog;
}

test('a phrase on page 2 of an attached PDF is found, opened at page 2 and cited into a finding that the report prints', async ({ page }, testInfo) => {
  test.skip(target === 'electron', 'Electron attaches with a native open dialog');
  test.setTimeout(180_000);
  const refused: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text()); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await importSample(page);
  const minutes = await textPdf(['Minutes of the review meeting, page one.', 'The Ravensworth contact arrangements were agreed at the meeting.', 'Page three.']);
  await attachTo(page, 'D1', { name: 'minutes.pdf', mimeType: 'application/pdf', buffer: minutes });

  // The cursor: the end of point 1's analysis, where the citation is to go.
  await workspace.open(page, 'Findings');
  const analysis = workspace.findingAnalysis(page);
  await analysis.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' See');
  const before = await analysis.inputValue();

  // Found once the file has been read (the dialog searches again as each file is done).
  const dialog = await search(page, '"Ravensworth contact"');
  await expect(dialog.getByTestId('search-summary')).toHaveText('1 place found.', { timeout: 60_000 });
  const hit = dialog.getByRole('option', { name: /D1, page 2/ });
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await expect(hit.locator('mark')).toHaveText(['Ravensworth contact']);
  await expect(dialog.getByRole('group', { name: 'D1 Case notes, March 2023 to September 2024' })).toBeVisible();
  expect(await seriousViolations(page), 'search dialog').toBe('');
  await page.screenshot({ path: testInfo.outputPath('search-1280x800.png') });

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const viewer = page.getByRole('complementary', { name: 'D1 Case notes, March 2023 to September 2024' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('minutes.pdf · page 2')).toBeVisible({ timeout: 30_000 });
  const pages = viewer.getByRole('document', { name: /pages/ });
  await expect(pages.locator('.page[data-page-number="2"] .textLayer')).toContainText('Ravensworth', { timeout: 30_000 });
  await expect(viewer.getByText('Page 2 of 3')).toBeVisible();
  // Find in the file, from the viewer's own box.
  await viewer.getByRole('searchbox', { name: /^Find in/ }).fill('review meeting');
  await viewer.getByRole('searchbox', { name: /^Find in/ }).press('Enter');
  await expect(viewer.getByRole('search').getByRole('status')).toHaveText(/1 of 1 match/);
  // Going to the match scrolls the file, never the window (the workspace's regions scroll, not the page).
  expect(await page.evaluate(() => [document.scrollingElement?.scrollTop, document.scrollingElement?.scrollHeight])).toEqual([0, 800]);
  expect(await seriousViolations(page), 'evidence viewer').toBe('');
  await page.screenshot({ path: testInfo.outputPath('viewer-1280x800.png') });

  // Back to page 2 through the search again, then cite it.
  await search(page, '"Ravensworth contact"');
  await expect(searchDialog(page).getByTestId('search-summary')).toHaveText('1 place found.');
  await page.keyboard.press('Enter');
  await expect(viewer.getByText('minutes.pdf · page 2')).toBeVisible();
  await viewer.getByRole('button', { name: 'Cite this page' }).click();
  await expect(viewer.getByTestId('cite-status')).toHaveText('“D1, p. 2” put in point 1, analysis.');
  await expect(analysis).toHaveValue(`${before} D1, p. 2`);
  await expect(workspace.saveState(page)).toHaveText('Saved');
  expect(refused, 'nothing refused by the CSP').toEqual([]);

  // The citation is in the report as rendered.
  await viewer.getByRole('button', { name: /^Close/ }).click();
  await workspace.open(page, 'Documents');
  await page.getByRole('radio', { name: 'Draft (marked DRAFT)' }).check();
  const text = renderedPdfText(await renderFromScreen(page, 'Render IO report as PDF'));
  if (text !== undefined) expect(text.replace(/\s+/g, ' ')).toContain('See D1, p. 2');
});

test('a phrase in a finding goes to its field with the words selected; nothing found says so; Escape goes back', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 700 });
  await importSample(page);
  await workspace.open(page, 'Overview');

  // Nothing found: said in the dialog's status, and Escape returns to where the user was.
  const searchButton = workspace.navigation(page).getByRole('button', { name: 'Search' });
  await searchButton.click();
  const dialog = searchDialog(page);
  await dialog.getByRole('combobox').fill('zzyzxquark');
  await expect(dialog.getByTestId('search-summary')).toHaveText('Nothing found for “zzyzxquark”.');
  await expect(dialog.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(searchButton).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // A phrase of point 2's analysis (sample case): "the silence until 3 May".
  const found = await search(page, '"silence until"');
  await expect(found.getByRole('option').first()).toContainText('point 2, analysis');
  expect(await seriousViolations(page), 'search dialog at 1024x700').toBe('');
  await page.screenshot({ path: testInfo.outputPath('search-1024x700.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const analysis = workspace.findingAnalysis(page);
  await expect(analysis).toBeFocused();
  const selected = await analysis.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected.toLowerCase()).toBe('silence until');

  // The viewer at 1024x700, from the Evidence screen's View button.
  if (target === 'web') {
    await attachTo(page, 'D2', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Notes of the visit.\nThe Thornbury placement was discussed.\n') });
    await item(page, 'D2').getByRole('button', { name: 'View notes.txt' }).click();
    const viewer = page.getByRole('complementary', { name: /^D2 / });
    await expect(viewer.getByTestId('viewer-text')).toContainText('The Thornbury placement was discussed.');
    await expect(viewer.getByRole('button', { name: 'Cite this file' })).toBeVisible();
    expect(await seriousViolations(page), 'text viewer at 1024x700').toBe('');
    await page.screenshot({ path: testInfo.outputPath('viewer-1024x700.png') });
  }
});
