// The workspace's landmarks and controls by role and accessible name, in one place, for the
// specs and the app benchmark (bench: unlock -> interactive Findings, typing in an analysis).
// Every locator works on both targets (web host and Electron).
import type { Locator, Page } from '@playwright/test';

export type ScreenLabel = 'Overview' | 'Case details' | 'Complaint' | 'People' | 'Statement of Complaint' | 'Evidence' | 'Findings' | 'IO report' | 'IP review' | 'Adjudication' | 'Review panel' | 'Documents';

export const workspace = {
  /** The casefile's navigation: visible exactly while a casefile is open. */
  navigation: (page: Page): Locator => page.getByRole('navigation', { name: 'Casefile' }),
  /** Goes to a screen and waits for its heading. */
  async open(page: Page, screen: ScreenLabel): Promise<void> {
    await workspace.navigation(page).getByRole('button', { name: new RegExp(`^${screen}`) }).click();
    await page.getByRole('heading', { level: 1, name: screen }).waitFor();
  },
  /** The status bar's save state: "Saving…", "Saved" or "Not saved: ...". */
  saveState: (page: Page): Locator => page.getByTestId('save-state'),
  /** Unlock screen. */
  passphrase: (page: Page): Locator => page.getByLabel('Passphrase', { exact: true }),
  unlockButton: (page: Page): Locator => page.getByRole('button', { name: 'Unlock', exact: true }),
  /** Findings: the list of in-scope points (a navigation named "Points (n of m decided)"). */
  findingsPoints: (page: Page): Locator => page.getByRole('navigation', { name: /^Points/ }),
  /** Findings: the text areas of the finding shown (the first in-scope point by default). */
  findingAnalysis: (page: Page): Locator => page.getByTestId('finding-analysis'),
  findingEvidence: (page: Page): Locator => page.getByTestId('finding-evidence'),
  findingConclusion: (page: Page): Locator => page.getByTestId('finding-conclusion'),
  /** Findings: the outcome radio ("Upheld", "Partially upheld", "Not upheld", "No finding"). */
  outcome: (page: Page, label: string): Locator => page.getByRole('radio', { name: label, exact: true }),
};
