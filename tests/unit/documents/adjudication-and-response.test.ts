// What the adjudicating officer and the Director record, as the documents print it: a varied
// finding with its reasons, the reasons for a recommendation not accepted in full, a payment in
// the remedy, and the Director's response to the panel (printed once its date is recorded).
import { describe, expect, it } from 'vitest';
import { leakCheck } from '../../../shared/documents/leak-check.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { blockTexts, build, modelText, sample, stage3Sample } from './helpers.ts';

const headings = (data: CaseData, kind: 'adjudication-letter' | 'panel-report') =>
  build(kind, data).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

function adjudicated(): CaseData {
  const data = sample();
  const adj = data.adjudication!;
  adj.points[1] = { pointId: 'pt-2', decision: 'vary', outcome: 'upheld', reasons: 'The emails of 3 and 17 April show that no reply was ever sent.' };
  adj.actions[1] = { ...adj.actions[1]!, decision: 'declined', reasons: 'A cover social worker is already named by the duty system.\n\nA second list would confuse parents.', action: '' };
  delete adj.actions[1]!.owner;
  delete adj.actions[1]!.dueDate;
  adj.actions[2] = { ...adj.actions[2]!, decision: 'partly-accepted', reasons: 'The assessment will be corrected; the apology is in this letter.' };
  return data;
}

describe('the adjudication letter prints what the Adjudication screen records', () => {
  it('a varied finding with its new outcome and reasons', () => {
    const text = modelText(build('adjudication-letter', adjudicated()));
    expect(text).toContain("Point 2: Calls and emails to the social worker went unanswered. The Investigating Officer's finding: partially upheld. I have varied this finding to upheld.");
    expect(text).toContain('The emails of 3 and 17 April show that no reply was ever sent.');
  });

  it('a declined row with nothing to do, and the reasons for each recommendation not accepted in full', () => {
    const model = build('adjudication-letter', adjudicated());
    const text = modelText(model);
    // The recommendation in its words, then the decision leading the action (none, when declined), owner and date not applicable.
    expect(text).toContain('told who it is.\nDeclined.\nNot applicable\nNot applicable');
    expect(text).toContain('Where I have not accepted a recommendation in full, these are my reasons:\nRecommendation 2 (declined): A cover social worker is already named by the duty system.\nA second list would confuse parents.\nRecommendation 3 (partly accepted): The assessment will be corrected; the apology is in this letter.');
    // The reasons follow the action plan's table, inside "What we will do".
    const table = model.blocks.findIndex((b) => b.kind === 'table');
    const reasons = model.blocks.findIndex((b) => blockTexts(b).some((t) => t.startsWith('Recommendation 2 (declined)')));
    const apology = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Apology');
    expect(table).toBeGreaterThan(0);
    expect(reasons).toBeGreaterThan(table);
    expect(apology).toBeGreaterThan(reasons);
    // Each reason is tagged with its place, for the leak check.
    const first = model.blocks[reasons]!;
    expect(first.kind === 'paragraph' && first.runs.at(-1)!.source).toBe('action plan, recommendation 2, reasons');
  });

  it('no reasons paragraph when every recommendation is accepted', () => {
    expect(modelText(build('adjudication-letter', sample()))).not.toContain('not accepted a recommendation in full');
  });

  it('a payment in "Putting things right", with or without a remedy in words', () => {
    const data = sample();
    data.adjudication!.payment = { amount: 250, reason: 'in recognition of the delay at Stage 2.' };
    expect(headings(data, 'adjudication-letter')).toContain('Putting things right');
    let text = modelText(build('adjudication-letter', data));
    expect(text).toContain('Putting things right\nThe council will pay you £250 in recognition of the delay at Stage 2.\n');
    data.adjudication!.remedy = 'The assessment will be corrected and sent to you.';
    data.adjudication!.payment = { amount: 1250.5 };
    text = modelText(build('adjudication-letter', data));
    expect(text).toContain('Putting things right\nThe assessment will be corrected and sent to you.\nThe council will pay you £1,250.50.\n');
    delete data.adjudication!.payment;
    delete data.adjudication!.remedy;
    expect(headings(data, 'adjudication-letter')).not.toContain('Putting things right');
  });

  it('a name typed into the reasons or the payment is caught by the leak check, at its place', () => {
    const data = adjudicated();
    data.adjudication!.actions[1]!.reasons = 'Priya already names cover.';
    data.adjudication!.payment = { amount: 100, reason: 'for the calls Sarah made' };
    const places = leakCheck(build('adjudication-letter', data), data.people, 'Adjudication letter').map((l) => l.place);
    expect(places).toEqual(expect.arrayContaining([expect.stringContaining('recommendation 2, reasons'), expect.stringContaining('payment, what it is for')]));
  });
});

describe("the panel report and the Director's response", () => {
  const responded = (): CaseData => {
    const data = stage3Sample();
    data.panel!.directorResponseDate = '2025-03-24';
    data.panel!.ipConsultedDate = '2025-03-19';
    data.panel!.recommendations[0]!.directorResponse = 'accepted';
    data.panel!.recommendations[1]!.directorResponse = 'not-accepted';
    data.panel!.recommendations[1]!.directorReasons = 'Email invitations are already sent; ten working days would delay urgent meetings.';
    return data;
  };

  it('as sent, before the response: the panel\'s own report, saying what will happen', () => {
    const data = stage3Sample();
    data.panel!.recommendations[0]!.directorResponse = 'accepted'; // recorded, but no date yet
    const text = modelText(build('panel-report', data));
    expect(headings(data, 'panel-report')).not.toContain('The response to the recommendations');
    expect(text).toContain('will respond in writing, together with the Independent Person from Stage 2');
    expect(text).not.toContain('completes the council');
  });

  it('once the response is dated: each recommendation with the response and the reasons for a departure', () => {
    const data = responded();
    const h = headings(data, 'panel-report');
    expect(h.indexOf('The response to the recommendations')).toBe(h.indexOf('Recommendations') + 1);
    const text = modelText(build('panel-report', data));
    expect(text).toContain("The Director of Children's Services responded to the panel's recommendations on 24 March 2025, having considered this report together with the Independent Person from Stage 2 on 19 March 2025.");
    expect(text).toContain('Recommendation P1: The council should offer Ms A a payment of £150');
    expect(text).toContain('Response: Accepted.');
    expect(text).toContain('Response: Not accepted.\nReasons: Email invitations are already sent; ten working days would delay urgent meetings.');
    expect(text).not.toContain('will respond in writing');
    // What happens next says the procedure is over, before the Ombudsman's details.
    expect(text).toContain("The response of the Director of Children's Services, set out above, completes the council's complaints procedure.\nYou may also contact the Local Government and Social Care Ombudsman.");
    expect(leakCheck(build('panel-report', data), data.people, 'Panel report')).toEqual([]);
  });

  it('without the date the Independent Person was consulted, says nothing about it', () => {
    const data = responded();
    delete data.panel!.ipConsultedDate;
    expect(modelText(build('panel-report', data))).toContain("responded to the panel's recommendations on 24 March 2025.\n");
  });
});
