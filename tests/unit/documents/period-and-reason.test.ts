// The period a point covers (statement.points[].period) and the reason an upheld point needs no
// recommendation (findings[].noRecommendationReason), as the builders print them; and the
// older "No recommendation: ..." recommendation, still printed as the reason.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { leakCheck } from '../../../shared/documents/leak-check.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { blockTexts, build, HOSTILE, sample } from './helpers.ts';

const REASON = 'The assessment was corrected and re-issued during the investigation, so nothing further is needed.';

/** The text of the blocks from the heading starting `from` up to the next heading starting `to`. */
function between(model: DocumentModel, from: string, to?: string): string {
  const start = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(from));
  const end = to ? model.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.text.startsWith(to)) : -1;
  expect(start).toBeGreaterThanOrEqual(0);
  return model.blocks.slice(start, end < 0 ? undefined : end).flatMap(blockTexts).join('\n');
}

function withPeriod(): CaseData {
  const data = sample();
  data.statement.points[0]!.period = 'April to May 2024';
  return data;
}

/** The sample with point 4 upheld and no recommendation, but a reason recorded on the finding. */
function withReason(reason = REASON): CaseData {
  const data = sample();
  data.recommendations = data.recommendations!.filter((r) => r.id !== 'r-3');
  data.adjudication!.actions = data.adjudication!.actions.filter((a) => a.id !== 'a-3');
  data.findings!.find((f) => f.pointId === 'pt-4')!.noRecommendationReason = reason;
  return data;
}

describe('the period a point covers', () => {
  it('is printed under the point in the Statement of Complaint, and only where recorded', () => {
    const model = build('statement', withPeriod());
    expect(between(model, 'Point 1:', 'Point 2:')).toContain('Period: April to May 2024');
    expect(between(model, 'Point 2:', 'Point 3:')).not.toContain('Period:');
    expect(blockTexts(model.blocks.find((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text === 'April to May 2024'))!)).toEqual(['Period: April to May 2024']);
  });

  it('is printed under the complaint in the IO report', () => {
    const model = build('io-report', withPeriod());
    const point1 = between(model, 'Point 1:', 'Point 2:');
    expect(point1).toContain('Period: April to May 2024');
    expect(point1.indexOf('Period: April to May 2024')).toBeLessThan(point1.indexOf('The evidence'));
    expect(between(model, 'Point 2:', 'Point 3:')).not.toContain('Period:');
  });

  it('prints nothing for a period of blanks', () => {
    const data = sample();
    data.statement.points[0]!.period = '   ';
    expect(between(build('statement', data), 'Point 1:', 'Point 2:')).not.toContain('Period');
  });
});

describe('the reason an upheld point has no recommendation', () => {
  it('is printed under the point’s recommendations in the IO report, instead of “no recommendation on this point”', () => {
    const model = build('io-report', withReason());
    const point4 = between(model, 'Point 4:', 'Matters outside');
    const recommendations = point4.slice(point4.indexOf('Recommendations'));
    expect(recommendations).toContain(`No recommendation: ${REASON}`);
    expect(recommendations).not.toContain('I make no recommendation on this point.');
    const paragraph = model.blocks.find((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text === REASON));
    expect(paragraph?.kind === 'paragraph' && paragraph.runs.map((r) => [r.text, r.bold ?? false, r.source])).toEqual([
      ['No recommendation: ', true, undefined],
      [REASON, false, 'point 4, reason for no recommendation'],
    ]);
  });

  it('says “None (reason given)” in the summary table', () => {
    const model = build('io-report', withReason());
    const table = model.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r[3]!.map((x) => x.text).join(''))).toEqual(['1', '2', 'None', 'None (reason given)']);
  });

  it('keeps every paragraph of a longer reason', () => {
    const model = build('io-report', withReason(`${REASON}\n\nMs A has received the corrected copy.`));
    const point4 = between(model, 'Point 4:', 'Matters outside');
    expect(point4).toContain(`No recommendation: ${REASON}\nMs A has received the corrected copy.`);
  });

  it('is given in the adjudication letter beside the action plan', () => {
    const model = build('adjudication-letter', withReason());
    const text = model.blocks.flatMap(blockTexts).join('\n');
    expect(text).toContain(`The Investigating Officer made no recommendation on point 4, and gave this reason:\nPoint 4: No recommendation: ${REASON}`);
    const plan = model.blocks.findIndex((b) => b.kind === 'table' && (b.caption ?? '').startsWith('Action plan'));
    const reason = model.blocks.findIndex((b) => blockTexts(b).some((t) => t.includes(REASON)));
    expect(plan).toBeGreaterThanOrEqual(0);
    expect(reason).toBe(plan + 2);
  });

  it('is not printed in the letter when every point has its recommendations', () => {
    expect(build('adjudication-letter', sample()).blocks.flatMap(blockTexts).join('\n')).not.toContain('made no recommendation on');
  });

  it('is checked for names like every other text the user writes', () => {
    const data = sample();
    const person = data.people.find((p) => p.role === 'complainant')!;
    const named = withReason(`${person.name} has the corrected assessment.`);
    const leaks = leakCheck(build('io-report', named), named.people, 'IO report');
    expect(leaks).toContainEqual(expect.objectContaining({ place: 'IO report, point 4, reason for no recommendation', found: person.name, personId: person.id }));
  });

  it('still comes from an older “No recommendation: …” recommendation, which is never numbered', () => {
    const data = sample();
    data.recommendations = data.recommendations!.filter((r) => r.id !== 'r-3');
    data.adjudication!.actions = data.adjudication!.actions.filter((a) => a.id !== 'a-3');
    data.recommendations.push({ id: 'r-none', number: '3', text: 'No recommendation: the assessment was corrected during the investigation.', pointIds: ['pt-4'] });
    const model = build('io-report', data);
    const point4 = between(model, 'Point 4:', 'Matters outside');
    expect(point4).toContain('No recommendation: the assessment was corrected during the investigation.');
    expect(point4).not.toContain('Recommendation 3');
    const table = model.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows[3]![3]!.map((x) => x.text).join('')).toBe('None (reason given)');
    const letter = build('adjudication-letter', data).blocks.flatMap(blockTexts).join('\n');
    expect(letter).toContain('Point 4: No recommendation: the assessment was corrected during the investigation.');
  });
});

describe('hostile text in the period and the reason', () => {
  it('comes out literally, as typed', () => {
    const data = withReason(`Reason ${HOSTILE}`);
    data.statement.points[3]!.period = `Period ${HOSTILE}`;
    for (const kind of ['statement', 'io-report'] as const) expect(build(kind, data).blocks.flatMap(blockTexts).join('\n')).toContain(`Period: Period ${HOSTILE}`);
    for (const kind of ['io-report', 'adjudication-letter'] as const) expect(build(kind, data).blocks.flatMap(blockTexts).join('\n')).toContain(`No recommendation: Reason ${HOSTILE}`);
  });
});
