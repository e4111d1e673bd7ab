// The period a point covers (Statement screen) and the reason an upheld point needs no
// recommendation (Findings screen): entered, shown only where it applies, and still there
// after a lock and unlock, so it is in the casefile and not only on screen.
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { createCasefile, relock } from './helpers.ts';
import { workspace } from './workspace.ts';

async function addPoint(page: Page, summary: string): Promise<void> {
  await page.getByRole('button', { name: /^Add (another )?point$/ }).first().click();
  await page.keyboard.type(summary);
  await page.keyboard.press('Tab'); // leaving the field writes it at once
}

const REASON = 'The assessment was corrected during the investigation.';

test('a point keeps the period it covers, and an upheld finding the reason it needs no recommendation', async ({ page }) => {
  await createCasefile(page, uniqueTitle('Period and reason'));
  await workspace.open(page, 'Statement of Complaint');
  await addPoint(page, 'Reviews were late');
  await addPoint(page, 'Calls went unanswered');
  const first = page.getByRole('listitem', { name: 'Point 1' });
  await first.getByLabel('Period covered').fill('April to May 2024');
  await first.getByLabel('Period covered').blur();

  await workspace.open(page, 'Findings');
  const reason = page.getByLabel('Why no recommendation');
  // Not asked for until there is fault.
  await expect(reason).toHaveCount(0);
  await workspace.outcome(page, 'Not upheld').check();
  await expect(reason).toHaveCount(0);
  await workspace.outcome(page, 'Upheld').check();
  await reason.fill(REASON);
  await reason.blur();
  // The second point, partially upheld: asked for there too, and empty.
  await workspace.findingsPoints(page).getByRole('button', { name: /Calls went unanswered/ }).click();
  await workspace.outcome(page, 'Partially upheld').check();
  await expect(reason).toHaveValue('');

  await relock(page);
  await workspace.open(page, 'Statement of Complaint');
  await expect(page.getByRole('listitem', { name: 'Point 1' }).getByLabel('Period covered')).toHaveValue('April to May 2024');
  await expect(page.getByRole('listitem', { name: 'Point 2' }).getByLabel('Period covered')).toHaveValue('');
  await workspace.open(page, 'Findings');
  await expect(page.getByLabel('Why no recommendation')).toHaveValue(REASON);
});
