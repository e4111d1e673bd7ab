// Steps shared by the e2e specs, written against roles and accessible names only.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { resolve } from 'node:path';
import type { Settings } from '../../shared/api.ts';
import { workspace } from './workspace.ts';

export const PASSPHRASE = 'correct horse battery staple';

/** The sample case of tests/fixtures, as interchange JSON. */
export const SAMPLE_CASE = resolve(import.meta.dirname, '../fixtures/sample-case.json');

/** Imports an interchange file (the sample case unless told) from the start screen and waits for its workspace. */
export async function importSample(page: Page, file = SAMPLE_CASE): Promise<void> {
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(file);
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  // Importing writes and indexes the whole case (key derivation, the history's first rows): slow on a busy machine.
  await expect(workspace.navigation(page)).toBeVisible({ timeout: 60_000 });
}

/** Creates a casefile from the start screen and waits for its workspace. */
export async function createCasefile(page: Page, title: string, passphrase = PASSPHRASE): Promise<void> {
  const card = page.getByRole('region', { name: 'New casefile' });
  await card.getByLabel('Title').fill(title);
  await card.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await card.getByLabel('Passphrase again').fill(passphrase);
  await card.getByRole('button', { name: 'Create casefile' }).click();
  await expect(page.getByRole('navigation', { name: /casefile|workspace|sections/i })).toBeVisible();
}

/** Calls the host API as the page would (the preload in Electron, the cookie-authorised fetch in a browser). */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(async ([m, i]) => {
    const bridge = (window as unknown as { impartial?: Record<string, (input: unknown) => Promise<unknown>> }).impartial;
    if (bridge) return bridge[m]!(i);
    const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) });
    return response.json();
  }, [method, input] as const) as Promise<T>;
}

/** Adds a person through the People screen's form (the People screen is open). */
export async function addPerson(page: Page, person: { name: string; label: string; role?: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a person' });
  if (!(await form.isVisible())) {
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(form.getByLabel('Name')).toBeFocused();
  }
  await form.getByLabel('Name').fill(person.name);
  await form.getByLabel('Label in documents').fill(person.label);
  if (person.role) await form.getByLabel('Role').selectOption({ label: person.role });
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('status')).toContainText(`Added ${person.name} as “${person.label}”`);
}

export async function setIdleLockMinutes(page: Page, minutes: number): Promise<void> {
  const result = await callApi<{ ok: boolean; value?: Settings }>(page, 'setSettings', { idleLockMinutes: minutes });
  expect(result.ok).toBe(true);
}

/**
 * axe-core's serious and critical violations on the page (WCAG 2.2 AA rules), one a line; '' when none.
 * The same rules and the same violations as AxeBuilder's defaults, found in a quarter of the time:
 * only violations are gathered node by node (the passes and the incomplete ones, never read
 * here, are what made a screen with the preview's text layer take seconds), and the results
 * are put together in the page itself (legacy mode) rather than in a blank page opened for each
 * call. Legacy mode differs only for cross-origin frames, which the app has none of.
 */
export async function seriousViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page })
    // options() replaces what withTags() set: it must come first.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

/** Waits for "Saved", locks the casefile and unlocks it again: what is shown after is what the casefile holds. */
export async function relock(page: Page): Promise<void> {
  await expect(workspace.saveState(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Lock' }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(workspace.navigation(page)).toBeVisible();
}

/** How far the page (and the workspace's scrolling main area) is wider than the window. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.getElementById('main');
    const page = document.scrollingElement ?? document.documentElement;
    return Math.max(page.scrollWidth - page.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });
}
