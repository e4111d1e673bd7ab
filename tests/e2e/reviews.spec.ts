// The IP review and the review panel recorded in the workspace (not only by import): on the
// sample case, the IP's view on a finding with its reason, kept across a relock, and what
// the Documents screen's readiness says about it; axe on each screen.
import { expect, test } from './fixtures.ts';
import { importSample, relock, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

const NO_REASON = 'Point 3: the Independent Person does not fully agree but gives no reason.';

test("the IP's view on a finding is recorded with its reason and the IP report's readiness follows", async ({ page }) => {
  test.setTimeout(90_000);
  await importSample(page);
  await workspace.open(page, 'IP review');
  expect(await seriousViolations(page), 'IP review').toBe('');
  const point3 = page.getByRole('article', { name: /^Point 3:/ });
  await expect(point3.getByText('Investigating Officer')).toBeVisible();
  await expect(point3.getByRole('radio', { name: 'Partly agree' })).toBeChecked();

  // Disagreeing with no reason: the screen and the Documents screen both say it is not ready.
  await point3.getByRole('radio', { name: 'Disagree' }).check();
  const comment = point3.getByLabel('Comment on point 3');
  await comment.fill('');
  await comment.blur();
  await expect(point3.getByText('Not ready: the Independent Person does not fully agree but gives no reason.')).toBeVisible();
  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('document-ip-report')).toContainText(NO_REASON);
  await expect(page.getByTestId('document-ip-report').getByText('Not ready')).toBeVisible();
  // Rendering it anyway is refused in the app's words, not the command line's (--draft).
  await page.getByRole('button', { name: 'Render IP report as PDF' }).click();
  const refusal = page.getByTestId('render-outcome');
  await expect(refusal).toHaveText(/^The IP report is not ready: point 3: the Independent Person does not fully agree but gives no reason.* choose “Draft” to render a marked DRAFT\.$/);
  await expect(refusal).not.toContainText('--');

  // The problem links back to the comment; a reason puts it right.
  await page.getByTestId('document-ip-report').getByRole('button', { name: /Point 3/ }).or(page.getByTestId('document-ip-report').getByRole('link', { name: /Point 3/ })).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'IP review' })).toBeVisible();
  await expect(page.getByLabel('Comment on point 3')).toBeFocused();
  await page.getByLabel('Comment on point 3').fill('The records show the invitation was sent late; the finding should have been upheld.');
  await page.getByLabel('Comment on point 3').blur();
  expect(await seriousViolations(page), 'IP review with a problem').toBe('');

  await relock(page);
  await workspace.open(page, 'IP review');
  const after = page.getByRole('article', { name: /^Point 3:/ });
  await expect(after.getByRole('radio', { name: 'Disagree' })).toBeChecked();
  await expect(after.getByLabel('Comment on point 3')).toHaveValue('The records show the invitation was sent late; the finding should have been upheld.');
  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('document-ip-report')).not.toContainText(NO_REASON);
});

test('a review panel meeting is recorded, its report due date shown, and kept across a relock', async ({ page }) => {
  test.setTimeout(90_000);
  await importSample(page);
  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('document-panel-report').getByText('Not ready')).toBeVisible();
  // The problem links to the new screen.
  await page.getByTestId('document-panel-report').getByRole('link', { name: 'Review panel: the review panel has not been recorded.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review panel' })).toBeVisible();

  await expect(page.getByText('For Stage 3')).toBeVisible();
  expect(await seriousViolations(page), 'Review panel, empty').toBe('');
  const members = page.getByRole('group', { name: 'Panel members' });
  for (const who of [/^TM1 /, /^IRO1 /, /^the advocate /]) await members.getByRole('checkbox', { name: who }).check();
  await page.getByLabel('Chair', { exact: true }).selectOption({ label: 'IRO1 (Neil Barton)' });
  await page.getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { name: /^Ms A / }).check();
  await page.getByTestId('panel-meeting-date').fill('2025-02-03');
  await expect(page.getByText('Monday 3 February 2025')).toBeVisible();
  // Five working days from the meeting.
  await expect(page.getByTestId('panel-report-due')).toContainText('Panel report due Monday 10 February 2025');
  await page.getByLabel("The panel's view on point 3").fill('The panel agrees with the Independent Person that the notice was too short.');
  await page.getByLabel("Panel's outcome on point 3 (optional)").selectOption({ label: 'Upheld' });
  await page.getByRole('button', { name: 'Add panel recommendation' }).click();
  await page.getByLabel('Panel recommendation 1', { exact: true }).fill('Invitations to review meetings give at least ten working days notice.');
  await page.getByRole('group', { name: 'Points of panel recommendation 1' }).getByRole('checkbox', { name: 'Point 3' }).check();
  await page.getByLabel('Panel recommendation 1', { exact: true }).blur();
  expect(await seriousViolations(page), 'Review panel, recorded').toBe('');

  await relock(page);
  await workspace.open(page, 'Review panel');
  await expect(page.getByTestId('panel-meeting-date')).toHaveValue('2025-02-03');
  await expect(page.getByRole('group', { name: 'Panel members' }).getByRole('checkbox', { name: /^IRO1 / })).toBeChecked();
  await expect(page.getByLabel('Chair', { exact: true })).toHaveValue('p-iro');
  await expect(page.getByTestId('panel-report-due')).toContainText('Monday 10 February 2025');
  await expect(page.getByLabel("The panel's view on point 3")).toHaveValue('The panel agrees with the Independent Person that the notice was too short.');
  await expect(page.getByLabel('Panel recommendation 1', { exact: true })).toHaveValue('Invitations to review meetings give at least ten working days notice.');

  await workspace.open(page, 'Documents');
  const report = page.getByTestId('document-panel-report');
  await expect(report).not.toContainText('the date of the panel meeting is not recorded');
  await expect(report).not.toContainText('the panel chair is not recorded');
  await expect(report).not.toContainText('the review panel has not been recorded');
});
