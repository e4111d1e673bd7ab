// Citations (issue 12, item 2), by keyboard only: in a finding's analysis the citation key opens
// the picker, typing narrows it to a document, a page is given and Enter cites "D3, p. 4" at the
// cursor; the finding is linked to D3; the IO report's PDF, read back with pdftotext, holds the
// citation. A citation of a document the case does not have (D99) is a blocking problem that the
// Documents screen lists, whose link leads back to the field. axe with the picker open. A page
// cited beyond the PDF attached to its document (a case imported from JSON with the file) is a
// blocking problem too, once the file has been read, linked to the field, gone when put right.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, target, test } from './fixtures.ts';
import { SAMPLE_CASE, importSample, relock, seriousViolations } from './helpers.ts';
import type { CaseData } from '../../shared/interchange/schema.ts';
import { workspace } from './workspace.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';
import { textPdf } from '../integration/search/helpers/make-files.ts';

const sample = SAMPLE_CASE;
const citeKey = process.platform === 'darwin' && target !== 'web' ? 'Meta+Shift+KeyC' : 'Alt+KeyC';

/** The IO report as a final PDF from the Documents screen, its text read back (web host), or undefined (Electron saves through its dialog). */
async function ioReportText(page: Page): Promise<string | undefined> {
  return renderedPdfText(await renderFromScreen(page, 'Render IO report as PDF'))?.replace(/\s+/g, ' ');
}

test('a citation chosen in the picker is written into the finding, links its source and prints in the PDF; a dangling one blocks the report and leads back to its field', async ({ page }) => {
  test.setTimeout(180_000);
  await importSample(page);
  await workspace.open(page, 'Findings');

  // Point 1's analysis, its cursor at the end, then the citation key.
  const analysis = workspace.findingAnalysis(page);
  await analysis.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The minutes confirm it');
  await page.keyboard.press(citeKey);
  const picker = page.getByRole('dialog', { name: 'Cite a source in Analysis' });
  await expect(picker).toBeVisible();
  const search = picker.getByRole('combobox', { name: 'Document, interview or chronology date' });
  await expect(search).toBeFocused();
  expect(await seriousViolations(page), 'the citation picker').toBe('');

  // Typing narrows the list; the arrows move in it; Escape closes without citing.
  await page.keyboard.type('D3 emails');
  const options = picker.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText('D3');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(analysis).toBeFocused();
  await expect(analysis).toHaveValue(/The minutes confirm it$/);

  // Again, now to a page of D3: the list, the page box, Enter.
  await page.keyboard.press(citeKey);
  await expect(search).toBeFocused();
  await page.keyboard.type('D');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { selected: true })).toContainText('D3');
  await page.keyboard.press('Tab');
  await expect(picker.getByLabel('Page (documents only, optional)')).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(analysis).toBeFocused();
  await expect(analysis).toHaveValue(/The minutes confirm it D3, p\. 4$/);
  await page.keyboard.type('.');
  await expect(workspace.saveState(page)).toHaveText('Saved');

  // The finding now rests on D3: its box in the sources list is ticked.
  await expect(page.getByRole('checkbox', { name: 'Cite D3 in this finding' })).toBeChecked();

  // The IO report prints the citation as written.
  await workspace.open(page, 'Documents');
  const text = await ioReportText(page);
  if (text !== undefined) expect(text).toContain('The minutes confirm it D3, p. 4.');

  // A citation of a document the case does not have.
  await workspace.open(page, 'Findings');
  await analysis.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' See also D99.');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Documents');
  const card = page.getByTestId('document-io-report');
  const link = card.getByRole('link', { name: 'Point 1, analysis: D99 is not a document of this case.' });
  await expect(link).toBeVisible();
  expect(await seriousViolations(page), 'Documents with the dangling citation').toBe('');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(analysis).toBeFocused();
  await expect(analysis).toHaveValue(/See also D99\.$/);
});

test('a page cited beyond the PDF attached to its document blocks the report, leads back to the field, and goes when put right', async ({ page }) => {
  test.setTimeout(150_000);
  const dir = mkdtempSync(join(tmpdir(), 'impartial-cited-pages-'));
  try {
    const data = JSON.parse(readFileSync(sample, 'utf8')) as CaseData;
    const pdf = await textPdf(['The first email.', 'The second email.', 'The third email, unanswered.']);
    data.evidence!.find((e) => e.ref === 'D3')!.attachment = {
      fileName: 'emails.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), data: pdf.toString('base64'),
    };
    writeFileSync(join(dir, 'case.json'), JSON.stringify(data));
    await importSample(page, join(dir, 'case.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await workspace.open(page, 'Findings');
  const analysis = workspace.findingAnalysis(page);
  await analysis.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Ms A asked why (D3, p. 4).');
  await expect(workspace.saveState(page)).toHaveText('Saved');

  // Once the file has been read in the background (its three pages counted), Documents lists the page.
  await workspace.open(page, 'Documents');
  const card = page.getByTestId('document-io-report');
  const link = card.getByRole('link', { name: 'Point 1, analysis: D3 has 3 pages; there is no page 4.' });
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText('Not ready', { exact: true })).toBeVisible();
  expect(await seriousViolations(page), 'Documents with a page beyond the file').toBe('');
  // The core refuses a final copy for the same reason, in the same words.
  await page.getByRole('button', { name: 'Render IO report as PDF' }).click();
  await expect(page.getByTestId('render-outcome')).toHaveText(/^The IO report is not ready: point 1, analysis: D3 has 3 pages; there is no page 4\. Put it right/, { timeout: 60_000 });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(analysis).toBeFocused();
  await expect(analysis).toHaveValue(/\(D3, p\. 4\)\.$/);

  // Put right to a page the file has: the problem goes.
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('3).');
  await expect(analysis).toHaveValue(/\(D3, p\. 3\)\.$/);

  // The picker says how many pages D3 has, and refuses a page beyond them in the same words.
  await page.keyboard.type(' See also ');
  await page.keyboard.press(citeKey);
  const picker = page.getByRole('dialog', { name: 'Cite a source in Analysis' });
  await page.keyboard.type('D3 emails');
  await expect(picker.getByRole('option', { selected: true })).toContainText('Document, 3 pages');
  await page.keyboard.press('Tab');
  const pageBox = picker.getByLabel('Page (documents only, optional): 1 to 3');
  await expect(pageBox).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('alert')).toHaveText('D3 has 3 pages; there is no page 5.');
  await pageBox.fill('2');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(analysis).toHaveValue(/\(D3, p\. 3\)\. See also D3, p\. 2$/);
  await page.keyboard.type('.');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Documents');
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: /D3 has 3 pages/ })).toHaveCount(0);
  await expect(card.getByText('Ready', { exact: true })).toBeVisible();
  const text = await ioReportText(page);
  if (text !== undefined) expect(text).toContain('Ms A asked why (D3, p. 3).');
});

test('a reference renamed offers to update the texts citing it, in one step that undoes; renumbering updates them too', async ({ page }) => {
  test.setTimeout(150_000);
  const dir = mkdtempSync(join(tmpdir(), 'impartial-renumber-'));
  try {
    const data = JSON.parse(readFileSync(sample, 'utf8')) as CaseData;
    const pt2 = data.findings!.find((f) => f.pointId === 'pt-2')!;
    pt2.analysis = 'The emails (D3, p. 2) went unanswered; D3 shows four of them.';
    data.investigation!.methodology = `${data.investigation!.methodology} I read D1–D3.`;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(data));
    await importSample(page, join(dir, 'case.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // D3 becomes D9 on its item: the offer names the citations of D3, and updates them.
  await workspace.open(page, 'Evidence');
  const d3 = page.getByTestId('record-item').filter({ hasText: 'Emails from Ms A' });
  await d3.getByRole('button', { name: 'Edit D3' }).click();
  const reference = d3.getByLabel('Reference');
  await reference.fill('D9');
  await page.keyboard.press('Tab');
  const offer = d3.getByTestId('rename-offer');
  await expect(offer).toContainText('3 citations in 2 texts cite D3.');
  expect(await seriousViolations(page), 'Evidence with the rename offer').toBe('');
  await offer.getByRole('button', { name: 'Update them to D9' }).focus();
  await page.keyboard.press('Enter');
  await expect(offer).toContainText('Updated 3 citations in 2 texts from D3 to D9.');
  await expect(workspace.saveState(page)).toHaveText('Saved');

  // One step: Ctrl+Z puts the texts back, Ctrl+Shift+Z does it again.
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  await page.getByRole('heading', { level: 1, name: 'Evidence' }).focus();
  await page.keyboard.press(`${mod}+KeyZ`);
  await expect(page.getByTestId('undo-offer')).toContainText('Undone: updated 3 citations of D3 to D9.');
  await workspace.open(page, 'Findings');
  await workspace.findingsPoints(page).getByRole('button', { name: /Calls and emails/ }).click();
  await expect(workspace.findingAnalysis(page)).toHaveValue('The emails (D3, p. 2) went unanswered; D3 shows four of them.');
  await page.getByRole('heading', { level: 1, name: 'Findings' }).focus();
  await page.keyboard.press(`${mod}+Shift+KeyZ`);
  await expect(workspace.findingAnalysis(page)).toHaveValue('The emails (D9, p. 2) went unanswered; D9 shows four of them.');

  // Renumbering the documents D1 to D6 makes D9 D3 again, and its citations with it.
  await workspace.open(page, 'Evidence');
  await page.getByRole('button', { name: 'Renumber D1 to D6' }).click();
  await expect(page.getByText('Renumbered 1 document; 3 citations in 2 texts updated.')).toBeVisible();
  await relock(page);
  await workspace.open(page, 'Findings');
  await workspace.findingsPoints(page).getByRole('button', { name: /Calls and emails/ }).click();
  await expect(workspace.findingAnalysis(page)).toHaveValue('The emails (D3, p. 2) went unanswered; D3 shows four of them.');
  await workspace.open(page, 'IO report');
  await expect(page.getByTestId('investigation-methodology')).toHaveValue(/I read D1–D3\.$/);
});
