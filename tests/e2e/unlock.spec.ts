// Opening a casefile: a wrong passphrase is said plainly, next to the field, and the right
// one still opens it.
import { expect, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, createCasefile } from './helpers.ts';

test('a wrong passphrase shows a clear message and the right one opens the casefile', async ({ page }) => {
  const title = uniqueTitle('Wrong passphrase');
  await createCasefile(page, title);
  // Back to the start screen (as after a restart): the casefile is in the list.
  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { name: 'Unlock casefile' })).toBeVisible();

  const passphrase = page.getByRole('textbox', { name: 'Passphrase', exact: true }); // the Restore dialog's label says passphrase too
  await passphrase.fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That passphrase does not open this casefile');
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');

  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: /casefile|workspace|sections/i })).toBeVisible();
});
