// Editing in the workspace beyond the main journey: scope, renumbering, a refused edit that
// is reported and undone, and the settings panel (the people register: case-record.spec.ts). Each change is
// checked after a lock and unlock, so it is in the casefile and not only on screen.
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { createCasefile, relock } from './helpers.ts';
import { workspace } from './workspace.ts';

async function addPoint(page: Page, summary: string): Promise<void> {
  await page.getByRole('button', { name: /^Add (another )?point$/ }).first().click();
  await page.keyboard.type(summary);
  await page.keyboard.press('Tab'); // leaving the field writes it at once
}

/** Does `action`, accepts the alert or confirm it raises, and answers its message. */
async function answerDialog(page: Page, action: () => Promise<void>): Promise<string> {
  let message = '';
  page.once('dialog', (dialog) => { message = dialog.message(); void dialog.accept(); });
  await action();
  await expect.poll(() => message).not.toBe('');
  return message;
}

test('points are renumbered, taken out of scope with a reason, and deleted only when nothing else refers to them', async ({ page }) => {
  await createCasefile(page, uniqueTitle('Statement editing'));
  await workspace.open(page, 'Statement of Complaint');
  await addPoint(page, 'First point');
  await addPoint(page, 'Second point');
  await addPoint(page, 'Third point');

  // A sub-number, then renumber: 1, 2, 3 again.
  const second = page.getByRole('listitem', { name: 'Point 2' });
  await second.getByLabel('Number').fill('2a');
  await second.getByLabel('Number').blur();
  await expect(page.getByRole('listitem', { name: 'Point 2a' })).toBeVisible();
  await page.getByRole('button', { name: 'Renumber 1 to 3' }).click();
  await expect(page.getByRole('listitem', { name: 'Point 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Renumber 1 to 3' })).toBeDisabled();

  // Out of scope, with the reason.
  const third = page.getByRole('listitem', { name: 'Point 3' });
  await third.getByRole('radio', { name: 'Out of scope' }).check();
  await third.getByLabel('Why it is out of scope').fill('The matter is before the family court.');
  await third.getByLabel('Why it is out of scope').blur();

  // A finding on point 1 and a recommendation on point 2. Deleting point 2 is refused
  // (the recommendation refers to it); deleting point 1 takes its finding with it.
  await workspace.open(page, 'Findings');
  await expect(workspace.findingsPoints(page).getByRole('button')).toHaveCount(2);
  await workspace.outcome(page, 'Not upheld').check();
  await workspace.findingsPoints(page).getByRole('button', { name: /Second point/ }).click();
  await workspace.outcome(page, 'Upheld').check();
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Statement of Complaint');
  expect(await answerDialog(page, () => page.getByRole('button', { name: 'Delete point 2' }).click()))
    .toContain('Point 2 cannot be deleted while 1 recommendations refer to it');
  await expect(page.getByRole('listitem', { name: 'Point 2' })).toBeVisible();
  // No question: the delete is offered for undo instead.
  await page.getByRole('button', { name: 'Delete point 1' }).click();
  await expect(page.getByTestId('point')).toHaveCount(2);
  await expect(page.getByTestId('undo-offer')).toContainText('Deleted point 1 and its finding.');

  await relock(page);
  await workspace.open(page, 'Statement of Complaint');
  await expect(page.getByTestId('point')).toHaveCount(2);
  await expect(page.getByRole('listitem', { name: 'Point 3' }).getByLabel('Why it is out of scope')).toHaveValue('The matter is before the family court.');
  await expect(page.getByRole('listitem', { name: 'Point 2' }).getByLabel('Summary (one line)')).toHaveValue('Second point');
  await workspace.open(page, 'Findings');
  await expect(workspace.findingsPoints(page)).toContainText('1 of 1 decided');
});

test('the settings panel changes the idle lock time', async ({ page }) => {
  await createCasefile(page, uniqueTitle('Settings'));
  await workspace.navigation(page).getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const minutes = dialog.getByLabel('Lock the casefile after this many idle minutes');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('0');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByRole('alert')).toContainText('from 1 to 240');
  await minutes.fill('25');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await workspace.navigation(page).getByRole('button', { name: 'Settings' }).click();
  await expect(minutes).toHaveValue('25');
  await minutes.fill('10');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
});
