// The decision on each in-scope point: beside the Investigating Officer's finding (and the
// Independent Person's view of it), accept the finding, or vary it with the new outcome and
// the reasons, which the letter gives the complainant and readiness requires.
import { memo } from 'react';
import type { PointData } from '../../../../shared/interchange/schema.ts';
import { outcomes } from '../../../../shared/interchange/schema.ts';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { RadioGroup, SelectField, TextField } from '../../components/fields.tsx';
import { outcomeLabels } from '../../format/labels.ts';
import { saveDecision } from './save.ts';

const EMPTY: never[] = [];
const decisionOptions = [
  { value: 'accept', label: 'Accept the finding' },
  { value: 'vary', label: 'Vary the finding' },
] as const;
const ipViewLabels = { agree: 'agrees', 'partly-agree': 'partly agrees', disagree: 'disagrees' } as const;

export function PointDecisions() {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const inScope = points.filter((p) => p.scope !== 'out');
  return (
    <section aria-labelledby="adjudication-points-h">
      <h2 id="adjudication-points-h">Your decision on each point</h2>
      {inScope.length === 0 ? <p className="empty">There are no in-scope points yet.</p> : inScope.map((p) => <PointDecision key={p.id} point={p} />)}
    </section>
  );
}

const PointDecision = memo(function PointDecision({ point: p }: { point: PointData }) {
  const finding = useStore(caseStore, (c) => c?.findings?.find((f) => f.pointId === p.id));
  const view = useStore(caseStore, (c) => c?.ipReview?.points.find((v) => v.pointId === p.id));
  const decision = useStore(caseStore, (c) => c?.adjudication?.points.find((d) => d.pointId === p.id));
  const varied = decision?.decision === 'vary';
  const outcomeOptions = outcomes.filter((o) => o !== finding?.outcome || decision?.outcome === o).map((o) => ({ value: o, label: outcomeLabels[o] }));
  return (
    <article className="review-point" aria-labelledby={`adjudication-point-${p.id}-h`} data-testid="adjudication-point">
      <h3 id={`adjudication-point-${p.id}-h`} tabIndex={-1}>Point {p.number}: {p.summary || 'Untitled point'}</h3>
      <p>
        <span className="meta">Investigating Officer&apos;s finding: </span>
        <span className={`badge badge--${finding?.outcome ?? 'none'}`}>{finding ? outcomeLabels[finding.outcome] : 'No finding yet'}</span>
      </p>
      {finding?.conclusion ? <p className="point-detail">{finding.conclusion}</p> : null}
      {view ? <p className="meta">The Independent Person {ipViewLabels[view.view]}{view.comment ? `: ${view.comment}` : '.'}</p> : null}
      <RadioGroup legend={`Your decision on point ${p.number}`} name={`adjudication-decision-${p.id}`} value={decision?.decision} options={decisionOptions}
        onChange={(v) => saveDecision(p.id, { decision: v })} />
      {varied ? (
        <>
          <SelectField id={`adjudication-${p.id}-outcome`} label={`New outcome on point ${p.number}`} value={decision.outcome ?? ''} placeholder="Choose the outcome"
            options={outcomeOptions} onChange={(v) => saveDecision(p.id, { outcome: v })} />
          {!decision.outcome ? <p className="field-error field-error--after">Not ready: choose the new outcome.</p> : null}
        </>
      ) : null}
      <TextField names={{ field: 'adjudication.points.reasons', recordId: p.id }}
        id={`adjudication-${p.id}-reasons`}
        source={`point ${p.number}, reasons for decision|point ${p.number}, summary`}
        label={varied ? `Reasons for varying the finding on point ${p.number}` : `Comments on point ${p.number} (optional)`}
        hint={!decision ? 'Choose your decision first.' : varied ? 'Required: the letter gives the complainant your reasons for reaching a different outcome.' : 'Printed under your decision in the letter.'}
        multiline
        short={!varied}
        disabled={!decision}
        value={decision?.reasons ?? ''}
        onSave={(v) => saveDecision(p.id, { reasons: v })}
        {...(varied && !decision.reasons?.trim() ? { error: 'Not ready: give your reasons for varying the finding.' } : {})}
      />
    </article>
  );
});
