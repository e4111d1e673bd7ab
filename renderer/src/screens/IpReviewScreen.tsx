// IP review: the Independent Person's own view of the investigation (how it was conducted,
// the recommendations) and, beside each of the IO's findings, whether the IP agrees. The IP
// report prints these; a view short of "agree" needs its reason, as the readiness check says.
import { memo } from 'react';
import type { IpReviewData, PointData } from '../../../shared/interchange/schema.ts';
import { ipViews } from '../../../shared/interchange/schema.ts';
import { caseStore, saveRecord, saveSection } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { RadioGroup, TextField } from '../components/fields.tsx';
import { outcomeLabels } from '../format/labels.ts';

const EMPTY: never[] = [];
type IpView = typeof ipViews[number];
const viewLabels: Record<IpView, string> = { agree: 'Agree', 'partly-agree': 'Partly agree', disagree: 'Disagree' };
const viewOptions = ipViews.map((v) => ({ value: v, label: viewLabels[v] }));
type ReviewText = 'overall' | 'process' | 'recommendationsComment';

function saveReviewText(field: ReviewText, value: string): void {
  const current = caseStore.get()?.ipReview;
  const next: Omit<IpReviewData, 'points'> = {};
  for (const k of ['overall', 'process', 'recommendationsComment'] as const) {
    const v = k === field ? value : current?.[k];
    if (v?.trim()) next[k] = v;
  }
  void saveSection('ipReview', next);
}

function savePointView(pointId: string, patch: { view?: IpView; comment?: string }): void {
  const existing = caseStore.get()?.ipReview?.points.find((v) => v.pointId === pointId);
  const view = patch.view ?? existing?.view;
  if (!view) return; // the comment waits for the view, as a finding's texts wait for its outcome
  const comment = patch.comment ?? existing?.comment;
  void saveRecord('ipReviewPoints', { pointId, view, ...(comment?.trim() ? { comment } : {}) });
}

export function IpReviewScreen() {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const overall = useStore(caseStore, (c) => c?.ipReview?.overall ?? '');
  const process = useStore(caseStore, (c) => c?.ipReview?.process ?? '');
  const recommendations = useStore(caseStore, (c) => c?.ipReview?.recommendationsComment ?? '');
  const inScope = points.filter((p) => p.scope !== 'out');
  return (
    <>
      <div className="page-head">
        <div>
          <h1>IP review</h1>
          <p>The Independent Person&apos;s view of the investigation and of each finding, for the IP report.</p>
        </div>
      </div>
      <section aria-labelledby="ip-process-h">
        <h2 id="ip-process-h">The investigation</h2>
        <TextField names={{ field: 'ipReview.overall' }} id="ip-overall" label="Overall view" hint="Was the investigation open, fair, thorough and objective?" multiline value={overall} onSave={(v) => saveReviewText('overall', v)} testId="ip-overall" source="overall view" />
        <TextField names={{ field: 'ipReview.process' }} id="ip-process" label="Taking part" hint="Did the Independent Person see the same evidence and take part in the interviews?" multiline value={process} onSave={(v) => saveReviewText('process', v)} testId="ip-process" source="the process" />
        <TextField names={{ field: 'ipReview.recommendationsComment' }} id="ip-recommendations" label="Comments on the recommendations" multiline value={recommendations} onSave={(v) => saveReviewText('recommendationsComment', v)} testId="ip-recommendations" source="comments on the recommendations" />
      </section>
      <section aria-labelledby="ip-points-h">
        <h2 id="ip-points-h">The findings</h2>
        {inScope.length === 0 ? <p className="empty">There are no in-scope points yet.</p> : inScope.map((p) => <PointReview key={p.id} point={p} />)}
      </section>
    </>
  );
}

const PointReview = memo(function PointReview({ point: p }: { point: PointData }) {
  const finding = useStore(caseStore, (c) => c?.findings?.find((f) => f.pointId === p.id));
  const review = useStore(caseStore, (c) => c?.ipReview?.points.find((v) => v.pointId === p.id));
  const needsReason = review !== undefined && review.view !== 'agree' && !review.comment?.trim();
  return (
    <article className="review-point" aria-labelledby={`ip-point-${p.id}-h`} data-testid="ip-point">
      <h3 id={`ip-point-${p.id}-h`}>Point {p.number}: {p.summary || 'Untitled point'}</h3>
      <p>
        <span className="meta">Investigating Officer&apos;s finding: </span>
        <span className={`badge badge--${finding?.outcome ?? 'none'}`}>{finding ? outcomeLabels[finding.outcome] : 'No finding yet'}</span>
      </p>
      {finding?.conclusion ? <p className="point-detail">{finding.conclusion}</p> : null}
      <RadioGroup legend={`Independent Person's view on point ${p.number}`} name={`ip-view-${p.id}`} value={review?.view} options={viewOptions} onChange={(v) => savePointView(p.id, { view: v })} />
      <TextField
        id={`ip-${p.id}-comment`}
        names={{ field: 'ipReview.points.comment', recordId: p.id }}
        label={`Comment on point ${p.number}`}
        hint={review ? 'Required when the Independent Person does not fully agree.' : 'Choose the view first.'}
        multiline
        short
        disabled={!review}
        value={review?.comment ?? ''}
        onSave={(v) => savePointView(p.id, { comment: v })}
        source={`point ${p.number}, IP comment|point ${p.number}, summary`}
        {...(needsReason ? { error: 'Not ready: the Independent Person does not fully agree but gives no reason.' } : {})}
      />
    </article>
  );
});
