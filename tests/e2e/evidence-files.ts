// Attaching a file to an evidence item as the user does in a browser (the web host's upload),
// for the search and viewer specs.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { workspace } from './workspace.ts';

export const evidenceItem = (page: Page, text: string): Locator => page.getByTestId('record-item').filter({ hasText: text });

/** Opens the item on the Evidence screen (unless open) and attaches the file; answers the item. */
export async function attachTo(page: Page, ref: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  if (!(await page.getByRole('heading', { level: 1, name: 'Evidence' }).isVisible())) await workspace.open(page, 'Evidence');
  const edit = evidenceItem(page, ref).getByRole('button', { name: `Edit ${ref}` });
  if (await edit.isVisible()) await edit.click();
  const open = evidenceItem(page, ref);
  await open.getByLabel(`File to attach to ${ref}`).setInputFiles(file);
  await expect(open.getByTestId('evidence-file')).toContainText(file.name);
  return open;
}
