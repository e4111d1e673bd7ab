// The screens of the case's own record, as a user fills them in from nothing: Case details
// (the case and the council), Complaint (who complains, for which child, representatives,
// the dates, the background), People (added through a small form, each an editable card, the
// form of address the letter greets them by) and the IO report's own chapters (guidance, and a
// standard paragraph put in at the cursor, filled from the case). Every value is checked after
// a lock and unlock, and where a document prints it, in the PDF read back with pdftotext.
// Each screen passes axe at 1280x800 and 1024x700, with no sideways scrolling.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, addPerson, createCasefile, relock, seriousViolations, sidewaysOverflow } from './helpers.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';
import { workspace } from './workspace.ts';
import type { ScreenLabel } from './workspace.ts';

const sample = resolve(import.meta.dirname, '../fixtures/sample-case.json');

/** Renders a document as PDF from the Documents screen (web host: the download) and gives its text; undefined where it cannot be read here. */
async function renderedText(page: Page, document: string, options: { named: boolean; draft: boolean }): Promise<string | undefined> {
  await workspace.open(page, 'Documents');
  await page.getByRole('radio', { name: options.named ? 'Named' : 'Anonymised (labels)' }).check();
  await page.getByRole('radio', { name: options.draft ? 'Draft (marked DRAFT)' : 'Final' }).check();
  // The adjudication letter comes as the letter to send (named) and its anonymised copy, each with its own buttons.
  const version = document === 'Adjudication letter' ? (options.named ? ' (to send, named)' : ' (anonymised copy)') : '';
  const text = renderedPdfText(await renderFromScreen(page, `Render ${document}${version} as PDF`));
  return text?.replace(/\s+/g, ' ');
}

/** axe and no sideways scrolling, at both window sizes the app is made for. */
async function checkAtBothSizes(page: Page, screen: string): Promise<void> {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await sidewaysOverflow(page);
    expect(overflow, `${screen} at ${size.width}x${size.height} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page), `${screen} at ${size.width}x${size.height}`).toBe('');
  }
}

async function saved(page: Page): Promise<void> {
  await expect(workspace.saveState(page)).toHaveText('Saved');
}

test('Case details: the case and the council, in keyboard order, kept in the casefile and printed on the letter', async ({ page }) => {
  test.setTimeout(150_000);
  await createCasefile(page, uniqueTitle('Case details'));
  await workspace.open(page, 'Case details');

  // The keyboard goes down the form in reading order.
  await page.getByLabel('Title', { exact: true }).focus();
  const order = ['Your role', 'Procedure', 'Stage', "Council's reference", 'Your own reference', 'Security classification'];
  for (const label of order) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  }

  await page.getByLabel('Your role').selectOption({ label: 'Investigating Officer' });
  await page.getByLabel("Council's reference").fill('CSC/S2/2026/0042');
  await page.getByLabel('Your own reference').fill('HP-26-003');
  await page.getByLabel('Security classification').fill('OFFICIAL-SENSITIVE PERSONAL');
  await page.getByLabel('Council', { exact: true }).fill('London Borough of Exampleton');
  await page.getByLabel('Service', { exact: true }).fill("Children's Social Care");
  await page.getByLabel('Address', { exact: true }).fill('Complaints Team\nExampleton Civic Centre\n1 Market Square\nExampleton EX1 1AA');
  await page.getByLabel('Title of the Director').fill('Director of Children and Families');
  const manager = page.getByRole('region', { name: 'Complaints manager' });
  await manager.getByLabel('Name').fill('Ruth Adeyemi');
  await manager.getByLabel('Email').fill('complaints@exampleton.gov.uk');
  await manager.getByLabel('Telephone').fill('020 7946 0000');
  await manager.getByLabel('Telephone').blur();
  // An emptied title is not saved: the casefile needs one, and the field says so.
  await page.getByLabel('Title', { exact: true }).fill('');
  await page.getByLabel('Title', { exact: true }).blur();
  await expect(page.getByText('Enter a title: the case keeps its last one until you do.')).toBeVisible();
  await checkAtBothSizes(page, 'Case details');
  await saved(page);

  await relock(page);
  await workspace.open(page, 'Case details');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/^Case details /);
  await expect(page.getByLabel("Council's reference")).toHaveValue('CSC/S2/2026/0042');
  await expect(page.getByLabel('Your own reference')).toHaveValue('HP-26-003');
  await expect(page.getByLabel('Security classification')).toHaveValue('OFFICIAL-SENSITIVE PERSONAL');
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('Complaints Team\nExampleton Civic Centre\n1 Market Square\nExampleton EX1 1AA');
  await expect(page.getByLabel('Title of the Director')).toHaveValue('Director of Children and Families');
  await expect(manager.getByLabel('Email')).toHaveValue('complaints@exampleton.gov.uk');

  // The letter (a draft: the case has no findings yet) prints the council, its address and reference, and the manager's contact.
  const letter = await renderedText(page, 'Adjudication letter', { named: false, draft: true });
  if (letter !== undefined) {
    expect(letter).toContain("London Borough of Exampleton Children's Social Care Complaints Team Exampleton Civic Centre 1 Market Square Exampleton EX1 1AA");
    expect(letter).toContain('Our reference: CSC/S2/2026/0042');
    expect(letter).toContain('OFFICIAL-SENSITIVE PERSONAL');
    expect(letter).toContain('complaints@exampleton.gov.uk');
    expect(letter).toContain('Director of Children and Families');
  }
});

test('People: "Add person" starts empty and creates nobody without a name; each person opens as a card with every field; all kept', async ({ page }) => {
  test.setTimeout(150_000);
  await createCasefile(page, uniqueTitle('People'));
  await workspace.open(page, 'People');
  const form = page.getByRole('form', { name: 'Add a person' });
  // No one yet: the form is already open.
  await expect(form).toBeVisible();
  await form.getByLabel('Name').focus();
  await expect(form.getByLabel('Name')).toHaveValue('');
  // Without a name nobody is made, and the form says why.
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter the person’s name.');
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(page.getByTestId('person')).toHaveCount(0);
  // Typed into the empty name: exactly what was typed.
  await page.keyboard.type('Sarah Pryce-Jones');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ms A');
  await form.getByLabel('Role').selectOption({ label: 'Complainant' });
  await form.getByLabel('Label in documents').press('Enter');
  await expect(form.getByRole('status')).toContainText('Added Sarah Pryce-Jones as “Ms A”, on the complaint as complainant.');
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Name')).toHaveValue('');
  // A second one; a label already used is refused; one left without a label gets "Person 3".
  await addPerson(page, { name: 'Liam Jones', label: 'Child B', role: 'Child' });
  await form.getByLabel('Name').fill('Priya Patel');
  await form.getByLabel('Label in documents').fill('ms a');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('alert')).toContainText('“Ms A” is already the label of Sarah Pryce-Jones');
  await form.getByLabel('Label in documents').fill('');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('status')).toContainText('Added Priya Patel as “Person 3”.');
  await form.getByRole('button', { name: 'Done adding people' }).click();
  await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused();
  await expect(page.getByTestId('person')).toHaveCount(3);

  // Sarah's card: every field.
  const sarah = page.getByTestId('person').filter({ hasText: 'Sarah Pryce-Jones' });
  await sarah.getByRole('button', { name: 'Edit Sarah Pryce-Jones (Ms A)' }).click();
  await sarah.getByLabel('Job title').fill('Parent carer');
  await sarah.getByLabel('Organisation').fill('Exampleton Parents Forum');
  await sarah.getByLabel('How to address them in a letter').fill('Mrs Pryce-Jones');
  await sarah.getByLabel('Postal address').fill('14 Elm Road\nExampleton EX2 4BB');
  await sarah.getByLabel('Other names (aliases)').fill('Sally\nSarah Smith');
  await sarah.getByLabel('Other names (aliases)').blur();
  // A label cannot be emptied or taken from someone else.
  await sarah.getByLabel('Label in documents').fill('Child B');
  await sarah.getByLabel('Label in documents').blur();
  await expect(sarah.getByText(/“Child B” is already the label of Liam Jones/)).toBeVisible();
  await sarah.getByLabel('Label in documents').fill('Ms A');
  await sarah.getByLabel('Label in documents').blur();
  const priya = page.getByTestId('person').filter({ hasText: 'Priya Patel' });
  await priya.getByRole('button', { name: 'Edit Priya Patel (Person 3)' }).click();
  await priya.getByLabel('Label in documents').fill('SW1');
  await priya.getByLabel('Role').selectOption({ label: 'Staff' });
  await priya.getByLabel('Job title').fill('Social Worker');
  await priya.getByLabel('Job title').blur();
  await checkAtBothSizes(page, 'People with two cards open');
  await saved(page);

  await relock(page);
  await workspace.open(page, 'People');
  await expect(page.getByTestId('person')).toHaveText([/Sarah Pryce-Jones\s*Ms A\s*Complainant · Parent carer, Exampleton Parents Forum/, /Liam Jones\s*Child B\s*Child/, /Priya Patel\s*SW1\s*Staff · Social Worker/]);
  await sarah.getByRole('button', { name: 'Edit Sarah Pryce-Jones (Ms A)' }).click();
  await expect(sarah.getByLabel('How to address them in a letter')).toHaveValue('Mrs Pryce-Jones');
  await expect(sarah.getByLabel('Postal address')).toHaveValue('14 Elm Road\nExampleton EX2 4BB');
  await expect(sarah.getByLabel('Other names (aliases)')).toHaveValue('Sally\nSarah Smith');
  await expect(sarah.getByLabel('Organisation')).toHaveValue('Exampleton Parents Forum');

  // Added as complainant and child, they are on the complaint.
  await workspace.open(page, 'Complaint');
  await expect(page.getByRole('checkbox', { name: 'Sarah Pryce-Jones (Ms A) is a complainant' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Liam Jones (Child B) is a child the complaint is about' })).toBeChecked();

  // Deleting someone on the complaint takes them off it too, and offers to undo both.
  await workspace.open(page, 'People');
  await page.getByTestId('person').filter({ hasText: 'Liam Jones' }).getByRole('button', { name: 'Delete Liam Jones (Child B)' }).click();
  await expect(page.getByTestId('person')).toHaveCount(2);
  await expect(page.getByTestId('undo-offer')).toContainText('Deleted Child B from the register.');
  await saved(page);
  await workspace.open(page, 'Complaint');
  await expect(page.getByRole('checkbox', { name: /^Liam Jones/ })).toHaveCount(0);
});

test('Complaint: who complains, for which child, representatives, the dates and the background, linked from readiness and the clocks', async ({ page }) => {
  test.setTimeout(150_000);
  await createCasefile(page, uniqueTitle('Complaint'));
  await workspace.open(page, 'People');
  await addPerson(page, { name: 'Sarah Jones', label: 'Ms A', role: 'Parent' });
  await addPerson(page, { name: 'Liam Jones', label: 'Child B', role: 'Child' });
  await addPerson(page, { name: 'Grace Whitfield', label: 'the advocate', role: 'Advocate' });

  // No complainant yet: the Overview's readiness links to the complaint's people.
  await workspace.open(page, 'Overview');
  await page.getByRole('link', { name: /complaint: no complainant is recorded/i }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaint' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Who is complaining' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'Sarah Jones (Ms A) is a complainant' }).check();
  await page.getByRole('checkbox', { name: 'Grace Whitfield (the advocate) is a representative' }).check();
  await expect(page.getByRole('checkbox', { name: 'Liam Jones (Child B) is a child the complaint is about' })).toBeChecked();
  await page.getByLabel('Complaint received').fill('2026-09-01');
  await page.getByLabel('Stage 1 response sent').fill('2026-09-29');
  await page.getByLabel('Stage 2 requested').fill('2026-10-12');
  await page.getByLabel('Background to the complaint').fill('Child B has lived with foster carers since 2025.\n\nMs A complained at Stage 1 about family time.');
  await page.getByLabel('Background to the complaint').blur();
  await checkAtBothSizes(page, 'Complaint');
  await saved(page);

  // The Stage 1 clock counts from the date received and is ended by the response: each a link back here.
  await workspace.open(page, 'Overview');
  const stage1 = page.getByTestId('clock-stage1.response');
  await expect(stage1).toContainText('Due Tuesday 15 September 2026');
  await stage1.getByRole('button', { name: /^Stage 1 response sent/ }).click();
  await expect(page.getByLabel('Stage 1 response sent')).toBeFocused();

  await relock(page);
  await workspace.open(page, 'Complaint');
  await expect(page.getByRole('checkbox', { name: 'Sarah Jones (Ms A) is a complainant' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Grace Whitfield (the advocate) is a representative' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Liam Jones (Child B) is a complainant' })).not.toBeChecked();
  await expect(page.getByLabel('Stage 2 requested')).toHaveValue('2026-10-12');
  await expect(page.getByLabel('Background to the complaint')).toHaveValue('Child B has lived with foster carers since 2025.\n\nMs A complained at Stage 1 about family time.');

  // The IO report prints the background, and the letter is copied to the representative.
  const report = await renderedText(page, 'IO report', { named: false, draft: true });
  if (report !== undefined) {
    expect(report).toContain('Child B has lived with foster carers since 2025. Ms A complained at Stage 1 about family time.');
    expect(report).not.toContain('Sarah');
  }
  const letter = await renderedText(page, 'Adjudication letter', { named: false, draft: true });
  if (letter !== undefined) expect(letter).toContain('Copy to: the advocate');
});

test('IO report: each chapter says what goes in it, and a standard paragraph goes in at the cursor, filled from the case, editable and printed', async ({ page }) => {
  test.setTimeout(150_000);
  await createCasefile(page, uniqueTitle('IO report chapters'));
  await workspace.open(page, 'Case details');
  await page.getByLabel('Council', { exact: true }).fill('Kent County Council');
  await page.getByLabel('Council', { exact: true }).blur();
  await workspace.open(page, 'People');
  await addPerson(page, { name: 'Sarah Jones', label: 'Ms A', role: 'Complainant' });
  await addPerson(page, { name: 'David Marsh', label: 'IP1', role: 'Independent Person' });

  await workspace.open(page, 'IO report');
  const headings = ['Introduction and commissioning', 'Methodology', 'Law, guidance and policy', 'Background', 'Conclusions'];
  // The chapters, in order (the Preview region beside them, and the fact-check round below
  // them, have headings of their own).
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasNotText: /^(Preview:|Fact-check$)/ })).toHaveText(headings);
  const methodology = page.getByRole('textbox', { name: 'Methodology' });
  await expect(methodology).toHaveAccessibleDescription(/records and documents read, who was interviewed/);

  // Typed text, the cursor put at its start, the paragraph inserted there: before it, a blank line between.
  await methodology.fill('I also visited the foster home.');
  await methodology.press('Control+Home');
  const chapter = page.getByTestId('chapter-methodology');
  await chapter.getByRole('button', { name: 'Insert standard paragraph: How the investigation was carried out' }).click();
  await expect(chapter.getByRole('status').filter({ hasText: 'Inserted' })).toContainText('Inserted “How the investigation was carried out”');
  await expect(methodology).toBeFocused();
  await expect(methodology).toHaveValue(/^I met Ms A to discuss the complaint[\s\S]*I was accompanied throughout by the Independent Person, IP1, who saw the same records[\s\S]*balance of probabilities, as explained below\.\n\nI also visited the foster home\.$/);
  await expect(methodology).not.toHaveValue(/\{\{|\}\}|Sarah|David/);
  // It is the user's text now: typed into like any other, and saved.
  await page.keyboard.type(' Edited.');
  await methodology.blur();

  // The law chapter, empty: the paragraph is all of it, with the council's name filled in.
  const law = page.getByRole('textbox', { name: 'Law, guidance and policy' });
  await page.getByRole('button', { name: 'Insert standard paragraph: The complaints procedure in law' }).click();
  await expect(law).toHaveValue(/^The complaint has been considered under the statutory procedure/);
  await expect(law).toHaveValue(/- the Children Act 1989, section 26\(3\)/);
  await expect(law).toHaveValue(/\(SI 2006\/1738\)/);
  await expect(law).toHaveValue(/Getting the Best from Complaints/);
  // Inserted as if typed: the browser's undo takes it out again, and redo puts it back.
  await expect(law).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(law).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(law).toHaveValue(/^The complaint has been considered/);
  await page.getByRole('button', { name: 'Insert standard paragraph: Commissioning' }).click();
  await expect(page.getByRole('textbox', { name: 'Introduction and commissioning' })).toHaveValue(/^I was commissioned by Kent County Council to investigate the complaint made by Ms A\./);
  // The Background chapter says the complaint's own background is printed first, and where it is edited.
  await page.getByRole('button', { name: 'Edit it on the Complaint screen' }).click();
  await expect(page.getByLabel('Background to the complaint')).toBeFocused();
  await workspace.open(page, 'IO report');
  await checkAtBothSizes(page, 'IO report');
  await saved(page);

  await relock(page);
  await workspace.open(page, 'IO report');
  await expect(methodology).toHaveValue(/^I met Ms A[\s\S]* Edited\.\n\nI also visited the foster home\.$/);
  await expect(law).toHaveValue(/Getting the Best from Complaints/);

  const report = await renderedText(page, 'IO report', { named: false, draft: true });
  if (report !== undefined) {
    expect(report).toContain('I was commissioned by Kent County Council to investigate the complaint made by Ms A.');
    expect(report).toContain('the Children Act 1989, section 26(3)');
    expect(report).toContain('I also visited the foster home.');
  }
});

test('the letter greets the complainant by the form of address on their card, and readiness asks for one when it is missing', async ({ page }) => {
  test.setTimeout(150_000);
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(sample);
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();

  await workspace.open(page, 'People');
  const sarah = page.getByTestId('person').filter({ hasText: 'Sarah Jones' });
  await sarah.getByRole('button', { name: 'Edit Sarah Jones (Ms A)' }).click();
  await sarah.getByLabel('How to address them in a letter').fill('Mrs Pryce-Jones');
  await sarah.getByLabel('How to address them in a letter').blur();
  await saved(page);
  const named = await renderedText(page, 'Adjudication letter', { named: true, draft: false });
  if (named !== undefined) {
    expect(named).toContain('Dear Mrs Pryce-Jones,');
    expect(named).toContain('Sarah Jones 14 Elm Road London E99 1AB');
  }
  const anonymised = await renderedText(page, 'Adjudication letter', { named: false, draft: false });
  if (anonymised !== undefined) expect(anonymised).toContain('Dear Ms A,');

  // Emptied: a warning on the letter's card, linked to the field on her card.
  await workspace.open(page, 'People');
  await sarah.getByRole('button', { name: 'Edit Sarah Jones (Ms A)' }).click();
  await sarah.getByLabel('How to address them in a letter').fill('');
  await sarah.getByLabel('How to address them in a letter').blur();
  await workspace.open(page, 'Documents');
  const warning = page.getByTestId('document-adjudication-letter').getByRole('link', { name: /Ms A: the complainant has no form of address/ });
  await expect(warning).toBeVisible();
  await warning.click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByTestId('person').filter({ hasText: 'Sarah Jones' }).getByLabel('How to address them in a letter')).toBeFocused();
});

test('every new screen of the sample case passes axe at both sizes', async ({ page }) => {
  test.setTimeout(120_000);
  const card = page.getByRole('region', { name: 'Import from interchange JSON' });
  await card.getByLabel('Interchange file').setInputFiles(sample);
  await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('Passphrase again').fill(PASSPHRASE);
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(workspace.navigation(page)).toBeVisible();
  const screens: ScreenLabel[] = ['Overview', 'Case details', 'Complaint', 'People', 'IO report'];
  for (const screen of screens) {
    await workspace.open(page, screen);
    await checkAtBothSizes(page, screen);
  }
});
