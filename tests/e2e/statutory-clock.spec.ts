// Around the statutory clock on the Overview: an extension of the Stage 2 response (refused
// beyond the 65-working-day limit, in the store's words, next to the field), the clock's link
// to the date that starts it, the council's closure days on Case details (named in the
// clocks' explanations), the complainant's time to ask for a
// review panel shown as passed rather than "overdue", and the casefile integrity check.
// The dates are fixed (a Stage 2 request on Monday 2 November 2026), so the due dates do not
// depend on today; only the statuses do, and those are not asserted.
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, createCasefile, seriousViolations, relock } from './helpers.ts';
import { workspace } from './workspace.ts';

const extension = (page: Page) => page.getByRole('region', { name: 'Extension of the Stage 2 response' });
const closureDays = (page: Page) => page.getByRole('region', { name: 'Council closure days' });

test('an extension is recorded within the 65-day limit and refused beyond it; closure days are named in the clocks; the integrity check runs', async ({ page }) => {
  test.setTimeout(150_000);
  await createCasefile(page, uniqueTitle('Statutory clock'));
  const d = extension(page);
  const stage2 = page.getByTestId('clock-stage2.response');

  // No clock start yet: nothing to extend.
  await expect(d.getByTestId('extension-limit')).toContainText('once the Stage 2 clock has started');
  await expect(d.getByRole('button', { name: 'Record extension' })).toBeDisabled();

  // The clock from the Stage 2 request (Case details), Monday 2 November 2026: the clock's own
  // link goes to the date's field on the Complaint screen. Due 25 WD later, limit 65 WD.
  await workspace.open(page, 'Case details');
  await page.getByRole('radio', { name: 'From the Stage 2 request' }).check();
  await workspace.open(page, 'Overview');
  await stage2.getByRole('button', { name: /^Stage 2 requested/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint' })).toBeVisible();
  await expect(page.getByLabel('Stage 2 requested')).toBeFocused();
  await page.getByLabel('Stage 2 requested').fill('2026-11-02');
  await workspace.open(page, 'Overview');
  await expect(stage2).toContainText('Due Monday 7 December 2026');
  await expect(d.getByTestId('extension-limit')).toContainText('Thursday 4 February 2027 at the latest: 65 working days from Monday 2 November 2026');

  // Empty form: each missing field is said next to it, and focus goes to the first.
  await d.getByRole('button', { name: 'Record extension' }).click();
  const agreed = d.getByLabel('Date the extension was agreed');
  await expect(agreed).toBeFocused();
  await expect(agreed).toHaveAttribute('aria-invalid', 'true');
  await expect(d.getByTestId('extension-reason-error')).toHaveText(/Enter the reason/);

  // Beyond the limit: refused, in the store's words, next to the field; nothing changes.
  await agreed.fill('2026-12-01');
  await d.getByLabel('Reason for the extension (as told to the complainant)').fill('Two key witnesses are on leave until January.');
  const newDeadline = d.getByLabel('New deadline');
  await newDeadline.fill('2027-02-05');
  await d.getByRole('button', { name: 'Record extension' }).click();
  const refusal = d.getByTestId('extension-newDeadline-error');
  await expect(refusal).toHaveAttribute('role', 'alert');
  await expect(refusal).toContainText('beyond the Stage 2 limit of 65 working days');
  await expect(newDeadline).toBeFocused();
  await expect(newDeadline).toHaveAttribute('aria-invalid', 'true');
  await expect(newDeadline).toHaveAttribute('aria-describedby', /-newDeadline-error/);
  await expect(stage2).toContainText('Due Monday 7 December 2026');
  expect(await seriousViolations(page), 'Overview with the extension refused').toBe('');

  // The last allowed day is accepted, and the card's due date moves to it.
  await newDeadline.fill('2027-02-04');
  await d.getByRole('button', { name: 'Record extension' }).click();
  await expect(d.getByRole('status').filter({ hasText: 'Extension recorded' })).toContainText('now due Thursday 4 February 2027');
  await expect(refusal).toBeHidden();
  await expect(stage2).toContainText('Due Thursday 4 February 2027');
  await expect(d.getByTestId('extension-current')).toContainText('Extended on Tuesday 1 December 2026 to Thursday 4 February 2027: Two key witnesses');

  // The casefile store holds the same rule: an earlier clock start that would leave the
  // extension beyond the new limit is refused, said in the status bar, and undone on screen.
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Complaint');
  await page.getByLabel('Stage 2 requested').fill('2026-10-01');
  await expect(workspace.saveState(page)).toContainText('beyond the Stage 2 limit of 65 working days');
  await expect(page.getByLabel('Stage 2 requested')).toHaveValue('2026-11-02');
  await workspace.open(page, 'Overview');
  await expect(stage2).toContainText('Due Thursday 4 February 2027');

  // A council closure day inside the Stage 2 time (Case details): named in the explanation, in en-GB long form.
  await workspace.open(page, 'Case details');
  await closureDays(page).getByLabel('Date the council is closed').fill('2026-11-20');
  await closureDays(page).getByRole('button', { name: 'Add closure day' }).click();
  const closures = closureDays(page).getByRole('list', { name: 'Closure days' });
  await expect(closures.getByRole('listitem')).toHaveText([/Friday 20 November 2026/]);
  await expect(closureDays(page).getByRole('status')).toHaveText('Friday 20 November 2026 added as a closure day.');
  // The same day twice is refused next to the field.
  await closureDays(page).getByLabel('Date the council is closed').fill('2026-11-20');
  await closureDays(page).getByRole('button', { name: 'Add closure day' }).click();
  await expect(closureDays(page).getByRole('alert').filter({ hasText: 'already a closure day' })).toBeVisible();
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('clock-stage2.limit')).toContainText('20 November (an authority closure day)');
  await expect(d.getByTestId('extension-limit')).toContainText('Friday 5 February 2027 at the latest');

  // Both are in the casefile, not only on screen.
  await relock(page);
  await workspace.open(page, 'Overview');
  await expect(stage2).toContainText('Due Thursday 4 February 2027');
  expect(await seriousViolations(page), 'Overview with an extension and a closure day').toBe('');
  await workspace.open(page, 'Case details');
  await expect(closureDays(page).getByRole('list', { name: 'Closure days' })).toContainText('Friday 20 November 2026');

  // Removing the closure day and then the extension: back to 25 working days.
  await closureDays(page).getByRole('button', { name: 'Remove Friday 20 November 2026' }).click();
  await expect(closureDays(page).getByText('No closure days.')).toBeVisible();
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('clock-stage2.limit')).not.toContainText('closure day');
  await d.getByRole('button', { name: 'Remove extension' }).click();
  await expect(stage2).toContainText('Due Monday 7 December 2026');
  await expect(d.getByTestId('extension-current')).toBeHidden();

  // Wales has no 65-day cap: the form says so and asks for no limit.
  await workspace.open(page, 'Case details');
  await page.getByLabel('Procedure').selectOption({ label: 'Wales (2014 Regulations)' });
  await workspace.open(page, 'Overview');
  await expect(d.getByTestId('extension-limit')).toContainText('no 65-working-day cap');
  await expect(d.getByRole('button', { name: 'Record extension' })).toBeEnabled();
  await workspace.open(page, 'Case details');
  await page.getByLabel('Procedure').selectOption({ label: 'England (Children Act 1989)' });
  await workspace.open(page, 'Overview');
  await expect(d.getByTestId('extension-limit')).toContainText('Thursday 4 February 2027 at the latest');

  // The integrity check: locks, checks in the worker, opens again and says the result.
  const integrity = page.getByRole('region', { name: 'Casefile integrity' });
  await integrity.getByRole('button', { name: "Check this casefile's integrity" }).click();
  await expect(integrity.getByRole('alert')).toContainText('Enter the passphrase');
  await integrity.getByLabel('Passphrase').fill(PASSPHRASE);
  await integrity.getByRole('button', { name: "Check this casefile's integrity" }).click();
  const result = page.getByTestId('integrity-result');
  await expect(result).toContainText('The casefile passed every check');
  await expect(result).toBeFocused();
  await expect(workspace.navigation(page)).toBeVisible();
  await expect(stage2).toContainText('Due Monday 7 December 2026');
  expect(await seriousViolations(page), 'Overview after the integrity check').toBe('');

  // A wrong passphrase: nothing is checked and the casefile is left locked, saying why.
  await page.getByRole('region', { name: 'Casefile integrity' }).getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('region', { name: 'Casefile integrity' }).getByRole('button', { name: "Check this casefile's integrity" }).click();
  await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('did not open the casefile, so it was not checked');
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(page.getByTestId('integrity-result')).toContainText('did not open the casefile, so it was not checked');
});

test("the complainant's time to ask for a review panel is shown as passed, not as the council being overdue", async ({ page }) => {
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(resolve(import.meta.dirname, '../fixtures/sample-case.json'));
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();

  // The sample's adjudication letter went in 2025 and no review panel was asked for.
  const request = page.getByTestId('clock-stage3.request');
  await expect(request).toContainText('Time to request a review panel has passed');
  await expect(request).toContainText('Passed');
  await expect(request).not.toContainText('overdue');
  await expect(request).not.toContainText('Overdue');
  // Its explanation still says what the time was counted from.
  await expect(request).toContainText('when the adjudication letter was sent');
});
