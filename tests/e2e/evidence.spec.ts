// The Evidence screen: documents examined, interviews and chronology entries added by hand,
// linked to a point (and seen beside it on the Findings screen), a refused delete of a cited
// document, everything kept across a lock and unlock, and axe-core with an item open.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, target, test, uniqueTitle } from './fixtures.ts';
import { addPerson, createCasefile, seriousViolations, relock } from './helpers.ts';
import { workspace } from './workspace.ts';

const item = (page: Page, text: string) => page.getByTestId('record-item').filter({ hasText: text });

test('documents, interviews and chronology entries are added, linked, kept, and a cited document is not deleted', async ({ page }) => {
  test.setTimeout(90_000);
  await createCasefile(page, uniqueTitle('Evidence'));

  // A point and a person to link to.
  await workspace.open(page, 'Statement of Complaint');
  await page.getByRole('button', { name: 'Add point' }).first().click();
  await page.keyboard.type('Delay in the assessment');
  await page.keyboard.press('Tab');
  await workspace.open(page, 'People');
  await addPerson(page, { name: 'Jane Smith', label: 'SW1', role: 'Staff' });
  await expect(workspace.saveState(page)).toHaveText('Saved');

  // A document examined, linked to point 1.
  await workspace.open(page, 'Evidence');
  await expect(page.getByRole('tab', { name: /^Documents examined/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Add document' }).click();
  const doc = item(page, 'D1');
  await expect(doc.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Child and family assessment');
  await doc.getByLabel('Kind').selectOption({ label: 'Assessment' });
  await doc.getByLabel('Date', { exact: true }).fill('2024-05-03');
  await expect(doc.getByText('Friday 3 May 2024')).toBeVisible();
  await doc.getByLabel('Source').fill('Children’s services case record');
  await doc.getByRole('checkbox', { name: 'Point 1: Delay in the assessment' }).check();
  await doc.getByRole('button', { name: 'Close D1' }).click();
  await expect(doc).toContainText('Child and family assessment');
  await expect(doc.getByLabel('Title')).toHaveCount(0);

  // It sits beside point 1 on the Findings screen.
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await workspace.open(page, 'Findings');
  const linked = page.getByRole('complementary', { name: 'Linked to this point' });
  await expect(linked.getByRole('list', { name: /Evidence/ })).toContainText('Child and family assessment');

  // An interview with SW1, and a chronology entry citing D1 and I1; the tabs by keyboard.
  await workspace.open(page, 'Evidence');
  await page.getByRole('tab', { name: /^Documents examined/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Interviews/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Interviews/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Add interview' }).click();
  const interview = item(page, 'I1');
  await expect(interview.getByLabel('Summary')).toBeFocused();
  await page.keyboard.type('SW1 explained the allocation delay.');
  await interview.getByLabel('Method').selectOption({ label: 'Video' });
  await interview.getByLabel('Date of the interview').fill('2024-11-20');
  await interview.getByLabel('Date the record was agreed').fill('2024-11-27');
  await expect(interview.getByText('Wednesday 27 November 2024')).toBeVisible();
  await interview.getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { name: /^SW1/ }).check();
  await interview.getByRole('checkbox', { name: 'Point 1: Delay in the assessment' }).check();

  await page.getByRole('tab', { name: /^Chronology/ }).click();
  await page.getByRole('button', { name: 'Add chronology entry' }).click();
  const entry = page.getByTestId('record-item').first();
  await expect(entry.getByLabel('Event')).toBeFocused();
  await page.keyboard.type('Assessment completed, 40 working days late');
  await entry.getByLabel('Date', { exact: true }).fill('2024-05-03');
  await entry.getByRole('checkbox', { name: 'D1 Child and family assessment' }).check();
  await entry.getByRole('checkbox', { name: /^I1 SW1/ }).check();
  await entry.getByRole('checkbox', { name: 'Point 1: Delay in the assessment' }).check();
  await expect(workspace.saveState(page)).toHaveText('Saved');
  expect(await seriousViolations(page), 'Evidence screen, chronology entry open').toBe('');

  // D1 is cited by the entry: its delete is refused and the screen says why.
  await page.getByRole('tab', { name: /^Documents examined/ }).click();
  await item(page, 'D1').getByRole('button', { name: 'Delete D1' }).click();
  await expect(page.getByRole('alert')).toContainText('D1 was not deleted: it is still cited by 1 chronology entry');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(item(page, 'D1')).toContainText('Child and family assessment');
  await item(page, 'D1').getByRole('button', { name: 'Edit D1' }).click();
  expect(await seriousViolations(page), 'Evidence screen, document open').toBe('');
  // The next edit is saved as usual.
  await item(page, 'D1').getByLabel('Notes').fill('Seen in full.');
  await item(page, 'D1').getByLabel('Notes').blur();

  // Everything is in the casefile, not only on screen.
  await relock(page);
  await workspace.open(page, 'Evidence');
  const kept = item(page, 'D1');
  await kept.getByRole('button', { name: 'Edit D1' }).click();
  await expect(kept.getByLabel('Title')).toHaveValue('Child and family assessment');
  await expect(kept.getByLabel('Kind')).toHaveValue('assessment');
  await expect(kept.getByLabel('Source')).toHaveValue('Children’s services case record');
  await expect(kept.getByLabel('Notes')).toHaveValue('Seen in full.');
  await expect(kept.getByRole('checkbox', { name: 'Point 1: Delay in the assessment' })).toBeChecked();
  await page.getByRole('tab', { name: /^Interviews/ }).click();
  await item(page, 'I1').getByRole('button', { name: 'Edit I1' }).click();
  await expect(item(page, 'I1').getByLabel('Summary')).toHaveValue('SW1 explained the allocation delay.');
  await expect(item(page, 'I1').getByLabel('Method')).toHaveValue('video');
  await expect(item(page, 'I1').getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { name: /^SW1/ })).toBeChecked();
  await page.getByRole('tab', { name: /^Chronology/ }).click();
  const keptEntry = item(page, 'Assessment completed');
  await expect(keptEntry).toContainText('3 May 2024');
  await keptEntry.getByRole('button', { name: /^Edit/ }).click();
  await expect(keptEntry.getByRole('checkbox', { name: 'D1 Child and family assessment' })).toBeChecked();
  await expect(keptEntry.getByRole('checkbox', { name: /^I1 SW1/ })).toBeChecked();

  // An entry cites but is not cited: it can be deleted, without a question (Undo brings it back).
  await keptEntry.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText('No chronology entries yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add chronology entry' })).toBeFocused();
});

test('a file is attached to a document examined, kept across a lock, saved out byte for byte and removed', async ({ page }) => {
  // Electron attaches through its native open dialog, which a test cannot drive; the web host's file input is the same API.
  test.skip(target === 'electron', 'Electron attaches with a native open dialog');
  test.setTimeout(60_000);
  await createCasefile(page, uniqueTitle('Evidence file'));
  await workspace.open(page, 'Evidence');
  await page.getByRole('button', { name: 'Add document' }).click();
  const doc = item(page, 'D1');
  await page.keyboard.type('Letter to the complainant');
  // The title is written before the file is attached (an edit still waiting to be saved when
  // the file arrives is sent with the file the item has then: renderer/src/app/session.ts).
  await page.keyboard.press('Tab');
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await expect(doc.getByTestId('evidence-file')).toContainText('No file attached');

  const letter = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_300_000, 7)]);
  await doc.getByLabel('File to attach to D1').setInputFiles({ name: 'Letter of 3 May.pdf', mimeType: 'application/pdf', buffer: letter });
  await expect(doc.getByTestId('evidence-file')).toContainText('Letter of 3 May.pdf · 1.2 MB · application/pdf');
  expect(await seriousViolations(page), 'Evidence screen, document with a file').toBe('');

  await relock(page);
  await workspace.open(page, 'Evidence');
  await item(page, 'D1').getByRole('button', { name: 'Edit D1' }).click();
  const kept = item(page, 'D1');
  await expect(kept.getByTestId('evidence-file')).toContainText('Letter of 3 May.pdf · 1.2 MB · application/pdf');

  const downloading = page.waitForEvent('download');
  await kept.getByRole('button', { name: 'Save a copy… of Letter of 3 May.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Letter of 3 May.pdf');
  expect((await readFile(await download.path())).equals(letter)).toBe(true);

  page.once('dialog', (dialog) => void dialog.accept());
  await kept.getByRole('button', { name: 'Remove file Letter of 3 May.pdf' }).click();
  await expect(kept.getByTestId('evidence-file')).toContainText('No file attached');
  await relock(page);
  await workspace.open(page, 'Evidence');
  await item(page, 'D1').getByRole('button', { name: 'Edit D1' }).click();
  await expect(item(page, 'D1').getByTestId('evidence-file')).toContainText('No file attached');
});
