// The fact-check round (issue 12, item 3), by keyboard alone: the IO report sent for fact-check
// (the draft downloaded and read with pdftotext: marked, dated, its paragraphs numbered in the
// margin), two comments recorded against a point and a chapter, the final IO report not ready
// while one is unanswered (the Documents screen's link goes to that comment), then ready once
// both are answered, with the round in its appendix. axe on the screens on the way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { formatDate, todayIso } from '../../shared/calendar/dates.ts';
import { expect, target, test } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

const SAMPLE = resolve(import.meta.dirname, '../fixtures/sample-case.json');

/** Activates a control from the keyboard: the focus on it, then Enter (Space for a radio button or checkbox). */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Types into a field from the keyboard. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.type(text);
}

async function openScreen(page: Page, screen: 'IO report' | 'Documents'): Promise<void> {
  await press(workspace.navigation(page).getByRole('button', { name: new RegExp(`^${screen}`) }));
  await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

/** Waits for the download a press starts and keeps its file (the web host; Electron saves it through its own dialog). */
async function download(page: Page, control: Locator, dir: string, name: string): Promise<string | undefined> {
  if (target !== 'web') {
    await press(control);
    return undefined;
  }
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), press(control)]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

test('a fact-check round: sent as a numbered draft, two comments, the final report blocked until both are answered', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'impartial-e2e-fact-check-'));
  try {
    const card = page.getByRole('region', { name: 'Import from interchange JSON' });
    await card.getByLabel('Interchange file').setInputFiles(SAMPLE);
    await typeInto(card.getByLabel('Passphrase', { exact: true }), PASSPHRASE);
    await typeInto(card.getByLabel('Passphrase again'), PASSPHRASE);
    await press(card.getByRole('button', { name: 'Import' }));
    await expect(workspace.navigation(page)).toBeVisible();

    // Send: to the council's complaints manager by default, comments due 10 working days on.
    await openScreen(page, 'IO report');
    const section = page.getByRole('region', { name: 'Fact-check' });
    await expect(section.getByLabel('Sent to')).toHaveValue('council');
    const draft = await download(page, section.getByRole('button', { name: 'Send for fact-check' }), dir, 'draft.pdf');
    await expect(section.getByTestId('fact-check-sent')).toContainText(/fact-check draft .*\.pdf is ready and (downloading|saved)\. The round is recorded/, { timeout: 60_000 });
    const round = section.getByTestId('fact-check-round');
    await expect(round).toHaveCount(1);
    await expect(round.getByTestId('fact-check-state')).toHaveText('Waiting for comments');
    await expect(round.getByText(/Draft sent: SHA-256/)).toBeVisible();

    // The draft as the council reads it: dated, and paragraph 1, 2, 3... in the margin beside its text.
    if (draft) {
      const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', draft, '-'], { encoding: 'utf8' });
      expect(layout).toContain(`Fact-check draft, sent ${formatDate(todayIso())}`);
      expect(layout).toMatch(/^ {0,3}1 {2,}This report sets out the findings/m);
      expect(layout).toMatch(/^ {0,3}6 {2,}I was appointed by the London Borough of Exampleton/m);
      // Each number at the left edge, before its text (or alone on its line where the big DRAFT letters cut -layout's line in two).
      const numbers = new Set([...layout.matchAll(/^ {0,3}(\d{1,3})(?: {2,}\S| *$)/gm)].map((m) => Number(m[1])));
      expect([...Array(30).keys()].map((i) => i + 1).filter((n) => !numbers.has(n))).toEqual([]);
    }

    // While it waits for comments, the final report is not ready.
    await openScreen(page, 'Documents');
    const io = page.getByTestId('document-io-report');
    await expect(io.getByRole('heading', { level: 2 })).toContainText('Not ready');
    await expect(io.getByRole('link', { name: /^Fact-check round 1: the draft sent on .* is waiting for comments/ })).toBeVisible();

    // Two comments: one on point 2, one on the methodology.
    await openScreen(page, 'IO report');
    const form = section.getByRole('group', { name: 'Record a comment received on round 1' });
    await typeInto(form.getByLabel('Paragraph'), '24');
    await form.getByLabel('Point or part of the report').focus();
    await page.keyboard.type('Point 2');
    await expect(form.getByLabel('Point or part of the report')).toHaveValue('point:pt-2');
    await typeInto(form.getByLabel('The comment'), 'SW1 replied to the email of 2 May on 9 May.');
    await typeInto(form.getByLabel('From (optional)'), 'Team Manager');
    await press(form.getByRole('button', { name: 'Record the comment' }));
    await expect(page.getByRole('heading', { name: /^Comment on point 2, paragraph 24/ })).toBeFocused();

    await typeInto(form.getByLabel('Paragraph'), '9');
    await form.getByLabel('Point or part of the report').focus();
    await page.keyboard.type('How the');
    await expect(form.getByLabel('Point or part of the report')).toHaveValue('chapter:methodology');
    await typeInto(form.getByLabel('The comment'), 'The IRO was not interviewed.');
    await press(form.getByRole('button', { name: 'Record the comment' }));
    await expect(page.getByRole('heading', { name: /^Comment on How the investigation was carried out, paragraph 9/ })).toBeFocused();
    await expect(round.getByTestId('fact-check-state')).toHaveText('Comments to answer');

    // The first answered: accepted, with what was changed.
    const first = section.getByTestId('fact-check-comment').first();
    await press(first.getByRole('radio', { name: 'Accepted and changed' }), 'Space');
    await typeInto(first.getByLabel('What was changed'), 'Paragraph 24 now says SW1 replied on 9 May.');
    await first.getByLabel('What was changed').blur();
    await expect(workspace.saveState(page)).toHaveText('Saved');
    expect(await seriousViolations(page), 'IO report with a round and its comments').toBe('');

    // One unanswered: the final report is still not ready, and the link goes to that comment.
    await openScreen(page, 'Documents');
    const links = io.getByRole('link', { name: /^Fact-check round 1/ });
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText('Fact-check round 1, How the investigation was carried out, paragraph 9: the comment has no response.');
    expect(await seriousViolations(page), 'Documents with the round open').toBe('');
    await press(links);
    await expect(page.getByRole('heading', { name: /^Comment on How the investigation was carried out, paragraph 9/ })).toBeFocused();

    // The second answered: not accepted, with the reason. The round closes and the report is ready.
    const second = section.getByTestId('fact-check-comment').nth(1);
    await press(second.getByRole('radio', { name: 'Not accepted' }), 'Space');
    await expect(second.getByText('Not answered: give your reason for not accepting the comment.')).toBeVisible();
    await typeInto(second.getByLabel('Why it is not accepted'), 'The IRO was interviewed on 15 November 2024 (I4).');
    await second.getByLabel('Why it is not accepted').blur();
    await expect(workspace.saveState(page)).toHaveText('Saved');
    await expect(round.getByTestId('fact-check-state')).toHaveText('Closed');

    await openScreen(page, 'Documents');
    await expect(io.getByRole('link', { name: /^Fact-check/ })).toHaveCount(0);
    await expect(io.getByRole('heading', { level: 2 })).toContainText('Ready');
    await expect(io.getByRole('heading', { level: 2 })).not.toContainText('Not ready');

    // The final report lists the round in its appendix.
    const final = await download(page, page.getByRole('button', { name: 'Render IO report as PDF' }), dir, 'final.pdf');
    await expect(page.getByTestId('render-outcome')).toContainText('is ready', { timeout: 60_000 });
    if (!final) return;
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', final, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Appendix 3: The fact-check round');
    expect(text).toContain('SW1 replied to the email of 2 May on 9 May. (from Team Manager)');
    expect(text).toContain('Not accepted. The IRO was interviewed on 15 November 2024 (I4).');
    expect(text).not.toContain('Fact-check draft');
    expect(readFileSync(final).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
