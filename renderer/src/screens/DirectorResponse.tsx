// The end of Stage 3, on the Review panel screen: the Director's response to each of the
// panel's recommendations (accepted or not, with the written reasons the Regulations require
// for any departure from the panel), the date the Stage 2 Independent Person was consulted
// (Regulation 20) and the date of the response, which ends the last clock.
import { memo } from 'react';
import { DIRECTOR_RESPONSE_LABELS, owesReasons } from '../../../shared/follow-up/director-response.ts';
import type { PanelRecommendationData } from '../../../shared/interchange/schema.ts';
import { directorResponses } from '../../../shared/interchange/schema.ts';
import { caseStore, saveRecord } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { ClockLine } from '../components/ClockLine.tsx';
import { DateField, RadioGroup, TextField } from '../components/fields.tsx';
import { saveMeeting } from './panel-meeting.ts';

const EMPTY: never[] = [];
const responseOptions = directorResponses.map((r) => ({ value: r, label: DIRECTOR_RESPONSE_LABELS[r] }));

function saveResponse(r: PanelRecommendationData, patch: Partial<Pick<PanelRecommendationData, 'directorResponse' | 'directorReasons'>>): void {
  const current = caseStore.get()?.panel?.recommendations.find((x) => x.id === r.id) ?? r;
  const next: PanelRecommendationData = { ...current, ...patch };
  if (!next.directorReasons?.trim()) delete next.directorReasons;
  void saveRecord('panelRecommendations', next);
}

export function DirectorResponse() {
  const c = useStore(caseStore, (x) => x);
  const recommendations = c?.panel?.recommendations ?? EMPTY;
  if (!c) return null;
  const director = c.authority.directorTitle ?? "Director of Children's Services";
  return (
    <section aria-labelledby="panel-response-h">
      <h2 id="panel-response-h" tabIndex={-1}>The Director&apos;s response</h2>
      <p className="field-hint">
        After the panel&apos;s report, the {director} considers it together with the Independent Person from Stage 2 and responds in writing
        within 15 working days, giving reasons for any recommendation not accepted in full (Regulation 20).
      </p>
      <div className="field-row">
        <DateField id="panel-ip-consulted-date" label="Independent Person from Stage 2 consulted on" value={c.panel?.ipConsultedDate}
          hint="When the report was considered with them." onSave={(v) => saveMeeting({ ipConsultedDate: v })} testId="panel-ip-consulted-date" />
        <DateField id="panel-director-response-date" label="Date of the Director's response" value={c.panel?.directorResponseDate}
          hint="It ends the last clock." onSave={(v) => saveMeeting({ directorResponseDate: v })} testId="panel-director-response-date" />
      </div>
      <ClockLine c={c} clock="stage3.response" testId="panel-response-clock" />
      {recommendations.length === 0
        ? <p className="field-hint">The panel&apos;s recommendations, once recorded above, are answered here.</p>
        : recommendations.map((r) => <RecommendationResponse key={r.id} rec={r} />)}
    </section>
  );
}

const RecommendationResponse = memo(function RecommendationResponse({ rec: r }: { rec: PanelRecommendationData }) {
  const departs = r.directorResponse !== undefined && r.directorResponse !== 'accepted';
  return (
    <article className="review-point" aria-labelledby={`panel-rec-${r.id}-response-h`} data-testid="director-response">
      <h3 id={`panel-rec-${r.id}-response-h`} tabIndex={-1}>Response to panel recommendation {r.number}</h3>
      <p className="point-detail">{r.text || 'No text yet.'}</p>
      <RadioGroup legend={`Director's response to panel recommendation ${r.number}`} name={`panel-rec-${r.id}-response`} value={r.directorResponse}
        options={responseOptions} onChange={(v) => saveResponse(r, { directorResponse: v })} />
      <TextField names={{ field: 'panel.recommendations.directorReasons', recordId: r.id }}
        id={`panel-rec-${r.id}-reasons`}
        label={`Reasons for departing from panel recommendation ${r.number}`}
        hint={!r.directorResponse ? 'Choose the response first.' : departs ? 'Required: the Regulations require written reasons for departing from the panel.' : 'Needed only when the recommendation is not accepted in full.'}
        multiline
        short
        disabled={!r.directorResponse}
        value={r.directorReasons ?? ''}
        onSave={(v) => saveResponse(r, { directorReasons: v })}
        {...(owesReasons(r) ? { error: 'Not ready: the Director departs from the panel without written reasons.' } : {})}
      />
    </article>
  );
});
