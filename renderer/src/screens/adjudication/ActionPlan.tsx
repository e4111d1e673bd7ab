// The action plan: the response to each of the Investigating Officer's recommendations
// (accepted, partly accepted or declined, with reasons short of accepting), and for each the
// action, its owner, its due date and, later, the date it was completed. Each action shows once,
// under the first recommendation it answers; an action answering none is a further action.
import { memo } from 'react';
import { ACTION_DECISION_LABELS, actionOwesReasons, actionState, type ActionState } from '../../../../shared/follow-up/action-plan.ts';
import { isNoRecommendation } from '../../../../shared/documents/context.ts';
import type { AdjudicationActionData, RecommendationData } from '../../../../shared/interchange/schema.ts';
import { actionDecisions } from '../../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, RadioGroup, TextField } from '../../components/fields.tsx';
import { useFocusSoon } from '../../components/focus.ts';
import { longDate, todayIso } from '../../format/dates.ts';
import { startAction, updateAction } from './save.ts';

const EMPTY: never[] = [];
const decisionOptions = actionDecisions.map((d) => ({ value: d, label: ACTION_DECISION_LABELS[d] }));
export const actionStateLabels: Record<ActionState, string> = { open: 'Open', overdue: 'Overdue', done: 'Done', declined: 'Declined' };
const stateBadge: Record<ActionState, string> = { open: 'running', overdue: 'overdue', done: 'met', declined: 'out' };
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];

export function ActionPlan() {
  const recommendations = useStore(caseStore, (c) => c?.recommendations ?? EMPTY);
  const actions = useStore(caseStore, (c) => c?.adjudication?.actions ?? EMPTY);
  const focusSoon = useFocusSoon();
  const answerable = recommendations.filter((r) => !isNoRecommendation(r));
  const order = new Map(answerable.map((r, i) => [r.id, i]));
  const home = (a: AdjudicationActionData) => a.recommendationIds.filter((id) => order.has(id)).sort((x, y) => order.get(x)! - order.get(y)!)[0];
  const under = (recId: string) => actions.filter((a) => home(a) === recId);
  const further = actions.filter((a) => home(a) === undefined);
  const number = (id: string) => recommendations.find((r) => r.id === id)?.number ?? id;
  const addFurther = () => focusSoon(`action-${startAction([], 'accepted')}-action`);
  return (
    <section aria-labelledby="adjudication-actions-h">
      <div className="section-head">
        <h2 id="adjudication-actions-h" tabIndex={-1}>Action plan</h2>
      </div>
      <p className="field-hint">Your response to each recommendation of the Investigating Officer. Short of accepting one, give your reasons: the letter sets them out. Record the date each action is completed; the Overview follows the open ones and flags those overdue.</p>
      {answerable.length === 0 ? <p className="empty">The Investigating Officer made no recommendations.</p> : answerable.map((r) => {
        const own = under(r.id);
        const coveredBy = own.length ? undefined : actions.find((a) => a.recommendationIds.includes(r.id));
        return <RecommendationResponse key={r.id} rec={r} actions={own} coveredBy={coveredBy ? number(home(coveredBy) ?? '') : undefined} numberOf={number} />;
      })}
      <div className="section-head subsection">
        <h3 id="adjudication-further-h">Further actions</h3>
        <button type="button" className="button button--small" onClick={addFurther}>Add a further action</button>
      </div>
      {further.length === 0
        ? <p className="field-hint">Anything else the council will do that no recommendation asked for.</p>
        : further.map((a, i) => <ActionEditor key={a.id} action={a} name={`further action ${i + 1}`} radioName={`action-further-${i}`} recId={undefined} numberOf={number} removable />)}
    </section>
  );
}

interface ResponseProps {
  rec: RecommendationData;
  actions: AdjudicationActionData[];
  /** The recommendation whose action answers this one too. */
  coveredBy: string | undefined;
  numberOf: (id: string) => string;
}

const RecommendationResponse = memo(function RecommendationResponse({ rec: r, actions, coveredBy, numberOf }: ResponseProps) {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const focusSoon = useFocusSoon();
  const pointNumbers = r.pointIds.map((id) => points.find((p) => p.id === id)?.number ?? id);
  const suggested = [r.owner ? `owner ${r.owner}` : '', r.dueDate ? `by ${longDate(r.dueDate)}` : ''].filter(Boolean).join(', ');
  const another = () => focusSoon(`action-${startAction([r.id], 'accepted')}-action`);
  return (
    <article className="review-point" aria-labelledby={`action-rec-${r.id}-h`} data-testid="action-plan-recommendation">
      <h3 id={`action-rec-${r.id}-h`} tabIndex={-1}>Recommendation {r.number}</h3>
      <p className="point-detail">{r.text || 'No text yet.'}</p>
      <p className="meta">{pointNumbers.length ? `Point ${pointNumbers.join(', ')}` : 'Not linked to a point'}{suggested ? ` · The Investigating Officer suggests ${suggested}` : ''}</p>
      {coveredBy !== undefined
        ? <p>Answered by the action under recommendation {coveredBy}.</p>
        : (actions.length ? actions : [undefined]).map((a, i) => (
          // The first slot keeps its key when its action is created, so the keyboard stays on the choice just made.
          <ActionEditor key={i === 0 ? 'first' : a!.id} action={a} recId={r.id} numberOf={numberOf} removable={actions.length > 1} radioName={`action-${r.id}-${i}`}
            name={actions.length > 1 ? `recommendation ${r.number} (${ordinals[i] ?? `number ${i + 1}`} action)` : `recommendation ${r.number}`} />
        ))}
      {actions.length ? <button type="button" className="button button--small" onClick={another}>Add another action for recommendation {r.number}</button> : null}
    </article>
  );
});

interface EditorProps {
  action: AdjudicationActionData | undefined;
  /** How labels name it: "recommendation 2", "further action 1". */
  name: string;
  /** The name of its radio buttons, the same before and after its action is created. */
  radioName: string;
  /** The recommendation a first response answers. */
  recId: string | undefined;
  numberOf: (id: string) => string;
  removable?: boolean;
}

const ActionEditor = memo(function ActionEditor({ action: a, name, radioName, recId, numberOf, removable }: EditorProps) {
  const today = todayIso();
  const decision = a?.decision;
  const state = a ? actionState(a, today) : undefined;
  const others = a && recId ? a.recommendationIds.filter((id) => id !== recId).map(numberOf) : [];
  const further = !recId;
  const choose = (v: AdjudicationActionData['decision']) => (a ? updateAction(a.id, { decision: v }) : recId ? void startAction([recId], v) : undefined);
  // No confirmation: the Undo offer (and Ctrl+Z) brings it back.
  const remove = () => { if (a) void deleteRecord('adjudicationActions', a.id); };
  return (
    <div className="action-editor" data-testid="action-editor">
      {further ? null : (
        <RadioGroup legend={`Your response to ${name}`} name={radioName} value={decision} options={decisionOptions} onChange={choose} />
      )}
      {others.length ? <p className="meta">This action also answers recommendation {others.join(', ')}.</p> : null}
      {a && decision !== 'accepted' ? (
        <TextField names={{ field: 'adjudication.actions.reasons', recordId: a.id }} id={`action-${a.id}-reasons`} label={`Reasons for not accepting ${name} in full`} multiline short value={a.reasons ?? ''}
          onSave={(v) => updateAction(a.id, { reasons: v })} hint="Required: the letter gives the complainant your reasons."
          {...(actionOwesReasons(a) ? { error: 'Not ready: give your reasons for not accepting the recommendation in full.' } : {})} />
      ) : null}
      <fieldset className="fieldset action-fields" disabled={!a}>
        <legend>The action for {name}{state ? <> <span className={`badge badge--${stateBadge[state]}`} data-testid="action-state">{actionStateLabels[state]}</span></> : null}</legend>
        {a ? null : <p className="field-hint">Choose your response first.</p>}
        <TextField names={a ? { field: 'adjudication.actions.action', recordId: a.id } : null} {...(a ? { id: `action-${a.id}-action` } : {})} label="What will be done" multiline short value={a?.action ?? ''} onSave={(v) => a && updateAction(a.id, { action: v })}
          {...(decision === 'declined' ? { hint: 'Optional when the recommendation is declined.' } : {})}
          {...(a && decision !== 'declined' && !a.action.trim() ? { error: 'Not ready: say what will be done.' } : {})} />
        <div className="field-row">
          <TextField names={a ? { field: 'adjudication.actions.owner', recordId: a.id } : null} label="Owner" value={a?.owner ?? ''} onSave={(v) => a && updateAction(a.id, { owner: v })} hint="Who is responsible, by role." />
          <DateField label="Due by" value={a?.dueDate} onSave={(v) => a && updateAction(a.id, { dueDate: v ?? '' })} />
          <DateField label="Completed on" value={a?.completedDate} onSave={(v) => a && updateAction(a.id, { completedDate: v ?? '' })} />
        </div>
      </fieldset>
      {removable && a ? <button type="button" className="button button--small button--danger" onClick={remove}>Remove the action for {name}</button> : null}
    </div>
  );
});
