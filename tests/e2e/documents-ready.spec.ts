// "Ready" tells the truth in the app (issue 10, item 5): a finding linked to nothing in the
// record is a warning on the Findings screen and on the Documents screen, whose link leads back
// to it; and a document the last attempt was refused for (a name in an anonymised copy) is
// shown as refused on its card, in the app's words, until an attempt succeeds. axe on both.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { CaseData } from '../../shared/interchange/schema.ts';
import { expect, test } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';
import { renderFromScreen } from './rendering.ts';

const UNLINKED = 'the finding is not linked to any evidence, interview or chronology entry';

/** The sample case with point 3's finding resting on nothing: no document, interview or chronology entry linked to it, no source cited. */
function unlinkedSample(dir: string): string {
  const data = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/sample-case.json'), 'utf8')) as CaseData;
  for (const list of [data.evidence!, data.interviews!, data.chronology!]) for (const r of list) r.pointIds = r.pointIds.filter((id) => id !== 'pt-3');
  delete data.findings!.find((f) => f.pointId === 'pt-3')!.sourceIds;
  const path = join(dir, 'unlinked-case.json');
  writeFileSync(path, JSON.stringify(data));
  return path;
}

async function importCase(page: Page, file: string): Promise<void> {
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(file);
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();
}

/** Renders the IO report as PDF and waits for the outcome (the web host downloads a made file). */
async function renderIoReportPdf(page: Page, expectFile: boolean): Promise<void> {
  const rendered = await renderFromScreen(page, 'Render IO report as PDF');
  expect(rendered.ok, rendered.message).toBe(expectFile);
}

test('an unlinked finding is a warning on Findings and Documents; a refused document is not shown as Ready', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'impartial-e2e-ready-'));
  try {
    await importCase(page, unlinkedSample(dir));

    // Findings: the warning where the finding is written, and none on a linked point.
    await workspace.open(page, 'Findings');
    await expect(page.getByTestId('finding-unlinked')).toHaveCount(0);
    await workspace.findingsPoints(page).getByRole('button', { name: /Family time was changed/ }).click();
    const warning = page.getByTestId('finding-unlinked');
    await expect(warning).toContainText(`Warning The finding is not linked to any evidence, interview or chronology entry. Link what it rests on to point 3 on the Evidence screen.`);
    expect(await seriousViolations(page), 'Findings with the warning').toBe('');

    // Documents: the same warning on the IO report's card, which stays Ready (a warning does not stop it).
    await workspace.open(page, 'Documents');
    const card = page.getByTestId('document-io-report');
    await expect(card.getByRole('link', { name: `Point 3: ${UNLINKED}.` })).toBeVisible();
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Ready');
    // Its link goes to the point on the Findings screen.
    await card.getByRole('link', { name: `Point 3: ${UNLINKED}.` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Family time was changed without consulting Ms A' })).toBeVisible();

    // A real name in an analysis: the anonymised IO report is refused, and its card says so.
    await workspace.findingsPoints(page).getByRole('button', { name: /looked-after review/ }).click();
    const analysis = workspace.findingAnalysis(page);
    await analysis.fill('Sarah Jones was not told why the review was late.');
    await analysis.blur();
    await expect(workspace.saveState(page)).toHaveText('Saved');
    await workspace.open(page, 'Documents');
    await renderIoReportPdf(page, false);
    const outcome = page.getByTestId('render-outcome');
    await expect(outcome).toHaveText(/^The anonymised document would name people: IO report, point 1, analysis: 'Sarah Jones'.*choose “Named” for a named copy\.$/);
    await expect(outcome).not.toContainText('--');
    // The names check has already found the name as it was typed, so the card says Not ready; a refusal it missed would say Refused.
    await expect(card.getByRole('heading', { level: 2 })).toContainText(/Not ready|Refused/);
    await expect(card.getByRole('heading', { level: 2 })).not.toContainText('Ready');
    await expect(card.getByTestId('last-attempt')).toContainText('Last attempt (PDF, anonymised) refused: The anonymised document would name people');
    // The other cards keep their own state.
    await expect(page.getByTestId('document-statement').getByRole('heading', { level: 2 })).toContainText('Ready');
    expect(await seriousViolations(page), 'Documents with a refused card').toBe('');

    // A named copy is made: the last attempt succeeded, and the card is Ready again.
    await page.getByRole('radio', { name: 'Named' }).check();
    await renderIoReportPdf(page, true);
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Ready');
    await expect(card.getByTestId('last-attempt')).toContainText('Last made (PDF, named):');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
