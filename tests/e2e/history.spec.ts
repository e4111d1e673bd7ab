// The history and the backups as the user meets them: the name given in Settings on every
// change, a record's History with its values before and after, the case's history on the
// Overview, "Back up now", a backup made on locking and restored as a new casefile from the
// unlock screen, and the warning on opening a copy older than the one last opened here.
import type { Page } from '@playwright/test';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, target, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, createCasefile, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

async function setName(page: Page, name: string): Promise<void> {
  await workspace.navigation(page).getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
}

async function addPoint(page: Page, summary: string): Promise<void> {
  await workspace.open(page, 'Statement of Complaint');
  await page.getByRole('button', { name: 'Add point' }).click();
  await page.getByTestId('point-summary').last().fill(summary);
  await page.getByTestId('point-summary').last().blur();
  await expect(workspace.saveState(page)).toHaveText('Saved');
}

test('every change says who made it and what it changed, for a record and for the case', async ({ page }) => {
  await createCasefile(page, uniqueTitle('History'));
  await setName(page, 'Jane Smith');
  await addPoint(page, 'Reviews were postponed');
  await page.getByTestId('point-summary').last().fill('Reviews were postponed twice');
  await page.getByTestId('point-summary').last().blur();
  await expect(workspace.saveState(page)).toHaveText('Saved');

  const history = page.getByTestId('record-history').last();
  await history.getByText('History').click();
  const entries = history.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('updated point 1: summary');
  await expect(entries.first()).toContainText('Jane Smith (Investigating Officer)');
  await expect(entries.nth(1)).toContainText('added point 1');
  await entries.first().getByText('What changed').click();
  // Typing saved again and again is one change: from what the point had before to what it has now.
  await expect(entries.first().getByRole('definition').first()).toHaveText('Before(empty)');
  await expect(entries.first().getByRole('definition').nth(1)).toHaveText('AfterReviews were postponed twice');
  expect(await seriousViolations(page)).toBe('');

  await workspace.open(page, 'Overview');
  const section = page.getByRole('region', { name: 'History and backups' });
  await expect(section.getByTestId('history-entry').first()).toContainText('updated point 1: summary');
  await expect(section.getByTestId('history-entry').last()).toContainText('created the casefile');
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByTestId('backup-result')).toContainText(/^Backed up at \d{1,2} \w+ \d{4} \d\d:\d\d: 3 changes, checked\.$/);
  expect(await seriousViolations(page)).toBe('');
});

test('a backup made on locking is restored from the unlock screen as a new casefile', async ({ page }) => {
  const title = uniqueTitle('Restore');
  await createCasefile(page, title);
  await addPoint(page, 'Kept in the backup');
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible();

  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Restore a backup of / });
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  await expect(dialog.getByRole('radio').first()).toBeChecked();
  expect(await seriousViolations(page)).toBe('');
  await dialog.getByLabel('Passphrase').fill('not the passphrase');
  await dialog.getByRole('button', { name: 'Check and restore' }).click();
  await expect(dialog.getByRole('alert')).toContainText('the passphrase does not open the backup');
  await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Check and restore' }).click();
  await expect(workspace.navigation(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(`${title} restored from the backup of `);
  await workspace.open(page, 'Statement of Complaint');
  await expect(page.getByTestId('point-summary')).toHaveValue('Kept in the backup');
  await workspace.open(page, 'Overview');
  await expect(page.getByRole('region', { name: 'History and backups' }).getByTestId('history-entry').first()).toContainText('restored as a new casefile from a backup made');
});

test('a copy older than the one last opened here is flagged on opening, with what is missing', async ({ page, webHost }) => {
  test.skip(target !== 'web', 'the spec swaps files in the web host\'s workspace folder');
  const title = uniqueTitle('Older copy');
  await createCasefile(page, title);
  const file = readdirSync(webHost!.workspaceDir).find((n) => n.startsWith(title) && n.endsWith('.casefile'))!;
  const path = join(webHost!.workspaceDir, file);
  // The screen changes at once; the host closes the casefile (and its journal) a moment later.
  const locked = async () => {
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible();
    await expect.poll(() => existsSync(`${path}-wal`)).toBe(false);
  };
  await locked();
  copyFileSync(path, `${path}.older`);
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await addPoint(page, 'Made after the copy');
  await locked();
  copyFileSync(`${path}.older`, path);
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  const warning = page.getByTestId('open-warnings');
  await expect(warning).toContainText(/This casefile is older than the copy last opened on this computer: 2 changes made after \d{1,2} \w+ \d{4} \d\d:\d\d are missing\./);
  expect(await seriousViolations(page)).toBe('');
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
});
