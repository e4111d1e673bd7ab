// The whole case through the screens alone (issue 10, "What it must show"). A new user creates a
// casefile from nothing (no import, no API call to fill it) and, screen by screen in the order
// the procedure runs, records everything the five documents need: Case details, Complaint,
// People, the Statement of Complaint (three points, agreed), Evidence (documents, an interview, a
// chronology entry), Findings (one partially upheld, recommendations, cited evidence), the IO
// report's chapters (standard paragraphs inserted and edited), the IP review, the Adjudication (a
// varied finding, an action plan with one recommendation partly accepted) and the Review panel
// with the Director's response. axe checks every screen on the way.
// Then one test per document opens that casefile: its card says Ready with every check passing,
// it renders final as PDF, and pdftotext reads back what the screens recorded, with no DRAFT, no
// "[not recorded]", and no names in an anonymised document.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, target, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, addPerson, createCasefile, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';
import type { ScreenLabel } from './workspace.ts';
import { renderFromScreen, renderedPdfText } from './rendering.ts';

// This spec meets the Preview region open, as a user at 1280 px does (fixtures.ts).
test.use({ previewOpen: true });

const TITLE = uniqueTitle('Whole case');

const council = {
  name: 'Exampleton Council',
  service: "Children's Services",
  address: 'Complaints Team\nExampleton Civic Centre\n1 Market Square\nExampleton EX1 1AA',
  reference: 'CSC/S2/2024/0042',
  director: 'Director of Children and Families',
  manager: { name: 'Ruth Adeyemi', email: 'complaints@exampleton.gov.uk', phone: '020 7946 0000' },
};

const people = {
  complainant: { name: 'Sarah Pryce-Jones', label: 'Ms A', role: 'Complainant' },
  child: { name: 'Liam Pryce-Jones', label: 'Child B', role: 'Child' },
  io: { name: 'Helen Okafor', label: 'the Investigating Officer', role: 'Investigating Officer' },
  ip: { name: 'David Marsh', label: 'the Independent Person', role: 'Independent Person' },
  socialWorker: { name: 'Priya Patel', label: 'SW1', role: 'Staff' },
  adjudicator: { name: 'Karen Holt', label: 'the Adjudicating Officer', role: 'Adjudicating officer' },
  chair: { name: 'Margaret Osei', label: 'the Panel Chair', role: 'Panel chair' },
  member1: { name: 'Rajesh Kumar', label: 'Panel Member 1', role: 'Panel member' },
  member2: { name: 'Fiona Lindqvist', label: 'Panel Member 2', role: 'Panel member' },
} as const;
/** Every part of every name: none may appear in an anonymised document. */
const NAME_PARTS = [...new Set(Object.values(people).flatMap((p) => [p.name, ...p.name.split(/[\s-]+/)]))];

const points = [
  { summary: 'The review of the child’s plan was held late', detail: 'Ms A complains that the review of Child B’s plan due in March was held in June.', outcome: 'Upheld',
    wants: 'Reviews to be held on time in future.', recommendation: 'The service puts in place a way of re-arranging a missed review within 20 working days.' },
  { summary: 'Calls to the social worker were not returned', detail: 'Ms A complains that five calls to SW1 in April went unanswered.', outcome: 'Partially upheld',
    wants: 'A named worker to call when the social worker is away.', recommendation: 'The service names a cover social worker for every absence over five working days.' },
  { summary: 'Family time was changed without notice', detail: 'Ms A complains that family time was moved with a day’s notice.', outcome: 'Not upheld',
    wants: 'A week’s notice of any change to family time.' },
] as const;

const text = {
  background: 'Child B has lived with foster carers since 2023. Ms A complained at Stage 1 about the review and the unanswered calls.',
  introductionEdit: ' The investigation began on 5 November 2024.',
  methodologyEdit: ' I also read the duty log for April.',
  lawEdit: 'The council’s own Care Planning Procedure (2023) sets the review timescales.',
  backgroundChapter: 'The family has been known to the service since 2022.',
  conclusionEdit: ' The council should learn from the delay in reviewing the plan.',
  ipOverall: 'The investigation was open, fair, thorough and objective.',
  ipProcess: 'The Independent Person saw the same records and attended the interview with SW1.',
  ipRecommendations: 'The recommendations follow from the findings and can be measured.',
  ipPoint2: 'The call log suggests more of the calls went unanswered than the finding allows.',
  varyReasons: 'The call log shows that none of the five calls was returned, so the whole of this point is justified.',
  partlyReasons: 'A cover social worker will be named for absences over ten working days; the duty team covers shorter ones.',
  apology: 'I apologise for the late review and for the calls that were not returned.',
  remedy: 'Child B’s next review has been booked for 10 January 2025.',
  action1: 'A re-arrangement procedure will be added to the practice guidance.',
  action2: 'Team managers will name a cover social worker for absences over ten working days.',
  panelView: (n: number) => `The panel heard from Ms A and the service on point ${n} and considered the records.`,
  panelRec1: 'The council audits the timeliness of reviews every quarter for a year.',
  panelRec2: 'The council tells families the name of the duty worker when a social worker is absent.',
  directorReasons: 'The duty worker’s name will be given by the duty team on request, not in every letter.',
};

/** Text compared across renderers: one space for any run of white space, straight quotes. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

async function saved(page: Page): Promise<void> {
  await expect(workspace.saveState(page)).toHaveText('Saved');
}

async function axe(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toBe('');
}

async function open(page: Page, screen: ScreenLabel): Promise<void> {
  await workspace.open(page, screen);
}

// --- The case, built through the screens --------------------------------------------------

async function caseDetails(page: Page): Promise<void> {
  await open(page, 'Case details');
  await page.getByLabel('Your role').selectOption({ label: 'Investigating Officer' });
  await page.getByLabel("Council's reference").fill(council.reference);
  await page.getByLabel('Your own reference').fill('HO-24-007');
  await page.getByLabel('Council', { exact: true }).fill(council.name);
  await page.getByLabel('Service', { exact: true }).fill(council.service);
  await page.getByLabel('Address', { exact: true }).fill(council.address);
  await page.getByLabel('Title of the Director').fill(council.director);
  const manager = page.getByRole('region', { name: 'Complaints manager' });
  await manager.getByLabel('Name').fill(council.manager.name);
  await manager.getByLabel('Email').fill(council.manager.email);
  await manager.getByLabel('Telephone').fill(council.manager.phone);
  await manager.getByLabel('Telephone').blur();
  await saved(page);
  await axe(page, 'Case details');
}

async function complaint(page: Page): Promise<void> {
  await open(page, 'Complaint');
  await page.getByLabel('Complaint received').fill('2024-09-02');
  await page.getByLabel('Stage 1 response sent').fill('2024-09-16');
  await page.getByLabel('Stage 2 requested').fill('2024-10-01');
  await page.getByLabel('Background to the complaint').fill(text.background);
  await page.getByLabel('Background to the complaint').blur();
  await saved(page);
  await axe(page, 'Complaint');
}

async function peopleScreen(page: Page): Promise<void> {
  await open(page, 'People');
  for (const person of Object.values(people)) await addPerson(page, person);
  await page.getByRole('form', { name: 'Add a person' }).getByRole('button', { name: 'Done adding people' }).click();
  // The complainant's letter details, and the job titles the documents print.
  const card = (p: { name: string; label: string }) => page.getByTestId('person').filter({ hasText: p.name });
  const edit = async (p: { name: string; label: string }) => card(p).getByRole('button', { name: `Edit ${p.name} (${p.label})` }).click();
  await edit(people.complainant);
  await card(people.complainant).getByLabel('How to address them in a letter').fill('Mrs Pryce-Jones');
  await card(people.complainant).getByLabel('Postal address').fill('14 Elm Road\nExampleton EX2 4BB');
  await card(people.complainant).getByLabel('Postal address').blur();
  for (const [p, title] of [[people.adjudicator, 'Head of Service, Children in Care'], [people.socialWorker, 'Social Worker'], [people.io, 'Independent Investigating Officer']] as const) {
    await edit(p);
    await card(p).getByLabel('Job title').fill(title);
    await card(p).getByLabel('Job title').blur();
  }
  await saved(page);
  await axe(page, 'People with cards open');
  // Added as complainant and child, they are on the complaint.
  await open(page, 'Complaint');
  await expect(page.getByRole('checkbox', { name: `${people.complainant.name} (${people.complainant.label}) is a complainant` })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `${people.child.name} (${people.child.label}) is a child the complaint is about` })).toBeChecked();
}

async function statement(page: Page): Promise<void> {
  await open(page, 'Statement of Complaint');
  for (const [i, point] of points.entries()) {
    await page.getByRole('button', { name: i === 0 ? 'Add point' : 'Add another point' }).click();
    const card = page.getByRole('listitem', { name: `Point ${i + 1}` });
    await expect(card.getByLabel('Summary (one line)')).toBeFocused();
    await page.keyboard.type(point.summary);
    await card.getByLabel('The complaint as agreed').fill(point.detail);
    await card.getByLabel('Outcome the complainant wants').fill(point.wants);
  }
  await page.getByLabel('Date sent to the complainant').fill('2024-10-28');
  await page.getByLabel('Date agreed').fill('2024-11-04');
  await page.getByLabel('How it was agreed').fill('Agreed by email from Ms A.');
  await page.getByLabel('How it was agreed').blur();
  await saved(page);
  // The live preview beside the screen follows: checked once here with axe, then folded away
  // (the user's choice, kept for the other screens) so the rest of the case is typed faster.
  const preview = page.getByRole('complementary', { name: 'Preview: Statement of Complaint' });
  await expect(preview.getByText('Up to date')).toBeVisible({ timeout: 60_000 });
  await axe(page, 'Statement of Complaint, with its preview');
  await preview.getByRole('button', { name: 'Hide' }).click();
  await expect(page.getByRole('complementary', { name: 'Preview' }).getByRole('button', { name: /Preview/ })).toBeVisible();
}

async function evidence(page: Page): Promise<void> {
  await open(page, 'Evidence');
  const item = (s: string) => page.getByTestId('record-item').filter({ hasText: s });
  const documents = [
    { ref: 'D1', title: 'Child in care review record', kind: 'Record', date: '2024-06-12', point: 1 },
    { ref: 'D2', title: 'Duty call log for April', kind: 'Record', date: '2024-04-30', point: 2 },
    { ref: 'D3', title: 'Family time arrangements letter', kind: 'Correspondence', date: '2024-05-10', point: 3 },
  ];
  for (const d of documents) {
    await page.getByRole('button', { name: 'Add document' }).click();
    const doc = item(d.ref);
    await expect(doc.getByLabel('Title')).toBeFocused();
    await page.keyboard.type(d.title);
    await doc.getByLabel('Kind').selectOption({ label: d.kind });
    await doc.getByLabel('Date', { exact: true }).fill(d.date);
    await doc.getByLabel('Source').fill('Children’s services case record');
    await doc.getByRole('checkbox', { name: new RegExp(`^Point ${d.point}:`) }).check();
    await doc.getByRole('button', { name: `Close ${d.ref}` }).click();
  }

  await page.getByRole('tab', { name: /^Interviews/ }).click();
  await page.getByRole('button', { name: 'Add interview' }).click();
  const interview = item('I1');
  await expect(interview.getByLabel('Summary')).toBeFocused();
  await page.keyboard.type('SW1 explained that the April calls went to a shared phone while SW1 was on leave.');
  await interview.getByLabel('Person interviewed').selectOption({ label: `${people.socialWorker.label} (${people.socialWorker.name})` });
  await interview.getByLabel('Method').selectOption({ label: 'Video' });
  await interview.getByLabel('Date of the interview').fill('2024-11-20');
  await interview.getByLabel('Date the record was agreed').fill('2024-11-27');
  await interview.getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { name: new RegExp(`^${people.ip.label}`) }).check();
  await interview.getByRole('checkbox', { name: /^Point 2:/ }).check();
  await interview.getByRole('checkbox', { name: /^Point 3:/ }).check();

  await page.getByRole('tab', { name: /^Chronology/ }).click();
  await page.getByRole('button', { name: 'Add chronology entry' }).click();
  const entry = page.getByTestId('record-item').first();
  await expect(entry.getByLabel('Event')).toBeFocused();
  await page.keyboard.type('The review of Child B’s plan was held, three months late');
  await entry.getByLabel('Date', { exact: true }).fill('2024-06-12');
  await entry.getByRole('checkbox', { name: 'D1 Child in care review record' }).check();
  await entry.getByRole('checkbox', { name: /^Point 1:/ }).check();
  await saved(page);
  await axe(page, 'Evidence, a chronology entry open');
}

async function findings(page: Page): Promise<void> {
  await open(page, 'Findings');
  for (const [i, point] of points.entries()) {
    await workspace.findingsPoints(page).getByRole('button', { name: new RegExp(point.summary) }).click();
    await expect(page.getByRole('heading', { level: 2, name: point.summary })).toBeVisible();
    await workspace.outcome(page, point.outcome).check();
    await workspace.findingEvidence(page).fill(`The records for point ${i + 1} show what happened.`);
    await workspace.findingAnalysis(page).fill(`On the balance of probabilities the records on point ${i + 1} are accurate.`);
    await workspace.findingConclusion(page).fill(`I find point ${i + 1} ${point.outcome.toLowerCase()}.`);
    // The finding rests on the document linked to the point: cited by ticking it.
    const linked = page.getByRole('complementary', { name: 'Linked to this point' });
    await linked.getByRole('checkbox', { name: `Cite D${i + 1} in this finding` }).check();
    if ('recommendation' in point) {
      await page.getByRole('button', { name: 'Add recommendation' }).click();
      await page.getByLabel(/^Recommendation \d+$/).fill(point.recommendation);
      await page.getByLabel('Owner').fill('Head of Service');
      await page.getByLabel('Due by').fill('2025-03-31');
      await page.getByLabel('Due by').blur();
    }
    await saved(page);
  }
  await expect(workspace.findingsPoints(page)).toContainText('3 of 3 decided');
  await axe(page, 'Findings');
}

async function ioReportChapters(page: Page): Promise<void> {
  await open(page, 'IO report');
  const chapters = [
    { name: 'Introduction and commissioning', paragraph: 'Commissioning', edit: text.introductionEdit },
    { name: 'Methodology', paragraph: 'How the investigation was carried out', edit: text.methodologyEdit },
    { name: 'Law, guidance and policy', paragraph: 'The complaints procedure in law', edit: `\n\n${text.lawEdit}` },
    { name: 'Background', paragraph: 'Where the background comes from', edit: `\n\n${text.backgroundChapter}` },
    { name: 'Conclusions', paragraph: 'Summing up the findings', edit: text.conclusionEdit },
  ];
  for (const chapter of chapters) {
    const box = page.getByRole('textbox', { name: chapter.name, exact: true });
    await page.getByRole('button', { name: `Insert standard paragraph: ${chapter.paragraph}` }).click();
    await expect(box).toBeFocused();
    await expect(box).not.toHaveValue('');
    await expect(box, `${chapter.name}: the paragraph is filled from the case`).not.toHaveValue(/\{\{|\}\}|\[not recorded\]/);
    // The user's text now: edited at its end like any other.
    await box.press('Control+End');
    await page.keyboard.type(chapter.edit);
    await box.blur();
  }
  await saved(page);
  await axe(page, 'IO report');
}

async function ipReview(page: Page): Promise<void> {
  await open(page, 'IP review');
  await page.getByLabel('Overall view').fill(text.ipOverall);
  await page.getByLabel('Taking part').fill(text.ipProcess);
  await page.getByLabel('Comments on the recommendations').fill(text.ipRecommendations);
  const views = ['Agree', 'Partly agree', 'Agree'];
  for (const [i, view] of views.entries()) {
    const point = page.getByRole('article', { name: new RegExp(`^Point ${i + 1}:`) });
    await point.getByRole('radio', { name: view, exact: true }).check();
    if (view !== 'Agree') {
      await point.getByLabel(`Comment on point ${i + 1}`).fill(text.ipPoint2);
      await point.getByLabel(`Comment on point ${i + 1}`).blur();
    }
  }
  await saved(page);
  await axe(page, 'IP review');
}

async function adjudication(page: Page): Promise<void> {
  await open(page, 'Adjudication');
  await page.getByLabel('Adjudicating officer').selectOption({ label: `${people.adjudicator.name}, Head of Service, Children in Care` });
  await page.getByLabel('Date of the response').fill('2024-12-06');
  const point = (n: number) => page.getByRole('article', { name: new RegExp(`^Point ${n}:`) });
  await point(1).getByRole('radio', { name: 'Accept the finding' }).check();
  await point(2).getByRole('radio', { name: 'Vary the finding' }).check();
  await point(2).getByLabel('New outcome on point 2').selectOption({ label: 'Upheld' });
  await point(2).getByLabel('Reasons for varying the finding on point 2').fill(text.varyReasons);
  // Saved as the field is left, which takes the "Not ready" line under it away (and moves what follows).
  await point(2).getByLabel('Reasons for varying the finding on point 2').blur();
  await expect(point(2).getByText(/Not ready:/)).toHaveCount(0);
  await point(3).getByRole('radio', { name: 'Accept the finding' }).check();
  await page.getByLabel('Apology', { exact: true }).fill(text.apology);
  await page.getByLabel('Remedy', { exact: true }).fill(text.remedy);
  await page.getByRole('radio', { name: 'No', exact: true }).check();

  const rec1 = page.getByRole('article', { name: 'Recommendation 1' });
  const rec2 = page.getByRole('article', { name: 'Recommendation 2' });
  await rec1.getByRole('radio', { name: 'Accepted', exact: true }).check();
  const action1 = rec1.getByRole('group', { name: /^The action for recommendation 1/ });
  await action1.getByLabel('What will be done').fill(text.action1);
  await action1.getByLabel('Owner').fill('Head of Independent Reviewing');
  await action1.getByLabel('Due by').fill('2025-01-31');
  await rec2.getByRole('radio', { name: 'Partly accepted', exact: true }).check();
  await rec2.getByLabel('Reasons for not accepting recommendation 2 in full').fill(text.partlyReasons);
  await rec2.getByLabel('Reasons for not accepting recommendation 2 in full').blur();
  const action2 = rec2.getByRole('group', { name: /^The action for recommendation 2/ });
  await action2.getByLabel('What will be done').fill(text.action2);
  await action2.getByLabel('Owner').fill('Head of Service');
  await action2.getByLabel('Due by').fill('2025-02-28');
  await action2.getByLabel('Due by').blur();
  await expect(page.getByRole('main').getByText(/Not ready:/)).toHaveCount(0);
  await saved(page);
  await axe(page, 'Adjudication');
}

async function reviewPanel(page: Page): Promise<void> {
  // The complainant asked for a review panel: the case moves to Stage 3.
  await open(page, 'Case details');
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Stage 3: review panel' });
  await saved(page);

  await open(page, 'Review panel');
  await page.getByTestId('panel-request-date').fill('2024-12-20');
  await page.getByTestId('panel-meeting-date').fill('2025-01-27');
  await page.getByLabel('Venue').fill('Exampleton Civic Centre, Committee Room 2');
  await page.getByLabel('Report date').fill('2025-01-31');
  const members = page.getByRole('group', { name: 'Panel members' });
  for (const p of [people.chair, people.member1, people.member2]) await members.getByRole('checkbox', { name: `${p.label} (${p.name})` }).check();
  await page.getByLabel('Chair', { exact: true }).selectOption({ label: `${people.chair.label} (${people.chair.name})` });
  await page.getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { name: `${people.complainant.label} (${people.complainant.name})` }).check();
  await page.getByLabel('Documents considered').fill('The Statement of Complaint\nThe IO report\nThe IP report\nThe adjudication letter');
  for (const n of [1, 2, 3]) await page.getByLabel(`The panel's view on point ${n}`).fill(text.panelView(n));
  await page.getByLabel("Panel's outcome on point 2 (optional)").selectOption({ label: 'Upheld' });
  for (const [i, [recText, pointNo]] of ([[text.panelRec1, 1], [text.panelRec2, 2]] as const).entries()) {
    await page.getByRole('button', { name: 'Add panel recommendation' }).click();
    await page.getByLabel(`Panel recommendation ${i + 1}`, { exact: true }).fill(recText);
    await page.getByRole('group', { name: `Points of panel recommendation ${i + 1}` }).getByRole('checkbox', { name: `Point ${pointNo}` }).check();
  }
  await saved(page);

  // The Director's response to each recommendation, the IP consulted (Regulation 20), the date.
  const response = page.getByRole('region', { name: "The Director's response" });
  const rec = (n: number) => response.getByRole('article', { name: `Response to panel recommendation ${n}` });
  await rec(1).getByRole('radio', { name: 'Accepted', exact: true }).check();
  await rec(2).getByRole('radio', { name: 'Partly accepted', exact: true }).check();
  await page.getByLabel('Reasons for departing from panel recommendation 2').fill(text.directorReasons);
  await page.getByLabel('Independent Person from Stage 2 consulted on').fill('2025-02-10');
  await page.getByLabel("Date of the Director's response").fill('2025-02-14');
  await page.getByLabel("Date of the Director's response").blur();
  await expect(page.getByTestId('panel-response-clock')).toContainText('met');
  await saved(page);
  await axe(page, "Review panel, the Director's response");
}

// --- Reading the documents back ----------------------------------------------------------

async function openCasefile(page: Page): Promise<void> {
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await workspace.passphrase(page).fill(PASSPHRASE);
  await workspace.unlockButton(page).click();
  await expect(workspace.navigation(page)).toBeVisible();
}

/** Renders a document final as PDF from the Documents screen (the web host's download) and gives its text, read with pdftotext. */
async function finalPdfText(page: Page, kind: string, button: string, named = false): Promise<string> {
  await open(page, 'Documents');
  const card = page.getByTestId(`document-${kind}`);
  await expect(card.getByText('Ready', { exact: true })).toBeVisible();
  await expect(card).toContainText('Every check passes.');
  await page.getByRole('radio', { name: named ? 'Named' : 'Anonymised (labels)' }).check();
  await page.getByRole('radio', { name: 'Final' }).check();
  const rendered = await renderFromScreen(page, `Render ${button} as PDF`);
  expect(rendered.message).toContain('.pdf');
  // Kept with the test's results (test-results/), to look at the pages.
  if (rendered.file) writeFileSync(test.info().outputPath(`${button}.pdf`), rendered.file.bytes);
  const text = renderedPdfText(rendered);
  if (text === undefined) throw new Error('the whole case needs the web host and pdftotext to read its documents back');
  const read = plain(text);
  // Ready means complete: nothing printed as missing, no DRAFT mark (pdftotext may read its letters apart).
  expect(read, 'a final document is not marked DRAFT').not.toMatch(/D ?R ?A ?F ?T/);
  expect.soft(read).not.toContain('[not recorded]');
  expect.soft(read).not.toMatch(/\{\{|\}\}/);
  if (!named) for (const part of NAME_PARTS) expect(read, `the anonymised ${kind} names no one ("${part}")`).not.toMatch(new RegExp(`\\b${part}\\b`));
  return read;
}

test.describe.serial('the whole case, through the screens alone', () => {
  // Electron keeps each test's casefiles in its own temp profile and saves PDFs through the
  // native dialog: the document tests need the casefile the first test made, and its files.
  test.skip(target === 'electron', 'needs the web host: one workspace folder across tests, and downloads to read back');

  test('a new user records the whole case, screen by screen, in the order the procedure runs', async ({ page }) => {
    test.setTimeout(240_000);
    await createCasefile(page, TITLE);
    const screens: [string, (page: Page) => Promise<void>][] = [
      ['Case details', caseDetails], ['Complaint', complaint], ['People', peopleScreen], ['Statement of Complaint', statement],
      ['Evidence', evidence], ['Findings', findings], ['IO report chapters', ioReportChapters], ['IP review', ipReview],
      ['Adjudication', adjudication], ['Review panel', reviewPanel],
    ];
    for (const [name, fill] of screens) await test.step(name, () => fill(page));
    // Every clock is ended, and every document is ready.
    await open(page, 'Overview');
    // Every clock the dates started was ended in time.
    for (const clock of ['stage1.response', 'stage1.limit', 'stage2.response', 'stage2.limit', 'stage3.request', 'stage3.panel', 'stage3.report', 'stage3.response']) {
      await expect(page.getByTestId(`clock-${clock}`), clock).toContainText('Met');
      await expect(page.getByTestId(`clock-${clock}`), clock).not.toContainText('Met late');
    }
    await axe(page, 'Overview, the whole case');
    await open(page, 'Documents');
    await axe(page, 'Documents, every document ready');
    for (const kind of ['statement', 'io-report', 'ip-report', 'adjudication-letter', 'panel-report']) {
      await expect(page.getByTestId(`document-${kind}`).getByText('Ready', { exact: true }), kind).toBeVisible();
    }
  });

  test('the Statement of Complaint renders final with the three agreed points', async ({ page }) => {
    await openCasefile(page);
    const read = await finalPdfText(page, 'statement', 'Statement of Complaint');
    for (const p of points) {
      expect.soft(read).toContain(plain(p.summary));
      expect.soft(read).toContain(plain(p.detail));
      expect.soft(read).toContain(`Outcome sought: ${plain(p.wants)}`);
    }
    expect.soft(read).toContain("Each point sets out the complainant's account and the outcome they would like.");
    expect.soft(read).toContain('It was agreed on 4 November 2024. Agreed by email from Ms A.');
    expect.soft(read).toContain('The response is due by 9 December 2024.');
    expect.soft(read).toContain('4 November 2024');
    expect.soft(read).toContain(council.name);
  });

  test('the IO report renders final with its chapters, findings, evidence and recommendations', async ({ page }) => {
    await openCasefile(page);
    const read = await finalPdfText(page, 'io-report', 'IO report');
    for (const p of points) expect.soft(read).toContain(plain(p.summary));
    // The chapters, under the report's own headings, each with the standard paragraph and the user's edit.
    for (const heading of ['Introduction', 'How the investigation was carried out', 'Law, guidance and policy', 'Background', 'Conclusions']) expect.soft(read).toContain(heading);
    expect.soft(read).toContain('I was commissioned by Exampleton Council to investigate the complaint made by Ms A');
    expect.soft(read).toContain('Getting the Best from Complaints');
    expect.soft(read).toContain(plain(text.introductionEdit));
    expect.soft(read).toContain(plain(text.methodologyEdit));
    expect.soft(read).toContain(plain(text.lawEdit));
    expect.soft(read).toContain(plain(text.backgroundChapter));
    expect.soft(read).toContain(plain(text.conclusionEdit));
    expect.soft(read).toContain(plain(text.background));
    expect.soft(read).toMatch(/Partially upheld|partially upheld/);
    expect.soft(read).toContain(plain(points[0].recommendation));
    expect.soft(read).toContain(plain(points[1].recommendation));
    expect.soft(read).toContain('Child in care review record');
    expect.soft(read).toContain('The review of Child B\'s plan was held, three months late');
    expect.soft(read).toContain(council.reference);
  });

  test('the IP report renders final with the view on each finding', async ({ page }) => {
    await openCasefile(page);
    const read = await finalPdfText(page, 'ip-report', 'IP report');
    for (const p of points) expect.soft(read).toContain(plain(p.summary));
    expect.soft(read).toContain(text.ipOverall);
    expect.soft(read).toContain(text.ipProcess);
    expect.soft(read).toContain(text.ipPoint2);
  });

  test('the adjudication letter renders final, named and anonymised, with the varied finding and the action plan', async ({ page }) => {
    await openCasefile(page);
    const copy = await finalPdfText(page, 'adjudication-letter', 'Adjudication letter (anonymised copy)');
    expect.soft(copy).toContain("Point 1: The review of the child's plan was held late. The Investigating Officer's finding: upheld. I accept this finding.");
    expect.soft(copy).toContain("Point 2: Calls to the social worker were not returned. The Investigating Officer's finding: partially upheld. I have varied this finding to upheld.");
    expect.soft(copy).toContain(text.varyReasons);
    // The action plan gives each recommendation's own words, the decision and the action.
    expect.soft(copy).toContain(plain(points[0].recommendation));
    expect.soft(copy).toContain(plain(points[1].recommendation));
    expect.soft(copy).toMatch(/\bAccepted\. A re-arrangement procedure will be\b/);
    expect.soft(copy).toMatch(/\bPartly accepted\. Team managers will name\b/);
    expect.soft(copy).toContain(`Recommendation 2 (partly accepted): ${plain(text.partlyReasons)}`);
    expect.soft(copy).toContain(text.apology);
    expect.soft(copy).toContain(plain(text.remedy));
    // No meeting was offered: the letter does not offer one.
    expect.soft(copy).not.toContain('Meeting to discuss this response');
    // How to ask for a review panel, with the complaints manager's contact.
    expect.soft(copy).toContain('ask for a review panel');
    expect.soft(copy).toContain(council.manager.email);
    expect.soft(copy).toContain('Dear Ms A,');

    const letter = await finalPdfText(page, 'adjudication-letter', 'Adjudication letter (to send, named)', true);
    expect.soft(letter).toContain('Dear Mrs Pryce-Jones,');
    expect.soft(letter).toContain('Sarah Pryce-Jones 14 Elm Road Exampleton EX2 4BB');
    expect.soft(letter).toContain(text.varyReasons);
    expect.soft(letter).toContain(people.adjudicator.name);
  });

  test("the panel report renders final with the panel's views, its recommendations and the Director's response", async ({ page }) => {
    await openCasefile(page);
    const read = await finalPdfText(page, 'panel-report', 'Panel report');
    for (const n of [1, 2, 3]) expect.soft(read).toContain(text.panelView(n));
    expect.soft(read).toContain(text.panelRec1);
    expect.soft(read).toContain(text.panelRec2);
    expect.soft(read).toContain('The response to the recommendations');
    expect.soft(read).toContain(`The ${council.director} responded to the panel's recommendations on 14 February 2025, having considered this report together with the Independent Person from Stage 2 on 10 February 2025.`);
    expect.soft(read).toContain('Response: Accepted.');
    expect.soft(read).toContain('Response: Partly accepted.');
    expect.soft(read).toContain(`Reasons: ${plain(text.directorReasons)}`);
    expect.soft(read).toContain('Exampleton Civic Centre, Committee Room 2');
    // The procedure is over: the report says so before the Ombudsman's details.
    expect.soft(read).toContain(`The response of the ${council.director}, set out above, completes the council's complaints procedure. You may also contact the Local Government and Social Care Ombudsman.`);
  });
});
