// The idle lock: after the set quiet time the casefile is closed on the Node side, the
// renderer drops the case data and asks for the passphrase again.
import { expect, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, callApi, createCasefile, setIdleLockMinutes } from './helpers.ts';

test('the casefile locks itself after the idle time and the case data leaves the page', async ({ page }) => {
  const title = uniqueTitle('Idle lock');
  await createCasefile(page, title);
  await expect(page.getByText(title).first()).toBeVisible();
  try {
    await setIdleLockMinutes(page, 0.05); // 3 seconds
    await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible({ timeout: 15_000 });
    // Nothing of the case is left on screen, and the old session is gone on the host too.
    await expect(page.getByRole('navigation', { name: /casefile|workspace|sections/i })).toHaveCount(0);
    const recent = await callApi<{ ok: boolean }>(page, 'listRecent', {});
    expect(recent.ok).toBe(true);

    await setIdleLockMinutes(page, 10);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: /casefile|workspace|sections/i })).toBeVisible();
  } finally {
    await setIdleLockMinutes(page, 10);
  }
});

test('activity keeps the casefile open past the idle time', async ({ page }) => {
  await createCasefile(page, uniqueTitle('Idle activity'));
  try {
    await setIdleLockMinutes(page, 0.05);
    // Keep pressing a harmless key for twice the idle time.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Shift');
      await page.waitForTimeout(500);
    }
    await expect(page.getByRole('navigation', { name: /casefile|workspace|sections/i })).toBeVisible();
  } finally {
    await setIdleLockMinutes(page, 10);
  }
});
