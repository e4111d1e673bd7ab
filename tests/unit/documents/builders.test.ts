// The five builders on the sample cases: the contents domain.md lists for each document, in
// order, anonymised by default.
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/api.ts';
import type { Block, DocumentModel } from '../../../shared/document/model.ts';
import { leakCheck } from '../../../shared/documents/leak-check.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { blockTexts, build, modelText, names, sample, stage3Sample } from './helpers.ts';

const headings = (m: DocumentModel, level?: number) => m.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && (!level || b.level === level)).map((b) => b.text);
const indexOfText = (m: DocumentModel, needle: string) => m.blocks.findIndex((b) => blockTexts(b).some((t) => t.includes(needle)));

describe('IO report', () => {
  const data = sample();
  const model = build('io-report', data);
  const text = modelText(model);

  it('has a title with the label, the classification and the authority reference', () => {
    expect(model.title).toBe("Investigating Officer's report: Stage 2 complaint by Ms A");
    expect(model.classification).toBe('OFFICIAL-SENSITIVE');
    expect(model.reference).toBe('CSC/S2/2024/0193');
    expect(model.language).toBe('en-GB');
    expect(model.draft).toBe(false);
  });

  it('opens with the summary table of every in-scope point and its finding, in order', () => {
    const firstTable = model.blocks.findIndex((b) => b.kind === 'table');
    expect(firstTable).toBeLessThan(model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Introduction'));
    const table = model.blocks[firstTable] as Extract<Block, { kind: 'table' }>;
    expect(table.columns.map((c) => c.title)).toEqual(['Point', 'Complaint', 'Finding', 'Recommendations']);
    expect(table.rows.map((r) => r.slice(0, 3).map((c) => c.map((x) => x.text).join('')))).toEqual([
      ['1', "Child B's looked-after review was not held on time", 'Upheld'],
      ['2', 'Calls and emails to the social worker went unanswered', 'Partially upheld'],
      ['3', 'Family time was changed without consulting Ms A', 'Not upheld'],
      ['4', 'The assessment of June 2024 contains factual errors', 'Upheld'],
    ]);
  });

  it('has the sections of domain.md in order', () => {
    const order = ['Summary of findings', 'Introduction', 'The complaint', 'How the investigation was carried out', 'Law, guidance and policy', 'Background', 'Findings', 'Matters outside this investigation', 'Conclusions', 'Appendix 1: Documents examined', 'Appendix 2: People interviewed'];
    const h1 = headings(model, 1);
    expect(h1).toEqual(order);
  });

  it('gives every in-scope point its complaint, evidence, analysis, finding and recommendations, in order', () => {
    const pointHeadings = headings(model, 2).filter((h) => h.startsWith('Point '));
    expect(pointHeadings).toEqual(data.statement.points.filter((p) => p.scope !== 'out').map((p) => `Point ${p.number}: ${p.summary}`));
    const start = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Point 2:'));
    const end = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Point 3:'));
    const point2 = model.blocks.slice(start, end);
    expect(point2.filter((b) => b.kind === 'heading' && b.level === 3).map((b) => (b as { text: string }).text)).toEqual(['The complaint', 'The evidence', 'Analysis', 'Finding', 'Recommendations']);
    const t = point2.flatMap(blockTexts).join('\n');
    expect(t).toContain('Partially upheld.');
    expect(t).toContain('The absence of SW1 explains the silence until 3 May');
    expect(t).toContain('D3 (Emails from Ms A to SW1, April and May 2024)');
    expect(t).toContain('Recommendation 2: The service should ensure');
    // Runs carry where they came from, for the leak check's report.
    const analysis = point2.find((b) => b.kind === 'paragraph' && b.runs[0]?.text.startsWith('The absence of SW1'));
    expect(analysis?.kind === 'paragraph' && analysis.runs[0]!.source).toBe('point 2, analysis');
  });

  it('lists out-of-scope points with their reasons, and not among the findings', () => {
    expect(text).toContain('Point 5: The decision to apply for a care order. The matter is before the family court');
    expect(headings(model).some((h) => h.startsWith('Point 5'))).toBe(false);
  });

  it('has the appendices of documents and of people interviewed by label and role', () => {
    const tables = model.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const people = tables.find((t) => t.caption === 'People interviewed, by label and role')!;
    expect(people.rows.map((r) => r.slice(0, 3).map((c) => c[0]!.text))).toEqual([
      ['I1', 'Ms A', 'Complainant'], ['I2', 'SW1', 'Social Worker'], ['I3', 'TM1', 'Team Manager'], ['I4', 'IRO1', 'Independent Reviewing Officer'],
    ]);
    expect(tables.find((t) => t.caption === 'Documents examined')!.rows).toHaveLength(6);
  });

  it('prints dates in the long en-GB form', () => {
    expect(text).toContain('The Statement of Complaint was agreed with Ms A on 4 November 2024.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('anonymisation', () => {
  it.each(documentKinds)('%s: anonymised by default, with no name or alias anywhere', (kind) => {
    const data = stage3Sample();
    const model = build(kind, data);
    expect(leakCheck(model, data.people, kind)).toEqual([]);
    const text = modelText(model);
    for (const name of names(data)) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
    // No address either: the anonymised copy of the letter is addressed by label alone.
    expect(text).not.toContain('Elm Road');
  });

  it('the adjudication letter to send is addressed by name and postal address; its anonymised copy by label, saying what it is', () => {
    const data = stage3Sample();
    const lines = (named: boolean) => build('adjudication-letter', data, { named }).blocks.flatMap(blockTexts);
    const after = (all: string[], first: string, n: number) => all.slice(all.indexOf(first), all.indexOf(first) + n);
    expect(after(lines(true), 'Sarah Jones', 4)).toEqual(['Sarah Jones', '14 Elm Road', 'London E99 1AB', '']);
    expect(lines(true)).toContain('Dear Mrs Jones,');
    expect(after(lines(false), 'Ms A', 3)).toEqual(['Ms A', '', 'Anonymised copy for the Independent Person, the review panel and the file: people appear by their labels.']);
    expect(lines(false)).toContain('Dear Ms A,');
  });

  it('uses names with named: true', () => {
    const data = stage3Sample();
    const io = modelText(build('io-report', data, { named: true }));
    expect(io).toContain('Sarah Jones');
    expect(io).toContain('Priya Patel, Social Worker');
    expect(build('io-report', data, { named: true }).title).toBe("Investigating Officer's report: Stage 2 complaint by Sarah Jones");
    expect(modelText(build('statement', data, { named: true }))).toContain('prepared by the Investigating Officer, Helen Price');
    expect(modelText(build('statement', data))).toContain('prepared by the Investigating Officer after meeting Ms A');
  });
});

describe('Statement of Complaint', () => {
  const model = build('statement', sample());
  const text = modelText(model);
  it('has numbered points with the account and outcome sought, excluded matters, and agreement', () => {
    expect(headings(model, 2)).toEqual(['Point 1: Child B\'s looked-after review was not held on time', 'Point 2: Calls and emails to the social worker went unanswered', 'Point 3: Family time was changed without consulting Ms A', 'Point 4: The assessment of June 2024 contains factual errors']);
    expect(text).toContain('Outcome sought: Weekly family time to be restored.');
    expect(text).toContain('Point 5: The decision to apply for a care order. Reason: The matter is before the family court');
    expect(text).toContain('This statement was sent to Ms A on 28 October 2024.');
    expect(text).toContain('It was agreed on 4 November 2024.');
    expect(text).toContain('Agreed by email from Ms A on 4 November 2024');
    // 25 working days from agreement (4 November 2024), by the statutory clock.
    expect(text).toContain('The response is due by 9 December 2024.');
  });
  it('says the points give the outcome sought only when one is recorded', () => {
    expect(text).toContain("Each point sets out the complainant's account and the outcome they would like.");
    const data = sample();
    for (const p of data.statement.points) delete p.desiredOutcome;
    const without = modelText(build('statement', data));
    expect(without).toContain("Each point sets out the complainant's account. The investigation will reach a finding on each point.");
    expect(without).not.toContain('outcome they would like');
  });
  it('says when it is not yet agreed', () => {
    const data = sample();
    delete data.statement.agreedDate;
    expect(modelText(build('statement', data))).toContain('This statement has not yet been agreed.');
  });
});

describe('IP report', () => {
  const text = modelText(build('ip-report', sample()));
  it('gives the view on each finding with reasons, the process and the recommendations', () => {
    expect(text).toContain("I am satisfied that the investigation was open, fair and thorough.");
    expect(text).toContain('Point 3: Family time was changed without consulting Ms A\nThe Investigating Officer\'s finding: Not upheld.\nMy view: I agree with the finding in part.\nI agree that Ms A was consulted, but the letter inviting her');
    expect(text).toContain('The recommendations are specific and proportionate.');
    expect(text).toMatch(/I4\nIRO1\n15 November 2024\nNo \(record read\)/);
  });
});

describe('adjudication letter', () => {
  const model = build('adjudication-letter', sample());
  const text = modelText(model);
  it('is addressed to the complainant by name in the letter to send, copied to the advocate, and decides each point', () => {
    expect(modelText(build('adjudication-letter', sample(), { named: true }))).toContain('Sarah Jones\n14 Elm Road\nLondon E99 1AB');
    expect(text).toContain('Copy to: the advocate, Exampleton Advocacy Service');
    expect(text).toContain("Point 3: Family time was changed without consulting Ms A. The Investigating Officer's finding: not upheld. I accept this finding.");
    expect(text).toContain('I note the Independent Person');
  });
  it('greets the complainant by title and surname in the letter sent, and by label in an anonymised copy', () => {
    const data = sample();
    data.people[0]!.addressAs = 'Mrs Pryce-Jones';
    const greeting = (named: boolean) => modelText(build('adjudication-letter', data, { named })).split('\n').find((l) => l.startsWith('Dear '));
    expect(greeting(true)).toBe('Dear Mrs Pryce-Jones,');
    expect(greeting(false)).toBe('Dear Ms A,');
    // No form of address recorded: the full name (readiness warns), never the label in the letter sent.
    delete data.people[0]!.addressAs;
    expect(greeting(true)).toBe('Dear Sarah Jones,');
    // Two complainants, and none at all.
    data.people.push({ id: 'p-father', name: 'Mark Jones', label: 'Mr C', role: 'complainant', addressAs: 'Mr Jones' });
    data.people[0]!.addressAs = 'Mrs Jones';
    data.complaint.complainantIds.push('p-father');
    expect(greeting(true)).toBe('Dear Mrs Jones and Mr Jones,');
    expect(greeting(false)).toBe('Dear Ms A and Mr C,');
    data.complaint.complainantIds = [];
    expect(modelText(build('adjudication-letter', data, { named: true, draft: true }))).toContain('Dear Sir or Madam,');
  });
  it('has the action plan with owners and dates, the apology, an offer to meet', () => {
    expect(text).toContain('Recommendation\nDecision and action\nOwner\nBy');
    // Each row gives the recommendation in its words, not just its number.
    expect(text).toContain('\n2. The service should ensure that a duty or cover social worker is named for every child whose social worker is absent for more than five working days, and that parents are told who it is.\nAccepted. Team managers will name a cover social worker for any absence over five working days.\nHead of Service, Children in Care\n28 February 2025');
    expect(text).toContain('I apologise for the delay');
    expect(text).toContain('I would be happy to meet you');
  });
  it('gives the Stage 3 deadline computed by the clock: 20 working days from the letter', () => {
    // 6 January 2025 + 20 working days = 3 February 2025.
    expect(text).toContain('that is by 3 February 2025');
    const later = sample();
    later.adjudication!.date = '2024-12-16'; // across Christmas, Boxing Day and New Year, and the authority's closure day 27 December
    expect(modelText(build('adjudication-letter', later))).toContain('that is by 17 January 2025');
  });
  it("prints the Ombudsman's details for England, and Wales's Ombudsman (no Stage 3) for a Welsh case", () => {
    expect(text).toContain('Telephone: 0300 061 0614');
    // The postcode's space is a no-break space: a line never breaks inside it.
    expect(text).toContain('Post: Local Government and Social Care Ombudsman, PO Box 4771, Coventry CV4\u00A00EH');
    expect(text).toContain('Website: www.lgo.org.uk');
    const wales = sample();
    wales.case.procedure = 'wales-2014';
    const w = modelText(build('adjudication-letter', wales));
    expect(w).toContain('Public Services Ombudsman for Wales');
    expect(w).not.toContain('review panel');
  });
});

describe('panel report', () => {
  const model = build('panel-report', stage3Sample());
  const text = modelText(model);
  it('has members, date, venue, attendees, documents, the Stage 2 outcome, views and recommendations', () => {
    expect(model.title).toBe('Review panel report: Stage 3 complaint by Ms A');
    expect(text).toContain('The review panel met on 26 February 2025 at Committee Room 2, Exampleton Civic Centre');
    expect(text).toContain('The Chair\nPanel Member 1\nPanel Member 2');
    expect(text).toContain('Ms A (Complainant)\nThe advocate\nThe Adjudicating Officer (Head of Service, Children in Care)\nThe Investigating Officer\n');
    expect(text).toContain('A written submission from the advocate (19 February 2025)');
    expect(text).toContain("Point 2: Calls and emails to the social worker went unanswered\nRepresentations\nMs A told the panel");
    expect(text).toContain("Outcome in the panel's view: Partially upheld.");
    expect(text).toContain('Recommendation P2: Invitations to family time planning meetings');
    expect(text).toContain('The Director of Children\'s Services, the London Borough of Exampleton');
  });
  it('gives the due date: 5 working days from the meeting', () => {
    expect(text).toContain('that is by 5 March 2025');
  });
});

describe('drafts and missing parts', () => {
  it('builds a half-finished case without throwing, marking what is missing', () => {
    const data = sample();
    delete data.findings;
    delete data.adjudication;
    delete data.ipReview;
    for (const kind of documentKinds) {
      const m = build(kind, data, { draft: true });
      expect(m.draft).toBe(true);
    }
    expect(modelText(build('io-report', data, { draft: true }))).toContain('No finding recorded');
    expect(indexOfText(build('panel-report', data, { draft: true }), 'The panel members have not been recorded.')).toBeGreaterThan(0);
  });
  it('uses the classification of the case', () => {
    const data = sample();
    data.case.classification = 'OFFICIAL';
    expect(build('io-report', data).classification).toBe('OFFICIAL');
    delete data.case.classification;
    expect(build('io-report', data).classification).toBe('OFFICIAL-SENSITIVE');
  });
});

describe('the demo sample', () => {
  it('is the Stage 2 sample carried on to Stage 3, and nothing else changed', () => {
    const demo = stage3Sample();
    const fixture = sample();
    expect(demo.case).toEqual({ ...fixture.case, stage: 3, title: 'Stage 3: Ms A on behalf of Child B' });
    expect(demo.people.slice(0, fixture.people.length)).toEqual(fixture.people);
    expect(demo.people.slice(fixture.people.length).map((p) => p.role)).toEqual(['panel-chair', 'panel-member', 'panel-member']);
    const { case: _a, people: _b, panel, ...rest } = demo;
    const { case: _c, people: _d, ...fixtureRest } = fixture;
    expect(rest).toEqual(fixtureRest);
    expect(panel?.meetingDate).toBe('2025-02-26');
  });
});

describe('the large case', () => {
  it.each(documentKinds)('%s builds from the large generated case with no name leaking', (kind) => {
    const data = generateLargeCase();
    const model = build(kind, data, { draft: true });
    expect(model.blocks.length).toBeGreaterThan(10);
    expect(leakCheck(model, data.people, kind)).toEqual([]);
  });
});
