// Writing what the adjudicating officer records: the adjudication's own fields, a decision on a
// point, a response to a recommendation. Empty texts are left out (the interchange format's
// "not recorded"), so a cleared field reads as missing to readiness, not as an answer.
import type { AdjudicationActionData, AdjudicationPointData } from '../../../../shared/interchange/schema.ts';
import { caseStore, newId, saveRecord } from '../../app/session.ts';
import { patchSection } from '../../app/section-edit.ts';

type Own = Parameters<typeof patchSection<'adjudication'>>[1];

export function saveAdjudication(patch: Own): void {
  patchSection('adjudication', patch);
}

export function saveDecision(pointId: string, patch: Partial<Omit<AdjudicationPointData, 'pointId'>>): void {
  const existing = caseStore.get()?.adjudication?.points.find((d) => d.pointId === pointId);
  const decision = patch.decision ?? existing?.decision;
  if (!decision) return; // the outcome and reasons wait for the decision
  const next: AdjudicationPointData = { ...existing, ...patch, pointId, decision };
  // An accepted finding keeps the IO's outcome: a new one is only for a varied finding.
  if (decision === 'accept' || !next.outcome) delete next.outcome;
  if (!next.reasons?.trim()) delete next.reasons;
  void saveRecord('adjudicationPoints', next);
}

/** Writes an action, leaving out what is empty; a new action needs its decision. */
export function saveAction(action: AdjudicationActionData): void {
  const next: AdjudicationActionData = { ...action };
  for (const k of ['reasons', 'owner', 'dueDate', 'completedDate'] as const) if (!next[k]?.trim()) delete next[k];
  void saveRecord('adjudicationActions', next);
}

export function updateAction(id: string, patch: Partial<AdjudicationActionData>): void {
  const current = caseStore.get()?.adjudication?.actions.find((a) => a.id === id);
  if (current) saveAction({ ...current, ...patch });
}

/** The first response to a recommendation: an action answering it, with the decision chosen. */
export function startAction(recommendationIds: string[], decision: AdjudicationActionData['decision']): string {
  const id = newId('action');
  saveAction({ id, recommendationIds, decision, action: '' });
  return id;
}
