// Each readiness problem links to the screen (and point) where the user puts it right.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { allProblems, placeOf, problemsFor } from '../../../renderer/src/app/readiness.ts';

const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;

describe('readiness problems on screen', () => {
  it('a point without a finding links to that point on the Findings screen', () => {
    const point = sample.statement.points.find((p) => p.scope !== 'out')!;
    const c: CaseData = { ...sample, findings: (sample.findings ?? []).filter((f) => f.pointId !== point.id) };
    const problem = problemsFor(c, 'io-report').find((p) => p.message.includes('has no finding'));
    expect(problem?.message).toBe(`Point ${point.number}: the point has no finding.`);
    expect(problem?.severity).toBe('blocking');
    expect(problem?.place).toEqual({ screen: 'findings', pointId: point.id });
  });

  it('an upheld point with neither a recommendation nor a reason links to the “Why no recommendation” field of its finding', () => {
    const c: CaseData = { ...sample, recommendations: (sample.recommendations ?? []).filter((r) => !r.pointIds.includes('pt-4')) };
    const problem = problemsFor(c, 'io-report').find((p) => p.message.includes('record why none is needed'));
    expect(problem?.message).toBe('Point 4: the point is upheld but has no recommendation; add one, or record why none is needed.');
    expect(problem?.place).toEqual({ screen: 'findings', pointId: 'pt-4', focusId: 'finding-pt-4-no-recommendation' });
  });

  it('a point without a summary links to its summary field on the Statement screen', () => {
    const points = sample.statement.points.map((p, i) => (i === 1 ? { ...p, summary: '' } : p));
    const c: CaseData = { ...sample, statement: { ...sample.statement, points } };
    const problem = problemsFor(c, 'statement').find((p) => p.message.includes('no summary'));
    expect(problem?.place).toEqual({ screen: 'statement', focusId: `point-${points[1]!.id}-summary` });
  });

  it('an unagreed statement links to the Statement screen, and a missing complainant to People', () => {
    const c: CaseData = { ...sample, statement: { ...sample.statement, agreedDate: undefined }, complaint: { ...sample.complaint, complainantIds: [] } };
    const problems = allProblems(c);
    expect(problems.find((p) => p.message.includes('agreed is not recorded'))?.place).toEqual({ screen: 'statement' });
    expect(problems.find((p) => p.message.includes('no complainant'))?.place).toEqual({ screen: 'people' });
  });

  it('problems with no screen of their own carry no link', () => {
    const c: CaseData = { ...sample, adjudication: undefined };
    const problem = problemsFor(c, 'adjudication-letter').find((p) => p.message.toLowerCase().includes('adjudication'));
    expect(problem).toBeDefined();
    expect(problem?.place).toBeUndefined();
  });

  it("problems with the IP's review link to the IP review screen, a missing reason to its comment", () => {
    const missing = problemsFor({ ...sample, ipReview: undefined }, 'ip-report').find((p) => p.message.includes('Independent Person'));
    expect(missing?.place).toEqual({ screen: 'ipReview' });
    const ipReview = { ...sample.ipReview!, points: sample.ipReview!.points.map((v) => ({ pointId: v.pointId, view: 'disagree' as const })) };
    const noReason = problemsFor({ ...sample, ipReview }, 'ip-report').find((p) => p.message.includes('gives no reason'));
    expect(noReason?.place).toEqual({ screen: 'ipReview', focusId: `ip-${ipReview.points[0]!.pointId}-comment` });
  });

  it('finds the place from the ids a problem carries, not from its words', () => {
    const about = { severity: 'blocking' as const, message: 'anything', documents: ['io-report' as const], place: 'whatever the words say' };
    expect(placeOf({ ...about, path: 'findings', pointId: 'pt-7' })).toEqual({ screen: 'findings', pointId: 'pt-7' });
    expect(placeOf({ ...about, path: 'findings[0].noRecommendationReason', pointId: 'pt-7' })).toEqual({ screen: 'findings', pointId: 'pt-7', focusId: 'finding-pt-7-no-recommendation' });
    expect(placeOf({ ...about, path: 'panel.points[2].view', pointId: 'pt-7' })).toEqual({ screen: 'panel', focusId: 'panel-pt-7-view' });
    expect(placeOf({ ...about, path: 'recommendations[1].text', recordId: 'r-1', pointId: 'pt-7' })).toEqual({ screen: 'findings', pointId: 'pt-7' });
  });
});
