// Readiness: each rule of docs/contracts/design.md section 6 and the issue, its severity, place
// and documents.
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness, documentsForStage, isBlocking } from '../../../shared/readiness/index.ts';
import { sample, stage3Sample } from './helpers.ts';

const problems = (data: CaseData, kind?: DocumentKind) => checkReadiness(data, kind).map((p) => `${p.severity} | ${p.place} | ${p.message} | ${p.path}`);

describe('readiness', () => {
  it('finds nothing wrong with the samples', () => {
    expect(checkReadiness(sample())).toEqual([]);
    expect(checkReadiness(stage3Sample())).toEqual([]);
    for (const kind of ['statement', 'io-report', 'ip-report', 'adjudication-letter', 'panel-report'] as const) expect(checkReadiness(stage3Sample(), kind)).toEqual([]);
  });

  it('checks the documents of the case’s stage by default', () => {
    expect(documentsForStage(sample())).toEqual(['statement', 'io-report', 'ip-report', 'adjudication-letter']);
    expect(documentsForStage(stage3Sample())).toHaveLength(5);
    expect(checkReadiness(sample(), 'panel-report').some((p) => p.message === 'the review panel has not been recorded')).toBe(true);
    expect(checkReadiness(sample()).some((p) => p.documents.includes('panel-report'))).toBe(false);
  });

  it('every in-scope point has a finding', () => {
    const data = sample();
    data.findings = data.findings!.filter((f) => f.pointId !== 'pt-3');
    expect(problems(data, 'io-report')).toEqual(['blocking | point 3 | the point has no finding | findings']);
    expect(isBlocking(checkReadiness(data, 'io-report'))).toBe(true);
    expect(checkReadiness(data, 'statement')).toEqual([]);
  });

  it('every upheld or partially upheld point has a recommendation, or a stated reason for none', () => {
    const data = sample();
    data.recommendations = data.recommendations!.filter((r) => r.id !== 'r-3');
    data.adjudication!.actions = data.adjudication!.actions.filter((a) => a.id !== 'a-3');
    expect(problems(data, 'io-report')).toEqual(['blocking | point 4 | the point is upheld but has no recommendation; add one, or record why none is needed | findings[3].noRecommendationReason']);
    // A reason of blanks is no reason.
    data.findings![3]!.noRecommendationReason = '  ';
    expect(isBlocking(checkReadiness(data, 'io-report'))).toBe(true);
    data.findings![3]!.noRecommendationReason = 'The assessment was corrected during the investigation.';
    expect(checkReadiness(data, 'io-report')).toEqual([]);
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
  });

  it('still accepts the older "No recommendation:" recommendation as the reason', () => {
    const data = sample();
    data.recommendations = data.recommendations!.filter((r) => r.id !== 'r-3');
    data.adjudication!.actions = data.adjudication!.actions.filter((a) => a.id !== 'a-3');
    data.recommendations.push({ id: 'r-none', number: '3', text: 'No recommendation: the assessment was corrected during the investigation.', pointIds: ['pt-4'] });
    expect(checkReadiness(data, 'io-report')).toEqual([]);
    // The reason is not a recommendation the action plan must answer.
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
  });

  it('warns when a point has both a recommendation and a reason why none is needed', () => {
    const data = sample();
    data.findings![3]!.noRecommendationReason = 'The assessment was corrected during the investigation.';
    expect(problems(data, 'io-report')).toEqual(['warning | point 4 | the point has a recommendation and also a reason why none is needed; remove one of them | findings[3].noRecommendationReason']);
  });

  it('every referenced id resolves', () => {
    const data = sample();
    data.findings![0]!.sourceIds = ['e-1', 'e-99'];
    expect(problems(data, 'io-report')).toContain('blocking | findings[0].sourceIds[1] | unknown evidence or interview "e-99" | findings[0].sourceIds[1]');
  });

  it('dates are in the order the procedure runs', () => {
    const data = sample();
    data.statement.agreedDate = '2024-10-20'; // before it was sent (28 October)
    expect(problems(data, 'statement')).toContain('blocking | statement.agreedDate | the statement was agreed (2024-10-20) is dated before the statement was sent (2024-10-28) | statement.agreedDate');
    const later = sample();
    later.adjudication!.date = '2024-11-01';
    expect(problems(later, 'adjudication-letter')).toContain('blocking | adjudication.date | the adjudication letter (2024-11-01) is dated before the statement was agreed (2024-11-04) | adjudication.date');
  });

  it('the statement is agreed before the interviews', () => {
    const data = sample();
    data.interviews![0]!.date = '2024-11-01';
    expect(problems(data, 'io-report')).toEqual(['warning | interview I1 | the interview took place before the Statement of Complaint was agreed | interviews[0].date']);
  });

  it('the reports need the statement agreed; the statement itself only warns', () => {
    const data = sample();
    delete data.statement.agreedDate;
    expect(problems(data, 'statement')).toEqual(['warning | Statement of Complaint | the statement has not been agreed yet | statement.agreedDate']);
    expect(problems(data, 'io-report')).toEqual(['blocking | Statement of Complaint | the date the statement was agreed is not recorded | statement.agreedDate']);
  });

  it('an out-of-scope point needs its reason', () => {
    const data = sample();
    delete data.statement.points[4]!.outOfScopeReason;
    expect(problems(data, 'statement')).toEqual(['blocking | point 5 | the point is outside the investigation but no reason is given | statement.points[4].outOfScopeReason']);
  });

  it('the IP report needs a view on every in-scope point, with reasons where not agreeing', () => {
    const data = sample();
    data.ipReview!.points = data.ipReview!.points.filter((v) => v.pointId !== 'pt-1');
    delete data.ipReview!.points.find((v) => v.pointId === 'pt-3')!.comment;
    expect(problems(data, 'ip-report')).toEqual([
      "blocking | point 1 | the Independent Person's view on this finding is not recorded | ipReview.points",
      'blocking | point 3 | the Independent Person does not fully agree but gives no reason | ipReview.points[1].comment',
    ]);
    delete data.ipReview;
    expect(problems(data, 'ip-report')).toEqual(["blocking | IP review | the Independent Person's review has not been recorded | ipReview"]);
  });

  it('the letter needs a date, an adjudicator and a decision on every point', () => {
    const data = sample();
    delete data.adjudication!.date;
    delete data.adjudication!.adjudicatorId;
    data.adjudication!.points[1] = { pointId: 'pt-2', decision: 'vary' };
    data.adjudication!.points.pop();
    expect(problems(data, 'adjudication-letter')).toEqual([
      'blocking | adjudication | the date of the adjudication letter is not recorded | adjudication.date',
      'blocking | adjudication | the adjudicating officer is not recorded | adjudication.adjudicatorId',
      'blocking | point 2 | the finding is varied but the new outcome is not chosen | adjudication.points[1].outcome',
      'blocking | point 2 | the finding is varied but no reasons are given | adjudication.points[1].reasons',
      'blocking | point 4 | there is no decision on this point | adjudication.points',
    ]);
  });

  it('the letter is stopped by an unanswered recommendation, and warns about an action without owner, no apology, no address, no form of address', () => {
    const data = sample();
    data.adjudication!.actions = data.adjudication!.actions.slice(0, 2);
    delete data.adjudication!.actions[0]!.owner;
    delete data.adjudication!.apology;
    delete data.people[0]!.address;
    data.people[0]!.addressAs = ' ';
    expect(problems(data, 'adjudication-letter')).toEqual([
      'blocking | recommendation 3 | the action plan does not respond to this recommendation | adjudication.actions',
      'warning | action plan | the action "A re-arrangement procedure will be added to the…" has no owner or date | adjudication.actions[0]',
      'warning | adjudication | fault was found but no apology is recorded | adjudication.apology',
      'warning | Ms A | the complainant has no postal address for the letter | people[0].address',
      'warning | Ms A | the complainant has no form of address (title and surname, such as "Mrs Pryce-Jones"), so the letter opens "Dear" and their full name | people[0].addressAs',
    ]);
    // Only the letter greets anyone: the other documents do not ask for it.
    expect(problems(data, 'io-report').join('\n')).not.toContain('form of address');
  });

  it('the panel report needs the meeting date, chair and members, and not the Stage 2 IP', () => {
    const data = stage3Sample();
    delete data.panel!.meetingDate;
    delete data.panel!.chairId;
    data.panel!.memberIds = ['p-pm1', 'p-ip'];
    expect(problems(data, 'panel-report')).toEqual([
      'blocking | review panel | the date of the panel meeting is not recorded | panel.meetingDate',
      'blocking | review panel | the panel chair is not recorded | panel.chairId',
      'blocking | review panel | the Stage 2 Independent Person may not sit on the review panel (Regulation 19) | panel.memberIds',
      'warning | review panel | a review panel has three members; 2 are recorded | panel.memberIds',
    ]);
    data.panel!.memberIds = [];
    expect(problems(data, 'panel-report')).toContain('blocking | review panel | the panel members are not recorded | panel.memberIds');
  });

  it('a varied finding needs its new outcome and reasons; varying to the same outcome is queried', () => {
    const data = sample();
    data.adjudication!.points[1] = { pointId: 'pt-2', decision: 'vary', outcome: 'upheld', reasons: '  ' };
    expect(problems(data, 'adjudication-letter')).toEqual(['blocking | point 2 | the finding is varied but no reasons are given | adjudication.points[1].reasons']);
    data.adjudication!.points[1]!.reasons = 'The emails of 3 and 17 April show that no reply was ever sent.';
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
    data.adjudication!.points[1]!.outcome = data.findings!.find((f) => f.pointId === 'pt-2')!.outcome;
    expect(problems(data, 'adjudication-letter')).toEqual([
      "warning | point 2 | the finding is varied to the outcome the Investigating Officer found; accept it instead, or choose the new outcome | adjudication.points[1].outcome",
    ]);
  });

  it('a recommendation declined or accepted only in part needs reasons, and an accepted one its action', () => {
    const data = sample();
    data.adjudication!.actions[1] = { ...data.adjudication!.actions[1]!, decision: 'declined', action: '' };
    data.adjudication!.actions[2] = { ...data.adjudication!.actions[2]!, decision: 'partly-accepted', reasons: ' ' };
    data.adjudication!.actions[0] = { ...data.adjudication!.actions[0]!, action: '' };
    expect(problems(data, 'adjudication-letter')).toEqual([
      'blocking | recommendation 1 | the action plan does not say what will be done | adjudication.actions[0].action',
      'blocking | recommendation 2 | the recommendation is declined but no reasons are given | adjudication.actions[1].reasons',
      'blocking | recommendation 3 | the recommendation is partly accepted but no reasons are given | adjudication.actions[2].reasons',
    ]);
    data.adjudication!.actions[0]!.action = 'A re-arrangement procedure will be written.';
    data.adjudication!.actions[1]!.reasons = 'A cover social worker is already named by the duty system.';
    data.adjudication!.actions[2]!.reasons = 'The assessment will be corrected, but the apology has been given in this letter.';
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
    // The IO report and the other documents do not depend on the adjudication.
    expect(checkReadiness({ ...data, adjudication: { ...data.adjudication!, actions: [{ ...data.adjudication!.actions[1]!, reasons: '' }] } }, 'io-report')).toEqual([]);
  });

  it('a payment says what it is for', () => {
    const data = sample();
    data.adjudication!.payment = { amount: 250 };
    expect(problems(data, 'adjudication-letter')).toEqual(['warning | adjudication | a payment is recorded without saying what it is for | adjudication.payment.reason']);
    data.adjudication!.payment.reason = 'in recognition of the delay at Stage 2';
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
  });

  it("the Director's response, once begun, answers every panel recommendation, with written reasons for a departure", () => {
    const data = stage3Sample();
    // Not begun: the panel report is the panel's, sent before any response.
    expect(checkReadiness(data, 'panel-report')).toEqual([]);
    data.panel!.recommendations[1]!.directorResponse = 'not-accepted';
    expect(problems(data, 'panel-report')).toEqual([
      "blocking | review panel | the date of the Director's response is not recorded | panel.directorResponseDate",
      "blocking | panel recommendation P1 | the Director's response to the recommendation is not recorded | panel.recommendations[0].directorResponse",
      "blocking | panel recommendation P2 | the Director departs from the panel's recommendation without written reasons | panel.recommendations[1].directorReasons",
      "warning | review panel | it is not recorded that the panel's report was considered with the Stage 2 Independent Person (Regulation 20) | panel.ipConsultedDate",
    ]);
    data.panel!.directorResponseDate = '2025-03-20';
    data.panel!.ipConsultedDate = '2025-03-18';
    data.panel!.recommendations[0]!.directorResponse = 'accepted';
    data.panel!.recommendations[1]!.directorReasons = 'Email invitations are already sent; ten working days would delay urgent meetings.';
    expect(checkReadiness(data, 'panel-report')).toEqual([]);
    data.panel!.recommendations[1]!.directorResponse = 'partly-accepted';
    data.panel!.recommendations[1]!.directorReasons = '';
    expect(problems(data, 'panel-report')).toEqual(["blocking | panel recommendation P2 | the Director departs from the panel's recommendation without written reasons | panel.recommendations[1].directorReasons"]);
  });

  it('the Independent Person is consulted after the panel report and before the response', () => {
    const data = stage3Sample();
    data.panel!.ipConsultedDate = '2025-03-01'; // the report is dated 5 March
    expect(problems(data, 'panel-report')).toContain('blocking | panel.ipConsultedDate | the Independent Person was consulted on the report (2025-03-01) is dated before the panel report (2025-03-05) | panel.ipConsultedDate');
  });

  it('recommendations should be owned and dated so they can be tracked', () => {
    const data = sample();
    delete data.recommendations![0]!.dueDate;
    expect(problems(data, 'io-report')).toEqual(['warning | recommendation 1 | the recommendation has no owner or target date, so it cannot be tracked | recommendations[0]']);
  });
});
