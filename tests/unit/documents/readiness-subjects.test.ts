// Each readiness problem says, by id, what it is about (shared/readiness): the point, or the
// recommendation, interview, person or action. The words of `place` are for people only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';

const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;

describe('what a readiness problem is about', () => {
  it('a problem placed at a point carries that point’s id', () => {
    const c: CaseData = {
      ...sample,
      findings: [],
      ipReview: { points: sample.statement.points.slice(0, 1).map((p) => ({ pointId: p.id, view: 'disagree' as const })) },
      adjudication: { points: [], actions: [] },
      statement: { ...sample.statement, points: sample.statement.points.map((p, i) => (i === 1 ? { ...p, summary: '' } : p)) },
    };
    const problems = checkReadiness(c).filter((p) => p.place.startsWith('point '));
    expect(problems.length).toBeGreaterThan(sample.statement.points.length);
    for (const p of problems) {
      const point = c.statement.points.find((x) => `point ${x.number}` === p.place);
      expect(p.pointId, `${p.path}: ${p.message}`).toBe(point?.id);
    }
  });

  it('a problem with a recommendation, an interview, a person or an action carries its id', () => {
    const c: CaseData = {
      ...sample,
      recommendations: (sample.recommendations ?? []).map((r) => ({ ...r, owner: undefined })),
      interviews: (sample.interviews ?? []).map((i) => ({ ...i, date: '2000-01-01' })),
      people: sample.people.map((p) => ({ ...p, address: undefined })),
    };
    const problems = checkReadiness(c);
    const recommendation = problems.find((p) => p.place.startsWith('recommendation '));
    expect(recommendation?.recordId).toEqual(expect.any(String));
    expect(recommendation?.recordId).toBe(c.recommendations!.find((r) => `recommendation ${r.number}` === recommendation?.place)?.id);
    expect(recommendation?.pointId).toBe(c.recommendations!.find((r) => r.id === recommendation?.recordId)?.pointIds[0]);
    const interview = problems.find((p) => p.place.startsWith('interview '));
    expect(interview?.recordId).toEqual(expect.any(String));
    expect(interview?.recordId).toBe(c.interviews!.find((i) => `interview ${i.ref}` === interview?.place)?.id);
    const person = problems.find((p) => p.path.startsWith('people['));
    expect(person?.recordId).toEqual(expect.any(String));
    expect(person?.recordId).toBe(c.people.find((x) => x.label === person?.place)?.id);
  });
});
