// The sample case imported through the start screen: a full casefile on every screen, in
// British dates, and axe-core on each screen with real content (lists, tables, badges,
// linked records) rather than an empty casefile.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';
import type { ScreenLabel } from './workspace.ts';

const sample = resolve(import.meta.dirname, '../fixtures/sample-case.json');

test('the sample case imported from interchange JSON reads well and passes axe on every screen', async ({ page }) => {
  test.setTimeout(120_000);
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(join(sample));
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();

  // The Stage 2 clock in words: 25 working days from Monday 4 November 2024.
  await expect(page.getByTestId('clock-stage2.response')).toContainText('Due Monday 9 December 2024');
  await expect(page.getByTestId('clock-stage2.response')).toContainText('25 working days from 4 November 2024');
  expect(await seriousViolations(page), 'Overview').toBe('');

  const screens: ScreenLabel[] = ['Case details', 'Complaint', 'People', 'Statement of Complaint', 'Evidence', 'Findings', 'IO report', 'Adjudication', 'Documents'];
  for (const screen of screens) {
    await workspace.open(page, screen);
    if (screen === 'Findings') await expect(page.getByRole('complementary', { name: 'Linked to this point' }).getByRole('heading', { name: /Evidence/ })).toBeVisible();
    expect(await seriousViolations(page), screen).toBe('');
  }

  // The linked records of a point sit beside its finding.
  await workspace.open(page, 'Findings');
  const linked = page.getByRole('complementary', { name: 'Linked to this point' });
  await expect(linked.getByRole('list').first().getByRole('listitem').first()).toBeVisible();
  // Citing a source is saved with the finding.
  const cite = linked.getByRole('checkbox', { name: /^Cite D\d+ in this finding$/ }).first();
  const wasCited = await cite.isChecked();
  await cite.setChecked(!wasCited);
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Overview');
  await workspace.open(page, 'Findings');
  await expect(linked.getByRole('checkbox', { name: /^Cite D\d+ in this finding$/ }).first()).toBeChecked({ checked: !wasCited });

  await workspace.navigation(page).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  expect(await seriousViolations(page), 'Settings').toBe('');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
});

test('an interchange file with a bad field is refused with the path of the field', async ({ page }) => {
  const data = JSON.parse(readFileSync(sample, 'utf8')) as { statement: { points: { number: string }[] } };
  data.statement.points[1]!.number = data.statement.points[0]!.number;
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bad-import-'));
  try {
    const file = join(dir, 'duplicate-number.json');
    writeFileSync(file, JSON.stringify(data));
    const card = page.getByRole('region', { name: 'Import from interchange JSON' });
    await card.getByLabel('Interchange file').setInputFiles(file);
    await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await card.getByLabel('Passphrase again').fill(PASSPHRASE);
    await card.getByRole('button', { name: 'Import' }).click();
    const alert = card.getByRole('alert');
    await expect(alert).toContainText('duplicate-number.json was not imported');
    await expect(alert).toContainText('statement.points[1].number');
    await expect(workspace.navigation(page)).toHaveCount(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
