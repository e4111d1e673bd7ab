// The adjudicating officer's work and the end of Stage 3, through the screens alone.
// 1. On a case made in the app (no import: the Investigating Officer's part is done on the
//    Statement, Findings and People screens first), the adjudicating officer records everything
//    on the Adjudication screen: themselves, the date (which closes the Stage 2 clock), an
//    accepted and a varied finding with reasons, apology, remedy, payment, the meeting offer, an
//    action plan with a declined recommendation and its reasons. The Overview then shows the
//    Stage 2 clock met and tracks the open action to completion; the letter renders without
//    DRAFT, and its PDF, read back with pdftotext, says what was recorded.
// 2. On the Stage 3 sample: the Review panel screen refuses the Stage 2 Independent Person as a
//    member at the checkbox, and records the Director's response with reasons for a departure;
//    the panel report then ends with that response.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { addPerson, createCasefile, PASSPHRASE, relock, seriousViolations } from './helpers.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';
import { workspace } from './workspace.ts';

const points = [
  { summary: 'The review of the child’s plan was held late', detail: 'Ms A complains that the review due in March was held in June.', outcome: 'Upheld', recommendation: 'The service puts in place a way of re-arranging a review within 20 working days.' },
  { summary: 'Calls to the social worker were not returned', detail: 'Ms A complains that five calls in April went unanswered.', outcome: 'Partially upheld', recommendation: 'The service names a cover social worker for every absence over five working days.' },
] as const;

const VARY_REASONS = 'The call log shows that none of the five calls was returned, so the whole of this point is justified.';
const DECLINE_REASONS = 'A cover social worker is already named by the duty system introduced in September.';

/** Text compared across renderers: one space for any run of white space, straight quotes. */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

async function waitSaved(page: Page): Promise<void> {
  await expect(workspace.saveState(page)).toHaveText('Saved');
}

/** Renders a document as a final PDF from the Documents screen; its text, read back with pdftotext (web host only: Electron saves it through its dialog). */
async function renderFinalPdf(page: Page, document: string): Promise<string | undefined> {
  await workspace.open(page, 'Documents');
  await page.getByRole('radio', { name: 'Final' }).check();
  const rendered = await renderFromScreen(page, `Render ${document} as PDF`);
  expect(rendered.message).toContain('.pdf');
  const text = renderedPdfText(rendered);
  return text === undefined ? undefined : plain(text);
}

/** The Investigating Officer's part of a new case, on its own screens: two agreed points, a finding and a recommendation on each, the complainant. */
async function investigate(page: Page): Promise<void> {
  await workspace.open(page, 'Statement of Complaint');
  for (const [i, point] of points.entries()) {
    await page.getByRole('button', { name: i === 0 ? 'Add point' : 'Add another point' }).click();
    const card = page.getByRole('listitem', { name: `Point ${i + 1}` });
    await card.getByLabel('Summary (one line)').fill(point.summary);
    await card.getByLabel('The complaint as agreed').fill(point.detail);
  }
  await page.getByLabel('Date sent to the complainant').fill('2024-10-28');
  await page.getByLabel('Date agreed').fill('2024-11-04');
  await page.getByLabel('How it was agreed').fill('By email from the complainant');
  await page.getByLabel('How it was agreed').blur();
  await waitSaved(page);

  await workspace.open(page, 'Findings');
  for (const point of points) {
    await workspace.findingsPoints(page).getByRole('button', { name: new RegExp(point.summary) }).click();
    await workspace.outcome(page, point.outcome).check();
    await workspace.findingEvidence(page).fill('The records show what happened.');
    await workspace.findingAnalysis(page).fill('On the balance of probabilities the records are right.');
    await workspace.findingConclusion(page).fill(`${point.outcome}.`);
    await page.getByRole('button', { name: 'Add recommendation' }).click();
    await page.getByLabel(/^Recommendation \d+$/).fill(point.recommendation);
    await page.getByLabel('Owner').fill('Head of Service');
    await page.getByLabel('Owner').blur();
    await waitSaved(page);
  }

  // The letter tells the complainant how to reach the complaints manager to ask for a review panel.
  await workspace.open(page, 'Case details');
  // A new casefile holds a placeholder for the council, which no document may print.
  await expect(page.getByLabel('Council', { exact: true })).toHaveValue('');
  await page.getByLabel('Council', { exact: true }).fill('Exampleton Council');
  const manager = page.getByRole('region', { name: 'Complaints manager' });
  await manager.getByLabel('Email').fill('complaints@council.example');
  await manager.getByLabel('Email').blur();
  await waitSaved(page);

  await workspace.open(page, 'People');
  // A complainant added from the form is on the complaint as its complainant.
  await addPerson(page, { name: 'Sarah Jones', label: 'Ms A', role: 'Complainant' });
  await waitSaved(page);
}

test('an adjudicating officer records everything for a case made in the app; the Stage 2 clock closes and the letter renders final', async ({ page }) => {
  test.setTimeout(240_000);
  await createCasefile(page, uniqueTitle('Adjudication'));
  await investigate(page);

  // Before the adjudication: the Stage 2 clock runs on, and the letter is not ready.
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('clock-stage2.response')).toContainText('Overdue');
  await expect(page.getByTestId('action-plan-summary')).toHaveCount(0); // the IO's recommendations are not an action plan yet

  await workspace.open(page, 'Adjudication');
  expect(await seriousViolations(page), 'Adjudication, nothing recorded').toBe('');
  // The keyboard goes down the page in the order it reads: who, when, then the first point.
  // (Tab moves between the day, month and year inside a date field, so the date is reached from both sides.)
  await page.getByLabel('Adjudicating officer').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date of the response')).toBeFocused();
  await page.getByRole('button', { name: 'Add the adjudicating officer to the people' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Date of the response')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add the adjudicating officer to the people' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('article', { name: /^Point 1:/ }).getByRole('radio', { name: 'Accept the finding' })).toBeFocused();
  // Cancelling the form gives the keyboard back to the button that opened it.
  await page.getByRole('button', { name: 'Add the adjudicating officer to the people' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add the adjudicating officer to the people' })).toBeFocused();

  // The adjudicating officer is new to the case: added from here, and chosen at once.
  await page.getByRole('button', { name: 'Add the adjudicating officer to the people' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Add and choose them' }).click();
  await expect(page.getByText('Enter the adjudicating officer’s name.')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Karen Holt');
  await page.getByLabel('Job title').fill('Head of Service, Children in Care');
  await page.getByRole('button', { name: 'Add and choose them' }).click();
  await expect(page.getByLabel('Adjudicating officer')).toBeFocused();
  await expect(page.getByLabel('Adjudicating officer').locator('option:checked')).toHaveText('Karen Holt, Head of Service, Children in Care');

  // The date of the response ends the Stage 2 clock: 25 working days from 4 November 2024 is 9 December.
  await page.getByLabel('Date of the response').fill('2024-12-06');
  await expect(page.getByTestId('adjudication-stage2-clock')).toHaveText('Met Stage 2 response due Monday 9 December 2024: met (the adjudication letter was sent on Friday 6 December 2024).');
  await waitSaved(page);
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('action-plan-summary')).toHaveText('No action plan yet: none of the 2 recommendations has a response.');
  await workspace.open(page, 'Adjudication');

  // Point 1 accepted; point 2 varied, which needs the new outcome and the reasons (the screen says so at the fields).
  const point1 = page.getByRole('article', { name: /^Point 1:/ });
  const point2 = page.getByRole('article', { name: /^Point 2:/ });
  await expect(point1.getByText('Upheld', { exact: true })).toBeVisible();
  await point1.getByRole('radio', { name: 'Accept the finding' }).check();
  await point2.getByRole('radio', { name: 'Vary the finding' }).check();
  await expect(point2.getByText('Not ready: choose the new outcome.')).toBeVisible();
  await expect(point2.getByText('Not ready: give your reasons for varying the finding.')).toBeVisible();
  await point2.getByLabel('New outcome on point 2').selectOption({ label: 'Upheld' });
  await point2.getByLabel('Reasons for varying the finding on point 2').fill(VARY_REASONS);
  await point2.getByLabel('Reasons for varying the finding on point 2').blur();
  await expect(point2.getByText(/^Not ready/)).toHaveCount(0);

  // Apology, remedy, a payment (a sum the letter states: a bad one is refused at the field), a meeting.
  await page.getByLabel('Apology', { exact: true }).fill('I apologise for the late review and for the calls that were never returned.');
  await page.getByLabel('Remedy', { exact: true }).fill('Your child’s next review has been booked for 10 January.');
  await page.getByLabel('Payment, in pounds (optional)').fill('25o');
  await page.getByLabel('Payment, in pounds (optional)').blur();
  await expect(page.getByText('Enter the amount in pounds, such as 250 or 99.50.')).toBeVisible();
  await page.getByLabel('Payment, in pounds (optional)').fill('£250');
  await page.getByLabel('Payment, in pounds (optional)').blur();
  await expect(page.getByText('Enter the amount in pounds, such as 250 or 99.50.')).toHaveCount(0);
  await page.getByLabel('What the payment is for').fill('in recognition of the time and trouble the delay caused you');
  await page.getByRole('radio', { name: 'Yes, offer a meeting' }).check();

  // The action plan: recommendation 1 accepted, with its action; recommendation 2 declined, which needs reasons.
  const rec1 = page.getByRole('article', { name: 'Recommendation 1' });
  const rec2 = page.getByRole('article', { name: 'Recommendation 2' });
  await expect(rec1).toContainText(points[0].recommendation);
  await rec1.getByRole('radio', { name: 'Accepted', exact: true }).check();
  await expect(rec1.getByRole('radio', { name: 'Accepted', exact: true })).toBeFocused();
  const action1 = rec1.getByRole('group', { name: /^The action for recommendation 1/ });
  await action1.getByLabel('What will be done').fill('A re-arrangement procedure will be added to the practice guidance.');
  await action1.getByLabel('Owner').fill('Head of Independent Reviewing');
  await action1.getByLabel('Due by').fill('2025-01-31');
  await rec2.getByRole('radio', { name: 'Declined' }).check();
  await expect(rec2.getByText('Not ready: give your reasons for not accepting the recommendation in full.')).toBeVisible();
  await rec2.getByLabel('Reasons for not accepting recommendation 2 in full').fill(DECLINE_REASONS);
  await rec2.getByLabel('Reasons for not accepting recommendation 2 in full').blur();
  await expect(rec2.getByText(/^Not ready/)).toHaveCount(0);
  await expect(action1.getByTestId('action-state')).toHaveText('Overdue');
  await waitSaved(page);
  expect(await seriousViolations(page), 'Adjudication, everything recorded').toBe('');

  // Kept in the casefile, not only on screen.
  await relock(page);
  await workspace.open(page, 'Adjudication');
  await expect(page.getByRole('article', { name: /^Point 2:/ }).getByLabel('Reasons for varying the finding on point 2')).toHaveValue(VARY_REASONS);
  await expect(page.getByLabel('Payment, in pounds (optional)')).toHaveValue('250');
  await expect(page.getByRole('article', { name: 'Recommendation 2' }).getByRole('radio', { name: 'Declined' })).toBeChecked();

  // The Overview: the Stage 2 clock is met, not overdue; the open action is flagged overdue until it is done.
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('clock-stage2.response')).toContainText('Met');
  await expect(page.getByTestId('clock-stage2.response')).not.toContainText('overdue');
  await expect(page.getByTestId('action-plan-summary')).toHaveText('2 actions: 1 overdue, 0 open, 0 done, 1 declined.');
  await expect(page.getByTestId('open-action')).toHaveCount(1);
  await expect(page.getByTestId('open-action')).toContainText('Overdue Recommendation 1: A re-arrangement procedure will be added to the practice guidance. · Head of Independent Reviewing · was due Friday 31 January 2025');
  expect(await seriousViolations(page), 'Overview with the action plan').toBe('');
  await page.getByRole('link', { name: 'Go to the action plan' }).click();
  await page.getByRole('article', { name: 'Recommendation 1' }).getByLabel('Completed on').fill('2025-02-14');
  await expect(page.getByRole('article', { name: 'Recommendation 1' }).getByTestId('action-state')).toHaveText('Done');
  await waitSaved(page);
  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('action-plan-summary')).toHaveText('2 actions: 0 overdue, 0 open, 1 done, 1 declined.');
  await expect(page.getByText('Every action is done or declined.')).toBeVisible();

  // The letter is ready, and renders final: what the screen recorded is in the PDF.
  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('document-adjudication-letter').getByText('Ready', { exact: true })).toBeVisible();
  const text = await renderFinalPdf(page, 'Adjudication letter (anonymised copy)');
  if (text === undefined) return;
  expect(text, 'a final letter is not marked DRAFT').not.toContain('DRAFT');
  expect(text).toContain(plain("Point 1: The review of the child's plan was held late. The Investigating Officer's finding: upheld. I accept this finding."));
  expect(text).toContain("Point 2: Calls to the social worker were not returned. The Investigating Officer's finding: partially upheld. I have varied this finding to upheld.");
  expect(text).toContain(VARY_REASONS);
  // The action plan's table (its columns are the layout's business: only what the cells say is checked).
  expect(text).toContain('What we will do');
  expect(text).toMatch(/\bAccepted\. A re-arrangement procedure will be\b/); // the decision leads the action, beside the recommendation's own words
  expect(text).toContain('Head of');
  expect(text).toMatch(/\bDeclined\. Not applicable Not applicable\b/);
  expect(text).toContain(`Recommendation 2 (declined): ${DECLINE_REASONS}`);
  expect(text).toContain('The council will pay you £250 in recognition of the time and trouble the delay caused you.');
  expect(text).toContain('I apologise for the late review');
  // Signed by the officer chosen, by label and job title (the anonymised letter).
  expect(text).toMatch(/Yours sincerely, The Adjudicating Officer Head of Service, Children in Care/);
});

test('the Stage 3 end: the Stage 2 IP is refused as a panel member at once, and the Director responds to each recommendation with reasons', async ({ page }) => {
  test.setTimeout(180_000);
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(resolve(import.meta.dirname, '../../assets/sample-case.json'));
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();

  // Regulation 19, at the checkbox itself: the IP cannot be ticked, and the reason is beside it.
  await workspace.open(page, 'Review panel');
  const members = page.getByRole('group', { name: 'Panel members' });
  const ip = members.getByRole('checkbox', { name: 'the Independent Person (David Marsh)' });
  await expect(ip).toBeDisabled();
  await expect(ip).not.toBeChecked();
  await expect(ip).toHaveAccessibleDescription('The Stage 2 Independent Person may not sit on the review panel (Regulation 19).');
  await expect(members.getByTestId('panel-member-refused')).toBeVisible();
  await expect(page.getByLabel('Chair', { exact: true }).locator('option', { hasText: 'David Marsh' })).toHaveCount(0);
  await expect(members.getByRole('checkbox', { name: 'Panel Member 1 (Rajesh Kumar)' })).toBeEnabled();

  // The Director's response: P1 accepted; P2 not accepted, which needs written reasons.
  const response = page.getByRole('region', { name: "The Director's response" });
  await expect(page.getByTestId('panel-response-clock')).toContainText('Council’s response to the panel due Wednesday 26 March 2025');
  const p1 = response.getByRole('article', { name: 'Response to panel recommendation P1' });
  const p2 = response.getByRole('article', { name: 'Response to panel recommendation P2' });
  await p1.getByRole('radio', { name: 'Accepted', exact: true }).check();
  await p2.getByRole('radio', { name: 'Not accepted' }).check();
  await expect(p2.getByText('Not ready: the Director departs from the panel without written reasons.')).toBeVisible();
  expect(await seriousViolations(page), "Review panel, the Director's response").toBe('');

  // Documents says the same, and its link goes to the reasons.
  await workspace.open(page, 'Documents');
  const report = page.getByTestId('document-panel-report');
  await expect(report.getByText('Not ready')).toBeVisible();
  await report.getByRole('link', { name: "Panel recommendation P2: the Director departs from the panel's recommendation without written reasons." }).click();
  await expect(page.getByLabel('Reasons for departing from panel recommendation P2')).toBeFocused();
  await page.keyboard.type('Email invitations are already sent; ten working days would delay urgent meetings.');
  await page.getByLabel('Independent Person from Stage 2 consulted on').fill('2025-03-18');
  await page.getByLabel("Date of the Director's response").fill('2025-03-20');
  await expect(page.getByTestId('panel-response-clock')).toContainText('met (the council responded to the panel on Thursday 20 March 2025)');
  await waitSaved(page);

  await workspace.open(page, 'Overview');
  await expect(page.getByTestId('clock-stage3.response')).toContainText('Met');
  await expect(page.getByTestId('director-response-summary')).toContainText("2 of 2 panel recommendations answered by the Director of Children's Services.");
  await expect(page.getByTestId('director-response-summary')).toContainText('The Independent Person from Stage 2 was consulted on Tuesday 18 March 2025.');

  await workspace.open(page, 'Documents');
  await expect(page.getByTestId('document-panel-report').getByText('Ready', { exact: true })).toBeVisible();
  const text = await renderFinalPdf(page, 'Panel report');
  if (text === undefined) return;
  expect(text).not.toContain('DRAFT');
  expect(text).toContain('The response to the recommendations');
  expect(text).toContain("The Director of Children's Services responded to the panel's recommendations on 20 March 2025, having considered this report together with the Independent Person from Stage 2 on 18 March 2025.");
  expect(text).toContain('Response: Accepted.');
  expect(text).toContain('Response: Not accepted.');
  expect(text).toContain('Reasons: Email invitations are already sent; ten working days would delay urgent meetings.');
});
