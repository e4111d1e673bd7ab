// Each readiness problem links to the screen (and point) where the user puts it right: a
// problem about a printed text through the one table of where each text is edited
// (text-places.ts), any other field by its interchange path.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { allProblems, placeOf, placeOfField, problemsFor } from '../../../renderer/src/app/readiness.ts';
import { textPlace } from '../../../renderer/src/app/text-places.ts';
import { refKey, type TextFieldName } from '../../../shared/case-model/texts.ts';
import { readinessContextOf } from '../../../shared/readiness/index.ts';

/** A printed text's field, found by its reference (data-text-ref) as every screen finds it. */
const text = (field: TextFieldName, recordId?: string) => ({ focusText: refKey({ field, recordId }) });

const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;

describe('readiness problems on screen', () => {
  it('a point without a finding links to that point on the Findings screen', () => {
    const point = sample.statement.points.find((p) => p.scope !== 'out')!;
    const c: CaseData = { ...sample, findings: (sample.findings ?? []).filter((f) => f.pointId !== point.id) };
    const problem = problemsFor(c, 'io-report', {}).find((p) => p.message.includes('has no finding'));
    expect(problem?.message).toBe(`Point ${point.number}: the point has no finding.`);
    expect(problem?.severity).toBe('blocking');
    expect(problem?.place).toEqual({ screen: 'findings', pointId: point.id });
  });

  it('an upheld point with neither a recommendation nor a reason links to the “Why no recommendation” field of its finding', () => {
    const c: CaseData = { ...sample, recommendations: (sample.recommendations ?? []).filter((r) => !r.pointIds.includes('pt-4')) };
    const problem = problemsFor(c, 'io-report', {}).find((p) => p.message.includes('record why none is needed'));
    expect(problem?.message).toBe('Point 4: the point is upheld but has no recommendation; add one, or record why none is needed.');
    expect(problem?.place).toEqual({ screen: 'findings', pointId: 'pt-4', ...text('findings.noRecommendationReason', 'pt-4') });
  });

  it('a point without a summary links to its summary field on the Statement screen', () => {
    const points = sample.statement.points.map((p, i) => (i === 1 ? { ...p, summary: '' } : p));
    const c: CaseData = { ...sample, statement: { ...sample.statement, points } };
    const problem = problemsFor(c, 'statement', {}).find((p) => p.message.includes('no summary'));
    expect(problem?.place).toEqual({ screen: 'statement', ...text('statement.points.summary', points[1]!.id) });
  });

  it('an unagreed statement links to the Statement screen, and a missing complainant to the Complaint screen', () => {
    const c: CaseData = { ...sample, statement: { ...sample.statement, agreedDate: undefined }, complaint: { ...sample.complaint, complainantIds: [] } };
    const problems = allProblems(c, {});
    expect(problems.find((p) => p.message.includes('agreed is not recorded'))?.place).toEqual({ screen: 'statement' });
    expect(problems.find((p) => p.message.includes('no complainant'))?.place).toEqual({ screen: 'complaint', focusId: 'complaint-parties-h' });
  });

  it("a complainant's missing form of address or postal address opens their card at that field", () => {
    const people = sample.people.map((p) => (p.id === 'p-mother' ? { ...p, addressAs: undefined, address: undefined } : p));
    const problems = problemsFor({ ...sample, people }, 'adjudication-letter', {});
    expect(problems.find((p) => p.message.includes('no form of address'))?.place).toEqual({ screen: 'people', personId: 'p-mother', focusId: 'person-p-mother-address-as' });
    expect(problems.find((p) => p.message.includes('no postal address'))?.place).toEqual({ screen: 'people', personId: 'p-mother', focusId: 'person-p-mother-address' });
  });

  it('dates out of order link to the field of the date: the complaint dates on the Complaint screen', () => {
    const c: CaseData = { ...sample, complaint: { ...sample.complaint, stage1ResponseDate: '2024-08-01' } };
    const problem = allProblems(c, {}).find((p) => p.message.includes('dated before'));
    expect(problem?.place).toEqual({ screen: 'complaint', focusId: 'complaint-stage1-response' });
  });
});

describe('the place of each field of the case', () => {
  it('has one for every field of the case, the council, the complaint, a person and the IO report chapters', () => {
    expect(textPlace(sample, { field: 'case.title' })).toEqual({ screen: 'case', ...text('case.title') });
    expect(textPlace(sample, { field: 'case.references.authority' })).toEqual({ screen: 'case', ...text('case.references.authority') });
    expect(placeOfField('case.references.own')).toEqual({ screen: 'case', focusId: 'case-own-reference' });
    expect(placeOfField('case.clockStart')).toEqual({ screen: 'case' });
    expect(textPlace(sample, { field: 'authority.address', item: 1 })).toEqual({ screen: 'case', ...text('authority.address') });
    expect(placeOfField('authority.complaintsManager.email')).toEqual({ screen: 'case', focusId: 'complaints-manager-email' });
    expect(placeOfField('authority.closureDays')).toEqual({ screen: 'case' });
    expect(placeOfField('complaint.receivedDate')).toEqual({ screen: 'complaint', focusId: 'complaint-received' });
    expect(textPlace(sample, { field: 'complaint.background' })).toEqual({ screen: 'complaint', ...text('complaint.background') });
    expect(textPlace(sample, { field: 'people.jobTitle', recordId: 'p-sw' })).toEqual({ screen: 'people', personId: 'p-sw', ...text('people.jobTitle', 'p-sw') });
    expect(placeOfField('people[3].addressAs', 'p-sw')).toEqual({ screen: 'people', personId: 'p-sw', focusId: 'person-p-sw-address-as' });
    expect(placeOfField('people[3]', 'p-sw')).toEqual({ screen: 'people', personId: 'p-sw' });
    for (const field of ['introduction', 'methodology', 'legalFramework', 'background', 'conclusion']) {
      expect(placeOfField(`investigation.${field}`)).toEqual({ screen: 'ioReport', focusId: `investigation-${field}` });
    }
    expect(placeOfField('statement.agreedDate')).toEqual({ screen: 'statement' });
    expect(placeOfField('extension.newDeadline')).toEqual({ screen: 'overview' });
    expect(placeOfField('adjudication.date')).toBeUndefined();
  });

  it('a problem about a printed text names the text, and links to its field', () => {
    const c: CaseData = { ...sample, findings: sample.findings!.map((f, i) => (i === 0 ? { ...f, analysis: 'As D99 shows.' } : f)) };
    const cited = problemsFor(c, 'io-report', {}).find((p) => p.message.includes('D99'));
    expect(cited?.place).toEqual({ screen: 'findings', pointId: sample.findings![0]!.pointId, ...text('findings.analysis', sample.findings![0]!.pointId) });
  });

  it('a page cited beyond its file, as the page counts read from the casefile know it, links to the field that cites it', () => {
    const sha256 = 'c'.repeat(64);
    const c: CaseData = {
      ...sample,
      evidence: sample.evidence!.map((e) => (e.ref === 'D3' ? { ...e, attachment: { fileName: 'emails.pdf', mediaType: 'application/pdf', size: 10, sha256 } } : e)),
      findings: sample.findings!.map((f, i) => (i === 0 ? { ...f, analysis: 'As D3, pp. 2-4 shows.' } : f)),
    };
    const context = readinessContextOf([
      { evidenceId: 'x', ref: 'D3', fileName: 'emails.pdf', sha256, status: 'indexed', pages: 2 },
    ]);
    const cited = problemsFor(c, 'io-report', context).find((p) => p.message.includes('D3 has'));
    expect(cited?.message).toBe('Point 1, analysis: D3 has 2 pages; there are no pages 3 and 4.');
    expect(cited?.place).toEqual({ screen: 'findings', pointId: sample.findings![0]!.pointId, ...text('findings.analysis', sample.findings![0]!.pointId) });
    // A file still pending has no count yet: no problem until it is read.
    expect(problemsFor(c, 'io-report', readinessContextOf([{ evidenceId: 'x', ref: 'D3', fileName: 'emails.pdf', sha256, status: 'pending' }])).some((p) => p.message.includes('D3 has'))).toBe(false);
  });

  it('problems with no screen of their own carry no link', () => {
    const c: CaseData = { ...sample, interviews: sample.interviews!.map((i, n) => (n === 0 ? { ...i, date: '2024-11-01' } : i)) };
    const problem = problemsFor(c, 'io-report', {}).find((p) => p.message.includes('before the Statement of Complaint was agreed'));
    expect(problem).toBeDefined();
    expect(problem?.place).toBeUndefined();
  });

  it('problems with the adjudication link to the Adjudication screen: the field, the point or the recommendation', () => {
    expect(problemsFor({ ...sample, adjudication: undefined }, 'adjudication-letter', {}).find((p) => p.message.includes('adjudication has not been recorded'))?.place).toEqual({ screen: 'adjudication' });
    const adjudication = structuredClone(sample.adjudication!);
    delete adjudication.date;
    delete adjudication.adjudicatorId;
    adjudication.points[1] = { pointId: 'pt-2', decision: 'vary' };
    adjudication.points.pop();
    adjudication.actions[1] = { ...adjudication.actions[1]!, decision: 'declined' };
    adjudication.actions[0] = { ...adjudication.actions[0]!, action: '' };
    adjudication.actions.pop();
    adjudication.payment = { amount: 250 };
    const places = Object.fromEntries(problemsFor({ ...sample, adjudication }, 'adjudication-letter', {}).map((p) => [p.message, p.place]));
    expect(places).toEqual({
      'Adjudication: the date of the adjudication letter is not recorded.': { screen: 'adjudication', focusId: 'adjudication-date' },
      'Adjudication: the adjudicating officer is not recorded.': { screen: 'adjudication', focusId: 'adjudication-officer' },
      'Point 2: the finding is varied but the new outcome is not chosen.': { screen: 'adjudication', focusId: 'adjudication-pt-2-outcome' },
      'Point 2: the finding is varied but no reasons are given.': { screen: 'adjudication', ...text('adjudication.points.reasons', 'pt-2') },
      'Point 4: there is no decision on this point.': { screen: 'adjudication', focusId: 'adjudication-point-pt-4-h' },
      'Recommendation 1: the action plan does not say what will be done.': { screen: 'adjudication', ...text('adjudication.actions.action', 'a-1') },
      'Recommendation 2: the recommendation is declined but no reasons are given.': { screen: 'adjudication', ...text('adjudication.actions.reasons', 'a-2') },
      'Recommendation 3: the action plan does not respond to this recommendation.': { screen: 'adjudication', focusId: 'action-rec-r-3-h' },
      'Adjudication: a payment is recorded without saying what it is for.': { screen: 'adjudication', ...text('adjudication.payment.reason') },
    });
  });

  it("problems with the Director's response link to its fields on the Review panel screen", () => {
    const panel = {
      memberIds: [], attendeeIds: [], points: [],
      recommendations: [
        { id: 'prec-1', number: 'P1', text: 'Notice.', pointIds: [], directorResponse: 'not-accepted' as const },
        { id: 'prec-2', number: 'P2', text: 'Apology.', pointIds: [] },
      ],
    };
    const places = Object.fromEntries(problemsFor({ ...sample, panel }, 'panel-report', {}).map((p) => [p.message, p.place]));
    expect(places["Review panel: the date of the Director's response is not recorded."]).toEqual({ screen: 'panel', focusId: 'panel-director-response-date' });
    expect(places["Panel recommendation P1: the Director departs from the panel's recommendation without written reasons."]).toEqual({ screen: 'panel', ...text('panel.recommendations.directorReasons', 'prec-1') });
    expect(places["Panel recommendation P2: the Director's response to the recommendation is not recorded."]).toEqual({ screen: 'panel', focusId: 'panel-rec-prec-2-response-h' });
    expect(places["Review panel: it is not recorded that the panel's report was considered with the Stage 2 Independent Person (Regulation 20)."]).toEqual({ screen: 'panel', focusId: 'panel-ip-consulted-date' });
  });

  it("problems with the IP's review link to the IP review screen, a missing reason to its comment", () => {
    const missing = problemsFor({ ...sample, ipReview: undefined }, 'ip-report', {}).find((p) => p.message.includes('Independent Person'));
    expect(missing?.place).toEqual({ screen: 'ipReview' });
    const ipReview = { ...sample.ipReview!, points: sample.ipReview!.points.map((v) => ({ pointId: v.pointId, view: 'disagree' as const })) };
    const noReason = problemsFor({ ...sample, ipReview }, 'ip-report', {}).find((p) => p.message.includes('gives no reason'));
    expect(noReason?.place).toEqual({ screen: 'ipReview', ...text('ipReview.points.comment', ipReview.points[0]!.pointId) });
  });

  it('finds the place from the ids a problem carries, not from its words', () => {
    const about = { severity: 'blocking' as const, message: 'anything', documents: ['io-report' as const], place: 'whatever the words say' };
    expect(placeOf({ ...about, path: 'findings', pointId: 'pt-7' })).toEqual({ screen: 'findings', pointId: 'pt-7' });
    expect(placeOf({ ...about, path: 'adjudication.points[0].outcome', pointId: 'pt-7' })).toEqual({ screen: 'adjudication', focusId: 'adjudication-pt-7-outcome' });
    expect(placeOf({ ...about, path: 'panel.points[2]', pointId: 'pt-7' })).toEqual({ screen: 'panel' });
    expect(placeOf({ ...about, path: 'recommendations[1].text', recordId: 'r-1', pointId: 'pt-7' })).toEqual({ screen: 'findings', pointId: 'pt-7' });
  });
});
