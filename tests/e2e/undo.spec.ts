// Undo (issue 12, item 4), by keyboard only: a recommendation answered by the adjudication's
// action plan is deleted without a question; the status bar offers to undo it; Ctrl+Z brings it
// back with its text, owner, date and point, and the action that answered it; Ctrl+Shift+Z
// deletes it again and the offer's Undo button brings it back once more. What comes back is in
// the casefile (after a lock). In a text box, Ctrl+Z is the box's own undo first, then the
// case's. axe with the offer shown.
import { expect, test, uniqueTitle } from './fixtures.ts';
import { createCasefile, importSample, relock, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const R1 = 'The Independent Reviewing Service should put in place a way of re-arranging a review within 20 working days when a reviewing officer is unavailable, and tell parents the new date in writing.';
const A1 = "A re-arrangement procedure will be added to the reviewing service's practice guidance.";

test('a deleted recommendation comes back with its text, links and the action that answered it, by Ctrl+Z and by the Undo offer', async ({ page }) => {
  test.setTimeout(150_000);
  await importSample(page);
  await workspace.open(page, 'Findings');
  const recommendation = page.getByLabel('Recommendation 1', { exact: true });
  await expect(recommendation).toHaveValue(R1);

  // Delete, from the keyboard: no question, the offer in the status bar.
  const remove = page.getByRole('button', { name: 'Delete recommendation 1' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(recommendation).toHaveCount(0);
  const offer = page.getByTestId('undo-offer');
  await expect(offer).toContainText('Deleted recommendation 1.');
  await expect(page.getByRole('button', { name: 'Add recommendation' })).toBeFocused();
  await expect(workspace.saveState(page)).toHaveText('Saved');
  expect(await seriousViolations(page), 'Findings with the Undo offer').toBe('');

  // Ctrl+Z (the focus on a button, not in a text box) undoes it.
  await page.keyboard.press(`${mod}+KeyZ`);
  await expect(recommendation).toHaveValue(R1);
  await expect(offer).toContainText('Undone: deleted recommendation 1.');
  await expect(page.getByLabel('Owner').first()).toHaveValue('Head of Independent Reviewing Service');

  // Ctrl+Shift+Z does it again; the offer's Undo button (reached from the keyboard) undoes it again.
  await page.keyboard.press(`${mod}+Shift+KeyZ`);
  await expect(recommendation).toHaveCount(0);
  await expect(offer).toContainText('Redone: deleted recommendation 1.');
  await page.getByRole('button', { name: 'Add recommendation' }).focus();
  await page.keyboard.press(`${mod}+KeyZ`);
  await expect(recommendation).toHaveValue(R1);
  await page.getByRole('button', { name: 'Delete recommendation 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(offer.getByRole('button', { name: 'Undo' })).toBeVisible();
  await offer.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(recommendation).toHaveValue(R1);

  // In a text box: its own undo first, then the case's history. The owner changed, then the
  // text typed: Ctrl+Z in the text takes the typing out, then changes the owner back.
  const owner = page.getByLabel('Owner').first();
  await owner.focus();
  await page.keyboard.press(`${mod}+KeyA`);
  await page.keyboard.type('Head of Service');
  await page.keyboard.press('Tab');
  await recommendation.focus();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' Soon.');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  for (let i = 0; i < 12 && (await recommendation.inputValue()) !== R1; i++) await page.keyboard.press(`${mod}+KeyZ`);
  await expect(recommendation).toHaveValue(R1);
  await expect(owner).toHaveValue('Head of Service');
  await page.keyboard.press(`${mod}+KeyZ`);
  await expect(owner).toHaveValue('Head of Independent Reviewing Service');
  await expect(recommendation).toHaveValue(R1);
  await expect(offer).toContainText('Undone: changed recommendation 1.');

  // What came back is in the casefile: the recommendation on point 1, and its action in the plan.
  await relock(page);
  await workspace.open(page, 'Findings');
  await expect(page.getByLabel('Recommendation 1', { exact: true })).toHaveValue(R1);
  await expect(page.getByLabel('Due by').first()).toHaveValue('2025-03-31');
  await workspace.open(page, 'Adjudication');
  await expect(page.locator('#action-a-1-action')).toHaveValue(A1);
  // The history is gone with the lock.
  await page.getByRole('heading', { level: 1, name: 'Adjudication' }).focus();
  await page.keyboard.press(`${mod}+KeyZ`);
  await expect(page.getByTestId('undo-offer')).toContainText('Nothing to undo.');
});

test("a quick Ctrl+Z then Ctrl+Shift+Z in a text box, in a busy window, is the box's own and leaves the case's history alone", async ({ page }) => {
  await createCasefile(page, uniqueTitle('Undo in a busy window'));
  await workspace.open(page, 'IO report');
  const methodology = page.getByRole('textbox', { name: 'Methodology' });
  const law = page.getByRole('textbox', { name: 'Law, guidance and policy' });
  await methodology.fill('I read the file.');
  await methodology.blur();
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await law.focus();
  await page.keyboard.type('The Children Act 1989 applies.');
  // A busy window (a long render, a slow laptop) runs what was put off "until the key is
  // handled" late, after the next key: the first key's default action must not be judged then.
  await page.evaluate(() => {
    const later = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => later(handler, delay ? delay : 300, ...rest)) as typeof window.setTimeout;
  });
  await page.keyboard.press(`${mod}+KeyZ`);
  await page.keyboard.press(`${mod}+Shift+KeyZ`);
  // Past every put-off timer: whatever the keys were going to do is done.
  await page.evaluate(() => new Promise((done) => { window.setTimeout(done, 1000); }));
  await expect(law).toHaveValue('The Children Act 1989 applies.');
  await expect(page.getByTestId('undo-offer')).not.toContainText('Undone');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await relock(page);
  await workspace.open(page, 'IO report');
  await expect(methodology).toHaveValue('I read the file.');
  await expect(law).toHaveValue('The Children Act 1989 applies.');
});
