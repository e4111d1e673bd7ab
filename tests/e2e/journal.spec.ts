// Opening a casefile whose last change was cut short by a crash: the workspace says so once,
// in a notice that can be dismissed, and passes axe.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, target, test } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

test('a torn last change is reported on opening, and the changes saved before it are there', async ({ page, webHost }) => {
  test.skip(target === 'electron', 'the crashed casefile is written into the web host workspace folder');
  const name = `Crashed ${Date.now()}.casefile`;
  const made = spawnSync(process.execPath, [resolve(import.meta.dirname, 'crashed-casefile.ts'), webHost!.workspaceDir, name], {
    encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE },
  });
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);

  await page.reload();
  await page.getByRole('button', { name: new RegExp(name.replace('.casefile', '')) }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(workspace.navigation(page)).toBeVisible();
  const notice = page.getByTestId('open-notices');
  await expect(notice).toHaveText(`${name}: the last change was still being saved when Impartial stopped, and was discarded; every change saved before it is keptDismiss`);
  await expect(notice).toHaveAttribute('role', 'status');
  expect(await seriousViolations(page)).toBe('');

  await workspace.open(page, 'Evidence');
  await page.getByRole('tab', { name: /Chronology/ }).click();
  await expect(page.getByText('Saved before the crash.')).toBeVisible();
  await expect(page.getByText('Being saved when the crash came.')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
