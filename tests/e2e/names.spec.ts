// Names as they are typed (issue 8, item 4): a name typed into a finding is listed under the
// field with the label to write instead, the Documents screen lists it with a link back to the
// field, one step replaces it, and the IO report then renders: the anonymised PDF, read back
// with pdftotext, holds the label and not the name. An ordinary word that is part of someone's
// name ("The Green Team met", with Rose Green in the register) is marked "not a name here":
// the report renders with it and the Documents screen lists the mark. The adjudication letter
// comes as the letter to send (named) and its anonymised copy. axe on each screen as changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';

const sample = resolve(import.meta.dirname, '../fixtures/sample-case.json');

/** The sample case with Rose Green (Child R) added to the register. */
async function importCaseWithRoseGreen(page: Page): Promise<void> {
  const data = JSON.parse(readFileSync(sample, 'utf8')) as { people: unknown[] };
  data.people.push({ id: 'p-rose', name: 'Rose Green', label: 'Child R', role: 'child' });
  const dir = mkdtempSync(join(tmpdir(), 'impartial-names-'));
  try {
    writeFileSync(join(dir, 'case.json'), JSON.stringify(data));
    const card = page.getByRole('region', { name: 'Import from interchange JSON' });
    await card.getByLabel('Interchange file').setInputFiles(join(dir, 'case.json'));
    await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await card.getByLabel('Passphrase again').fill(PASSPHRASE);
    await card.getByRole('button', { name: 'Import' }).click();
    await expect(workspace.navigation(page)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders a document from the Documents screen: the PDF's text (web host), and the outcome's words. */
async function renderPdf(page: Page, button: string): Promise<{ text: string | undefined; message: string }> {
  const rendered = await renderFromScreen(page, button);
  return { text: renderedPdfText(rendered)?.replace(/\s+/g, ' '), message: rendered.message };
}

test('a name typed into a finding is listed, found again on Documents, replaced with its label in one step, and the report renders without it', async ({ page }) => {
  test.setTimeout(180_000);
  await importCaseWithRoseGreen(page);

  // Point 2's analysis, as the investigator types it: Priya Patel is SW1 in the register.
  await workspace.open(page, 'Findings');
  await workspace.findingsPoints(page).getByRole('button', { name: /Calls and emails to the social worker/ }).click();
  const analysis = workspace.findingAnalysis(page);
  await analysis.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' We asked Priya Patel why the calls went unanswered.');

  // Listed under the field, with the label to write instead; the field's description says so.
  const found = page.getByTestId('name-found');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Priya Patel');
  const replace = found.getByRole('button', { name: 'Replace ‘Priya Patel’ with SW1 in Analysis' });
  await expect(replace).toHaveText('Replace with SW1');
  await expect(analysis).toHaveAccessibleDescription(/‘Priya Patel’ \(write SW1\)/);
  expect(await seriousViolations(page), 'Findings with a name found').toBe('');

  // The Documents screen: the IO report is not ready, and the name is listed with a link to the field.
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Documents');
  const io = page.getByTestId('document-io-report');
  await expect(io.getByText('Not ready', { exact: true })).toBeVisible();
  await expect(io).toContainText('Its texts would name people: 1 name found');
  const listed = page.getByTestId('names-found');
  await expect(listed.getByTestId('case-name')).toHaveCount(1);
  await expect(listed).toContainText('Priya Patel');
  await expect(listed).toContainText('write SW1');
  expect(await seriousViolations(page), 'Documents with a name listed').toBe('');
  await listed.getByRole('link', { name: 'Point 2, analysis' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(workspace.findingAnalysis(page)).toBeFocused();

  // One step: the label replaces the name in the text, and nothing is left to list.
  await page.getByRole('button', { name: 'Replace ‘Priya Patel’ with SW1 in Analysis' }).click();
  await expect(workspace.findingAnalysis(page)).toHaveValue(/We asked SW1 why the calls went unanswered\.$/);
  await expect(workspace.findingAnalysis(page)).toBeFocused();
  await expect(page.getByTestId('name-found')).toHaveCount(0);
  await expect(workspace.saveState(page)).toHaveText('Saved');

  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('no-names')).toBeVisible();
  await expect(page.getByTestId('document-io-report').getByText('Ready', { exact: true })).toBeVisible();
  const pdf = await renderPdf(page, 'Render IO report as PDF');
  expect(pdf.message).toMatch(/IO report \(anonymised\)\.pdf/);
  if (pdf.text !== undefined) {
    expect(pdf.text).toContain('We asked SW1 why the calls went unanswered.');
    expect(pdf.text).not.toContain('Priya');
  }
});

test('“not a name here” lets an ordinary word through: the mark is kept, listed on Documents, and the report renders', async ({ page }) => {
  test.setTimeout(180_000);
  await importCaseWithRoseGreen(page);

  await workspace.open(page, 'Findings');
  await workspace.findingsPoints(page).getByRole('button', { name: /Calls and emails to the social worker/ }).click();
  const conclusion = workspace.findingConclusion(page);
  await conclusion.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The Green Team met to put this right.');
  const found = page.getByTestId('name-found');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('The Green Team met');
  await expect(found.getByRole('button', { name: 'Replace ‘Green’ with Child R in Conclusion' })).toBeVisible();

  // The IO report is refused while the word stands unmarked.
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Documents');
  await page.getByRole('button', { name: 'Render IO report as PDF' }).click();
  await expect(page.getByTestId('render-outcome')).toContainText("IO report, point 2, finding: 'Green'");

  // Mark it where it was typed: it moves to the marked list, with Undo, and the casefile keeps it.
  await page.getByTestId('names-found').getByRole('link', { name: 'Point 2, finding' }).click();
  await expect(conclusion).toBeFocused();
  await page.getByRole('button', { name: '‘Green’ in Conclusion is not a name here' }).click();
  await expect(page.getByTestId('name-found')).toHaveCount(0);
  await expect(page.getByTestId('name-marked')).toContainText('Green');
  await expect(page.getByRole('button', { name: 'Undo “not a name here” for ‘Green’ in Conclusion' })).toBeVisible();
  expect(await seriousViolations(page), 'Findings with a word marked').toBe('');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Lock' }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(workspace.navigation(page)).toBeVisible();

  // Documents lists the mark (and the IO report's readiness warns of it); the report renders with the word.
  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('no-names')).toBeVisible();
  const marked = page.getByTestId('names-marked');
  await expect(marked.getByTestId('case-name-marked')).toHaveCount(1);
  await expect(marked).toContainText('The Green Team met');
  await expect(marked.getByRole('link', { name: 'Point 2, finding' })).toBeVisible();
  expect(await seriousViolations(page), 'Documents with a mark').toBe('');
  const pdf = await renderPdf(page, 'Render IO report as PDF');
  expect(pdf.message).toMatch(/IO report \(anonymised\)\.pdf/);
  if (pdf.text !== undefined) {
    expect(pdf.text).toContain('The Green Team met to put this right.');
    expect(pdf.text).not.toContain('Rose');
  }

  // Changing the text voids the mark: the word is found again.
  await marked.getByRole('link', { name: 'Point 2, finding' }).click();
  await expect(conclusion).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Done.');
  await expect(page.getByTestId('name-found')).toHaveCount(1);
  await expect(page.getByTestId('name-marked')).toHaveCount(0);
});

test('the adjudication letter: the letter to send is named, its anonymised copy addressed by label', async ({ page }) => {
  test.setTimeout(180_000);
  await importCaseWithRoseGreen(page);
  await workspace.open(page, 'Documents');
  const card = page.getByTestId('document-adjudication-letter');
  await expect(card.getByRole('group', { name: 'Adjudication letter (to send, named)' })).toBeVisible();
  await expect(card.getByRole('group', { name: 'Adjudication letter (anonymised copy)' })).toBeVisible();
  expect(await seriousViolations(page), 'Documents').toBe('');

  const toSend = await renderPdf(page, 'Render Adjudication letter (to send, named) as PDF');
  expect(toSend.message).toMatch(/Adjudication letter \(to send, named\)\.pdf/);
  if (toSend.text !== undefined) {
    expect(toSend.text).toContain('Sarah Jones 14 Elm Road London E99 1AB');
    expect(toSend.text).toContain('Dear Mrs Jones,'); // the form of address on her card
  }
  const copy = await renderPdf(page, 'Render Adjudication letter (anonymised copy) as PDF');
  expect(copy.message).toMatch(/Adjudication letter \(anonymised copy\)\.pdf/);
  if (copy.text !== undefined) {
    expect(copy.text).toContain('Dear Ms A,');
    expect(copy.text).toContain('Anonymised copy for the Independent Person, the review panel and the file');
    expect(copy.text).not.toContain('Sarah');
    expect(copy.text).not.toContain('Elm Road');
  }
});
