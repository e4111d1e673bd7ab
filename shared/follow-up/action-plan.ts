// Following the action plan through to completion (domain.md: "recommendations agreed and then
// never tracked"). Each action of the adjudication is declined (nothing to do), done (its
// completed date is recorded), overdue (its due date has passed without one) or open. The
// Overview and the Adjudication screen both read it from here.
import type { AdjudicationActionData, CaseData, RecommendationData } from '../interchange/schema.ts';

export const ACTION_DECISION_LABELS = { accepted: 'Accepted', 'partly-accepted': 'Partly accepted', declined: 'Declined' } as const satisfies Record<AdjudicationActionData['decision'], string>;

/** A recommendation accepted only in part, or declined, without the reasons the complainant is owed. */
export function actionOwesReasons(action: AdjudicationActionData): boolean {
  return action.decision !== 'accepted' && !action.reasons?.trim();
}

export type ActionState = 'declined' | 'done' | 'overdue' | 'open';

export interface TrackedAction {
  action: AdjudicationActionData;
  state: ActionState;
  /** The IO's recommendations the action answers, in the order of the IO report. */
  recommendations: RecommendationData[];
}

export interface ActionPlanProgress {
  actions: TrackedAction[];
  counts: Record<ActionState, number>;
}

/** The state of one action on `today` (YYYY-MM-DD): overdue once the due date is past, not on the day itself. */
export function actionState(action: AdjudicationActionData, today: string): ActionState {
  if (action.decision === 'declined') return 'declined';
  if (action.completedDate) return 'done';
  if (action.dueDate && action.dueDate < today) return 'overdue';
  return 'open';
}

export function trackActionPlan(data: CaseData, today: string): ActionPlanProgress {
  const recommendations = data.recommendations ?? [];
  const counts: Record<ActionState, number> = { declined: 0, done: 0, overdue: 0, open: 0 };
  const actions = (data.adjudication?.actions ?? []).map((action): TrackedAction => {
    const state = actionState(action, today);
    counts[state] += 1;
    return { action, state, recommendations: recommendations.filter((r) => action.recommendationIds.includes(r.id)) };
  });
  return { actions, counts };
}
