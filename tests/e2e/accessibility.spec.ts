// axe-core on every screen of an empty casefile, the unlock screen and the Settings dialog:
// no serious or critical violations (WCAG 2.2 AA rules).
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { createCasefile, seriousViolations } from './helpers.ts';

// This spec meets the Preview region open, as a user at 1280 px does (fixtures.ts).
test.use({ previewOpen: true });

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `axe found serious or critical violations on ${screen}`).toBe('');
}

// The workspace's screens, by the names of their links in its navigation.
const workspaceScreens = ['Overview', 'Case details', 'Complaint', 'People', 'Statement of Complaint', 'Evidence', 'Findings', 'IO report', 'IP review', 'Adjudication', 'Review panel', 'Documents'];

test('every screen passes axe-core with no serious or critical violations', async ({ page }) => {
  // Twelve screens, six of them with the Preview region's PDF and its text layer for axe to read.
  test.setTimeout(120_000);
  await expectNoSeriousViolations(page, 'start screen');

  const title = uniqueTitle('Accessibility');
  await createCasefile(page, title);
  const nav = page.getByRole('navigation', { name: /casefile|workspace|sections/i });
  for (const screen of workspaceScreens) {
    await nav.getByRole('link', { name: new RegExp(`^${screen}`) }).or(nav.getByRole('button', { name: new RegExp(`^${screen}`) })).or(nav.getByRole('tab', { name: new RegExp(`^${screen}`) })).first().click();
    await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
    await expectNoSeriousViolations(page, `${screen} screen`);
  }

  await nav.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expectNoSeriousViolations(page, 'Settings dialog');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible();
  await expectNoSeriousViolations(page, 'unlock screen');
});

// With a full case on every screen: tests/e2e/sample-case.spec.ts.
