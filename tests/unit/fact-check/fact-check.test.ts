// The fact-check round: when a comment is answered, when a round is closed, what readiness says
// about the final IO report meanwhile, the paragraph numbers of the draft, the report's
// appendix, the default due date, and the interchange rules for rounds and comments.
import { describe, expect, it } from 'vitest';
import { numberedParagraphs, numberParagraphs } from '../../../shared/document/paragraph-numbers.ts';
import { asFactCheckDraft } from '../../../shared/documents/fact-check-draft.ts';
import { factCheckDueDate } from '../../../shared/deadlines/index.ts';
import { mayCloseWithoutComments, roundState, unanswered } from '../../../shared/fact-check/index.ts';
import { parseCase } from '../../../shared/interchange/parse.ts';
import type { CaseData, FactCheckCommentData } from '../../../shared/interchange/schema.ts';
import { checkReadiness, isBlocking } from '../../../shared/readiness/index.ts';
import { build, modelText, stage3Sample } from '../documents/helpers.ts';

const round = { id: 'fc-1', sentDate: '2025-01-06', sentTo: 'Jo Bloggs, Complaints Manager', dueDate: '2025-01-20' };
const comment = (id: string, extra: Partial<FactCheckCommentData> = {}): FactCheckCommentData =>
  ({ id, roundId: 'fc-1', paragraph: 12, text: 'The meeting was on 4 March, not 3 March.', ...extra });

function withRound(comments: FactCheckCommentData[], extra: Partial<typeof round> & { closedDate?: string; appendix?: boolean } = {}): CaseData {
  const d = stage3Sample();
  d.factCheck = { rounds: [{ ...round, ...extra }], comments };
  return d;
}
const ioProblems = (d: CaseData) => checkReadiness(d, 'io-report').filter((p) => p.severity === 'blocking').map((p) => `${p.place}: ${p.message} | ${p.path} | ${p.recordId}`);

describe('a fact-check comment', () => {
  it('is answered when accepted with what was changed, or not accepted with a reason', () => {
    expect(unanswered(comment('c'))).toBe('has no response');
    expect(unanswered(comment('c', { response: 'accepted' }))).toMatch(/what was changed/);
    expect(unanswered(comment('c', { response: 'accepted', change: '  ' }))).toMatch(/what was changed/);
    expect(unanswered(comment('c', { response: 'accepted', change: 'Corrected the date in paragraph 12.' }))).toBeUndefined();
    expect(unanswered(comment('c', { response: 'not-accepted' }))).toMatch(/no reason/);
    expect(unanswered(comment('c', { response: 'not-accepted', reason: 'The minutes give 3 March.' }))).toBeUndefined();
  });
});

describe('a fact-check round and the final IO report', () => {
  it('waits for comments: the report is not ready until comments are recorded or the round is closed with none', () => {
    const d = withRound([]);
    expect(roundState(d, d.factCheck!.rounds[0]!)).toBe('awaiting');
    expect(ioProblems(d)).toEqual([expect.stringMatching(/^fact-check round 1: the draft sent on 6 January 2025 is waiting for comments, due by 20 January 2025.* \| factCheck.rounds\[0\] \| fc-1$/)]);
    expect(mayCloseWithoutComments(d, d.factCheck!.rounds[0]!, '2025-01-17')).toBe(false);
    expect(mayCloseWithoutComments(d, d.factCheck!.rounds[0]!, '2025-01-20')).toBe(true);
    const closed = withRound([], { closedDate: '2025-01-21' });
    expect(roundState(closed, closed.factCheck!.rounds[0]!)).toBe('closed');
    expect(ioProblems(closed)).toEqual([]);
  });

  it('blocks the final report, naming each unanswered comment, and lets it through once every comment is answered', () => {
    const d = withRound([comment('fcc-1', { pointId: 'pt-2' }), comment('fcc-2', { chapter: 'methodology', paragraph: 7, response: 'not-accepted' })]);
    expect(roundState(d, d.factCheck!.rounds[0]!)).toBe('open');
    expect(ioProblems(d)).toEqual([
      'fact-check round 1, point 2, paragraph 12: the comment has no response | factCheck.comments[0].response | fcc-1',
      'fact-check round 1, How the investigation was carried out, paragraph 7: the comment is not accepted but no reason is given | factCheck.comments[1].reason | fcc-2',
    ]);
    // Only the IO report waits for it.
    expect(checkReadiness(d, 'adjudication-letter').some((p) => p.path.startsWith('factCheck'))).toBe(false);
    d.factCheck!.comments[0] = { ...d.factCheck!.comments[0]!, response: 'accepted', change: 'Paragraph 12 now gives 4 March.' };
    expect(ioProblems(d)).toHaveLength(1);
    d.factCheck!.comments[1] = { ...d.factCheck!.comments[1]!, reason: 'The minutes of the meeting give 3 March.' };
    expect(ioProblems(d)).toEqual([]);
    expect(isBlocking(checkReadiness(d, 'io-report'))).toBe(false);
    expect(roundState(d, d.factCheck!.rounds[0]!)).toBe('closed');
  });

  it('refuses comments due before the draft was sent', () => {
    expect(ioProblems(withRound([], { dueDate: '2025-01-02', closedDate: '2025-01-21' }))).toEqual([expect.stringMatching(/comments are due \(2 January 2025\) before the draft was sent/)]);
  });

  it('are due 10 working days after sending by default, bank holidays and closure days skipped', () => {
    const d = stage3Sample();
    expect(factCheckDueDate(d, '2025-01-06')).toBe('2025-01-20');
    // Good Friday 18 April and Easter Monday 21 April 2025.
    expect(factCheckDueDate(d, '2025-04-14')).toBe('2025-04-30');
    d.authority.closureDays = ['2025-01-07'];
    expect(factCheckDueDate(d, '2025-01-06')).toBe('2025-01-21');
  });
});

describe('the fact-check draft', () => {
  it('numbers every paragraph and list item of the body 1, 2, 3... and not the title, headings or tables', () => {
    const model = numberParagraphs(build('io-report', stage3Sample(), { draft: true }));
    const numbers: number[] = [];
    for (const b of model.blocks) {
      if (b.kind === 'paragraph') {
        if (b.style === 'title' || b.style === 'subtitle' || !b.runs.some((r) => r.text.trim())) expect(b.number).toBeUndefined();
        else numbers.push(b.number!);
      }
      if (b.kind === 'list') numbers.push(...b.numbers!);
      if (b.kind === 'heading' || b.kind === 'table') expect(b).not.toHaveProperty('number');
    }
    expect(numbers.length).toBeGreaterThan(40);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The same case numbers the same way every time: a comment's paragraph can be found again.
    expect([...numberedParagraphs(numberParagraphs(build('io-report', stage3Sample(), { draft: true })))]).toEqual([...numberedParagraphs(model)]);
  });

  it('is a marked DRAFT saying when it was sent, its paragraphs numbered', () => {
    const draft = asFactCheckDraft(build('io-report', stage3Sample()), '2025-01-06');
    expect(draft.draft).toBe(true);
    expect(draft.title).toMatch(/\(fact-check draft\)$/);
    expect(modelText(draft)).toContain('Fact-check draft, sent 6 January 2025');
    const paragraphs = numberedParagraphs(draft);
    expect(paragraphs.get(1)).toMatch(/^This report sets out the findings/);
    expect([...paragraphs.values()].some((t) => t.startsWith('Fact-check draft'))).toBe(false);
  });
});

describe("the IO report's fact-check appendix", () => {
  it('lists each round: when sent, to whom, each comment with its response; numbered after the other appendices', () => {
    const d = withRound([
      comment('fcc-1', { pointId: 'pt-2', from: 'Team manager', response: 'accepted', change: 'Paragraph 12 now gives 4 March.' }),
      comment('fcc-2', { chapter: 'methodology', paragraph: 7, text: 'SW1 was not interviewed.', response: 'not-accepted', reason: 'The interview record I2 shows otherwise.' }),
    ]);
    const text = modelText(build('io-report', d));
    expect(text).toContain('Appendix 3: The fact-check round');
    expect(text).toContain('The draft was sent on 6 January 2025 to Jo Bloggs, Complaints Manager, with comments due by 20 January 2025. Two comments were received.');
    expect(text).toContain('The meeting was on 4 March, not 3 March. (from Team manager)');
    expect(text).toContain('Accepted. Paragraph 12 now gives 4 March.');
    expect(text).toContain('Not accepted. The interview record I2 shows otherwise.');
    expect(text).toContain('How the investigation was carried out');
  });

  it('is left out when no round asks for it, and says when no comments came', () => {
    expect(modelText(build('io-report', withRound([], { appendix: false, closedDate: '2025-01-21' })))).not.toContain('fact-check round');
    expect(modelText(build('io-report', withRound([], { closedDate: '2025-01-21' })))).toContain('No comments were received.');
    expect(modelText(build('io-report', stage3Sample()))).not.toContain('fact-check');
  });
});

describe('rounds and comments in the interchange format', () => {
  it('are optional, and every reference must resolve', () => {
    expect(parseCase(stage3Sample()).ok).toBe(true);
    const d = withRound([comment('fcc-1', { roundId: 'fc-9', pointId: 'pt-99' })], { sentToId: 'p-nobody' } as never);
    const result = parseCase(d);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
        'factCheck.rounds[0].sentToId: unknown person "p-nobody"',
        'factCheck.comments[0].roundId: unknown fact-check round "fc-9"',
        'factCheck.comments[0].pointId: unknown point "pt-99"',
      ]);
    }
    const bad = withRound([comment('fcc-1', { paragraph: 0 })]);
    const refused = parseCase(bad);
    expect(refused.ok ? [] : refused.issues.map((i) => i.path)).toEqual(['factCheck.comments[0].paragraph']);
  });
});
