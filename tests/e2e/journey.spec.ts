// The main user journey, as a new Investigating Officer lives it: create a casefile, write
// the Statement of Complaint (three points), record that it was agreed, record a finding on
// every point, find the IO report not ready without its own chapters, and produce it as a
// marked draft, PDF and Word. The files that come out are
// checked as files: the PDF's text (pdftotext) and the DOCX's word/document.xml carry the
// points.
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { addPerson, createCasefile } from './helpers.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';

const points = [
  { summary: 'The review of the child’s plan was held late', detail: 'Ms A complains that the review due in March was held in June.', outcome: 'Upheld' },
  { summary: 'Calls to the social worker were not returned', detail: 'Ms A complains that five calls in April went unanswered.', outcome: 'Partially upheld' },
  { summary: 'Family time was changed without notice', detail: 'Ms A complains that contact was moved with a day’s notice.', outcome: 'Not upheld' },
] as const;

/** Text compared across renderers: one space for any run of white space, straight quotes. */
function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

test('a new user creates a casefile, agrees three points, records findings and produces the IO report', async ({ page }) => {
  test.setTimeout(180_000);
  // The CSP forbids inline styles and scripts: the app must never trip it.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const title = uniqueTitle('Journey');
  await createCasefile(page, title);
  const nav = page.getByRole('navigation', { name: 'Casefile' });
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status' })).toContainText(title.slice(0, 20));

  // --- The Statement of Complaint: three points, then agreed.
  await nav.getByRole('button', { name: /Statement of Complaint/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statement of Complaint' })).toBeVisible();
  for (const [i, point] of points.entries()) {
    await page.getByRole('button', { name: i === 0 ? 'Add point' : 'Add another point' }).click();
    const card = page.getByRole('listitem', { name: `Point ${i + 1}` });
    await expect(card.getByLabel('Summary (one line)')).toBeFocused();
    await page.keyboard.type(point.summary);
    await card.getByLabel('The complaint as agreed').fill(point.detail);
  }
  await expect(page.getByTestId('point')).toHaveCount(3);
  // Reorder with the keyboard and back again: the order survives as numbers 1..3 after renumbering.
  await page.getByRole('button', { name: 'Move point 3 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('point').nth(1)).toContainText(points[2].summary);
  await expect(page.getByRole('button', { name: 'Move point 3 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('point').nth(0)).toContainText(points[2].summary);
  await page.getByRole('button', { name: 'Move point 3 down' }).click();
  await page.getByRole('button', { name: 'Move point 3 down' }).click();
  await expect(page.getByTestId('point').nth(2)).toContainText(points[2].summary);
  await page.getByLabel('Date sent to the complainant').fill('2024-10-28');
  await page.getByLabel('Date agreed').fill('2024-11-04');
  await expect(page.getByText('Monday 4 November 2024')).toBeVisible();
  await page.getByLabel('How it was agreed').fill('By email from the complainant');
  await page.getByLabel('How it was agreed').blur();
  await waitSaved(page);

  // The Stage 2 clock now runs from the agreement: due 9 December 2024 (25 working days).
  await nav.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByTestId('clock-stage2.response')).toContainText('Monday 9 December 2024');
  await expect(page.getByTestId('progress-count')).toHaveText('0 of 3');

  // --- Findings on every point.
  await nav.getByRole('button', { name: 'Findings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  const findingsNav = page.getByRole('navigation', { name: /Points/ });
  for (const point of points) {
    await findingsNav.getByRole('button', { name: new RegExp(point.summary) }).click();
    await expect(page.getByRole('heading', { level: 2, name: point.summary })).toBeVisible();
    await page.getByRole('radio', { name: point.outcome, exact: true }).check();
    await page.getByTestId('finding-evidence').fill(`The records show what happened on ${point.summary.toLowerCase()}.`);
    await page.getByTestId('finding-analysis').fill(`On the balance of probabilities the finding on “${point.summary}” follows from the records.`);
    await page.getByTestId('finding-conclusion').fill(`${point.outcome}.`);
    if (point.outcome !== 'Not upheld') {
      await page.getByRole('button', { name: 'Add recommendation' }).click();
      await page.getByLabel(/^Recommendation \d+$/).fill('The service apologises to Ms A and reviews its practice within three months.');
      await page.getByLabel('Owner').fill('Head of Service');
      await page.getByLabel('Owner').blur();
    }
    await waitSaved(page);
  }
  await expect(findingsNav).toContainText('3 of 3 decided');

  // The findings are in the casefile, not only on screen: lock, unlock, and they are still there.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Passphrase').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking returns to the screen the user was on.
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeFocused();
  await expect(findingsNav).toContainText('3 of 3 decided');
  await nav.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByTestId('progress-count')).toHaveText('3 of 3');

  // --- The complainant, in the anonymisation register.
  await nav.getByRole('button', { name: /^People/ }).click();
  await addPerson(page, { name: 'Sarah Jones', label: 'Ms A', role: 'Complainant' });
  await waitSaved(page);

  // --- The IO report as PDF and Word.
  await nav.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  // The points and findings are in, but the report's own chapters (introduction, methodology,
  // law, conclusions) are not written, nor is the council's name: the card says so, and a final copy is refused in the
  // app's words. A marked draft can be made to read it.
  const ioCard = page.getByTestId('document-io-report');
  await expect(ioCard.getByText('Not ready', { exact: true })).toBeVisible();
  await expect(ioCard).toContainText('IO report: the chapter "Introduction and commissioning" is not written.');
  await expect(page.getByRole('radio', { name: 'Final' })).toBeChecked();
  await page.getByRole('button', { name: 'Render IO report as PDF' }).click();
  await expect(page.getByTestId('render-outcome')).toHaveText(/^The IO report is not ready: IO report: the chapter "Introduction and commissioning" is not written \(and 4 more\)\. The Documents screen lists them/);
  await page.getByRole('radio', { name: 'Draft (marked DRAFT)' }).check();

  const pdf = await renderFromScreen(page, 'Render IO report as PDF');
  expect(cspViolations, 'no Content-Security-Policy violations').toEqual([]);
  expect(pdf.message).toMatch(/\.pdf/);
  const docx = await renderFromScreen(page, 'Render IO report as Word (DOCX)');
  expect(docx.message).toMatch(/\.docx/);
  if (!pdf.file || !docx.file) return; // Electron: saved through the (stubbed) save dialog

  const read = renderedPdfText(pdf);
  if (read !== undefined) {
    const text = plain(read);
    for (const point of points) expect(text).toContain(plain(point.summary));
    // DRAFT is drawn across each page; pdftotext reads its letters apart.
    expect(text, 'the draft is marked DRAFT').toMatch(/D ?R ?A ?F ?T/);
    expect(text, 'the anonymised report does not name the complainant').not.toContain('Sarah Jones');
  }

  expect(docx.file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const files = unzipSync(new Uint8Array(docx.file.bytes));
  const xml = files['word/document.xml'];
  expect(xml, 'word/document.xml is in the DOCX').toBeDefined();
  const body = strFromU8(xml!);
  for (const point of points) expect(body).toContain(point.summary);
  expect(body).not.toContain('Sarah Jones');
});
