// The Overview's follow-up: the action plan tracked to completion (open actions, the overdue
// ones flagged) and, at Stage 3, the Director's response to the panel's recommendations.
// The states come from shared/follow-up, so the Adjudication screen and this say the same.
import { useMemo } from 'react';
import { directorResponseBegun, directorResponseProgress } from '../../../shared/follow-up/director-response.ts';
import { trackActionPlan, type TrackedAction } from '../../../shared/follow-up/action-plan.ts';
import { isNoRecommendation } from '../../../shared/documents/context.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Navigate } from '../app/navigation.ts';
import { longDate, todayIso } from '../format/dates.ts';
import { actionStateLabels } from './adjudication/ActionPlan.tsx';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function OverviewFollowUp({ c, navigate }: { c: CaseData; navigate: Navigate }) {
  const today = todayIso();
  const plan = useMemo(() => trackActionPlan(c, today), [c, today]);
  const recommendations = (c.recommendations ?? []).filter((r) => !isNoRecommendation(r));
  const panel = c.panel;
  // From the moment the adjudication is begun: before it, the recommendations are the IO's business.
  const showPlan = plan.actions.length > 0 || (c.adjudication !== undefined && recommendations.length > 0);
  const showResponse = Boolean(panel?.recommendations.length) || directorResponseBegun(panel);
  if (!showPlan && !showResponse) return null;
  return (
    <>
      {showPlan ? <ActionTracking actions={plan.actions} counts={plan.counts} recommendations={recommendations.length} navigate={navigate} /> : null}
      {showResponse ? <ResponseTracking c={c} navigate={navigate} /> : null}
    </>
  );
}

function ActionTracking({ actions, counts, recommendations, navigate }: { actions: TrackedAction[]; counts: Record<TrackedAction['state'], number>; recommendations: number; navigate: Navigate }) {
  // Overdue first, then by due date; those without a date last.
  const open = actions.filter((a) => a.state === 'open' || a.state === 'overdue')
    .sort((x, y) => (x.state === y.state ? (x.action.dueDate ?? '9999').localeCompare(y.action.dueDate ?? '9999') : x.state === 'overdue' ? -1 : 1));
  const summary = actions.length === 0
    ? `No action plan yet: none of the ${plural(recommendations, 'recommendation')} has a response.`
    : `${plural(actions.length, 'action')}: ${counts.overdue} overdue, ${counts.open} open, ${counts.done} done${counts.declined ? `, ${counts.declined} declined` : ''}.`;
  return (
    <section className="section" aria-labelledby="follow-actions-h">
      <div className="section-head">
        <h2 id="follow-actions-h">Action plan</h2>
        <a href="#adjudication" onClick={(e) => { e.preventDefault(); navigate({ screen: 'adjudication', focusId: 'adjudication-actions-h' }); }}>Go to the action plan</a>
      </div>
      <p data-testid="action-plan-summary">{summary}</p>
      {open.length ? (
        <ul className="follow-list" aria-label="Open actions">
          {open.map(({ action: a, state, recommendations: recs }) => (
            <li key={a.id} className={`follow-item follow-item--${state}`} data-testid="open-action">
              <span className={`badge badge--${state === 'overdue' ? 'overdue' : 'running'}`}>{actionStateLabels[state]}</span>{' '}
              <span>
                <strong>{recs.length ? `Recommendation ${recs.map((r) => r.number).join(', ')}` : 'Further action'}:</strong> {a.action.trim() || 'No action written yet.'}
                <span className="meta"> · {a.owner ?? 'No owner'} · {a.dueDate ? `${state === 'overdue' ? 'was due' : 'due'} ${longDate(a.dueDate)}` : 'no due date'}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : actions.length ? <p className="notice notice--ok">Every action is done or declined.</p> : null}
    </section>
  );
}

function ResponseTracking({ c, navigate }: { c: CaseData; navigate: Navigate }) {
  const panel = c.panel;
  const progress = directorResponseProgress(panel);
  const director = c.authority.directorTitle ?? "Director of Children's Services";
  const lines = [
    progress.total ? `${progress.answered} of ${plural(progress.total, 'panel recommendation')} answered by the ${director}.` : 'The panel has made no recommendations yet.',
    panel?.directorResponseDate ? `Responded on ${longDate(panel.directorResponseDate)}.` : 'The date of the response is not recorded yet.',
    panel?.ipConsultedDate ? `The Independent Person from Stage 2 was consulted on ${longDate(panel.ipConsultedDate)}.` : 'Consulting the Independent Person from Stage 2 is not recorded yet (Regulation 20).',
  ];
  return (
    <section className="section" aria-labelledby="follow-response-h">
      <div className="section-head">
        <h2 id="follow-response-h">The Director&apos;s response to the panel</h2>
        <a href="#panel" onClick={(e) => { e.preventDefault(); navigate({ screen: 'panel', focusId: 'panel-response-h' }); }}>Go to the response</a>
      </div>
      <ul className="follow-list" data-testid="director-response-summary">
        {lines.map((l) => <li key={l} className="follow-item">{l}</li>)}
        {progress.withoutReasons.map((r) => (
          <li key={r.id} className="follow-item follow-item--overdue">
            <span className="badge badge--blocking">No reasons</span>{' '}
            <span>Panel recommendation {r.number} is not accepted in full, without the written reasons the Regulations require.</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
