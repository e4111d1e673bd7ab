// The rules after the decisions: each action's state on a given day, a payment typed in pounds,
// the Director's response owing reasons, and who may sit on the review panel.
import { describe, expect, it } from 'vitest';
import {
  actionOwesReasons, actionState, directorResponseBegun, directorResponseProgress, formatPounds, panelMembershipRefusal, parsePounds, trackActionPlan,
} from '../../../shared/follow-up/index.ts';
import type { AdjudicationActionData } from '../../../shared/interchange/schema.ts';
import { sample, stage3Sample } from '../documents/helpers.ts';

const action = (patch: Partial<AdjudicationActionData>): AdjudicationActionData => ({ id: 'a', recommendationIds: [], decision: 'accepted', action: 'Do it.', ...patch });

describe('the action plan, tracked', () => {
  it('an action is open until its due date has passed, then overdue, until it is done; a declined one is not tracked', () => {
    expect(actionState(action({ dueDate: '2025-03-31' }), '2025-03-31')).toBe('open');
    expect(actionState(action({ dueDate: '2025-03-31' }), '2025-04-01')).toBe('overdue');
    expect(actionState(action({ dueDate: '2025-03-31', completedDate: '2025-04-10' }), '2025-05-01')).toBe('done');
    expect(actionState(action({}), '2030-01-01')).toBe('open');
    expect(actionState(action({ decision: 'declined', dueDate: '2025-01-01' }), '2025-05-01')).toBe('declined');
    expect(actionState(action({ decision: 'partly-accepted', dueDate: '2025-01-01' }), '2025-05-01')).toBe('overdue');
  });

  it('counts the sample plan on a day after two of its three dates', () => {
    const data = sample();
    data.adjudication!.actions[2]!.completedDate = '2025-01-30';
    const progress = trackActionPlan(data, '2025-03-01');
    expect(progress.counts).toEqual({ declined: 0, done: 1, overdue: 1, open: 1 });
    expect(progress.actions.map((a) => [a.action.id, a.state, a.recommendations.map((r) => r.number)])).toEqual([
      ['a-1', 'open', ['1']], ['a-2', 'overdue', ['2']], ['a-3', 'done', ['3']],
    ]);
    expect(trackActionPlan({ ...data, adjudication: undefined }, '2025-03-01').actions).toEqual([]);
  });

  it('reasons are owed short of accepting', () => {
    expect(actionOwesReasons(action({ decision: 'accepted' }))).toBe(false);
    expect(actionOwesReasons(action({ decision: 'declined' }))).toBe(true);
    expect(actionOwesReasons(action({ decision: 'partly-accepted', reasons: ' ' }))).toBe(true);
    expect(actionOwesReasons(action({ decision: 'partly-accepted', reasons: 'Because.' }))).toBe(false);
  });
});

describe('a payment in pounds', () => {
  it('reads what people type, and refuses what is not an amount with one line', () => {
    expect(parsePounds('250')).toEqual({ ok: true, amount: 250 });
    expect(parsePounds(' £1,250.50 ')).toEqual({ ok: true, amount: 1250.5 });
    expect(parsePounds('')).toEqual({ ok: true, amount: undefined });
    expect(parsePounds('99.999')).toEqual({ ok: false, message: 'Enter the amount in pounds, such as 250 or 99.50.' });
    expect(parsePounds('fifty')).toEqual({ ok: false, message: 'Enter the amount in pounds, such as 250 or 99.50.' });
    expect(parsePounds('-5')).toEqual({ ok: false, message: 'Enter the amount in pounds, such as 250 or 99.50.' });
    expect(parsePounds('0')).toEqual({ ok: false, message: 'The amount must be more than 0.' });
  });

  it('writes it as a letter does', () => {
    expect(formatPounds(250)).toBe('£250');
    expect(formatPounds(99.5)).toBe('£99.50');
    expect(formatPounds(1250)).toBe('£1,250');
  });
});

describe("the Director's response", () => {
  it('has begun once a response or its date is recorded, and counts departures without reasons', () => {
    const panel = stage3Sample().panel!;
    expect(directorResponseBegun(panel)).toBe(false);
    expect(directorResponseBegun(undefined)).toBe(false);
    panel.recommendations[1]!.directorResponse = 'partly-accepted';
    expect(directorResponseBegun(panel)).toBe(true);
    expect(directorResponseProgress(panel)).toEqual({ answered: 1, total: 2, withoutReasons: [panel.recommendations[1]] });
    panel.recommendations[1]!.directorReasons = 'Email only.';
    expect(directorResponseProgress(panel).withoutReasons).toEqual([]);
    expect(directorResponseBegun({ ...stage3Sample().panel!, directorResponseDate: '2025-03-20' })).toBe(true);
  });
});

describe('the review panel', () => {
  it('refuses the Stage 2 Independent Person (Regulation 19), and nobody else', () => {
    expect(panelMembershipRefusal({ role: 'independent-person' })).toBe('the Stage 2 Independent Person may not sit on the review panel (Regulation 19)');
    expect(panelMembershipRefusal({ role: 'panel-member' })).toBeUndefined();
    expect(panelMembershipRefusal(undefined)).toBeUndefined();
  });
});
