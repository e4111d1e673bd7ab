// Review panel (Stage 3): the meeting (dates, venue, who sat and who attended), the documents
// the panel considered, its view on each point and its own recommendations, for the panel
// report; then the Director's response (DirectorResponse.tsx). Shown for every case, since a
// Stage 2 case may go on to a panel. The Stage 2 Independent Person is refused as a member at
// the checkbox itself (Regulation 19), in the words readiness uses.
import { memo, useMemo } from 'react';
import type { OutcomeValue, PointData } from '../../../shared/interchange/schema.ts';
import { outcomes } from '../../../shared/interchange/schema.ts';
import { deadlineOf } from '../../../shared/deadlines/index.ts';
import { panelMembershipRefusal } from '../../../shared/follow-up/panel-membership.ts';
import { nextNumber } from '../app/numbering.ts';
import { caseStore, deleteRecord, newId, saveRecord } from '../app/session.ts';
import { saveMeeting } from './panel-meeting.ts';
import { useStore } from '../app/store.ts';
import { DateField, SelectField, TextField } from '../components/fields.tsx';
import { outcomeLabels } from '../format/labels.ts';
import { longDate, todayIso } from '../format/dates.ts';
import { DirectorResponse } from './DirectorResponse.tsx';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const EMPTY: never[] = [];
const outcomeOptions = outcomes.map((o) => ({ value: o, label: outcomeLabels[o] }));


function toggle(list: string[], id: string, on: boolean): string[] {
  const others = list.filter((x) => x !== id);
  return on ? [...others, id] : others;
}

function savePanelPoint(pointId: string, patch: { representations?: string; view?: string; outcome?: OutcomeValue }): void {
  const existing = caseStore.get()?.panel?.points.find((p) => p.pointId === pointId);
  const representations = patch.representations ?? existing?.representations;
  const outcome = patch.outcome ?? existing?.outcome;
  void saveRecord('panelPoints', { pointId, view: patch.view ?? existing?.view ?? '', ...(representations?.trim() ? { representations } : {}), ...(outcome ? { outcome } : {}) });
}

export function PanelScreen() {
  const c = useStore(caseStore, (x) => x);
  const panel = c?.panel;
  const people = c?.people ?? EMPTY;
  const points = c?.statement.points ?? EMPTY;
  const inScope = useMemo(() => points.filter((p) => p.scope !== 'out'), [points]);
  const today = todayIso();
  const reportDue = useMemo(() => {
    if (!c) return undefined;
    try { return deadlineOf(c, 'stage3.report', today); } catch { return undefined; }
  }, [c, today]);
  if (!c) return null;
  const memberIds = panel?.memberIds ?? EMPTY;
  const attendeeIds = panel?.attendeeIds ?? EMPTY;
  const labelOf = (id: string) => { const p = people.find((x) => x.id === id); return p ? `${p.label} (${p.name})` : id; };
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Review panel</h1>
          <p>For Stage 3: the review panel&apos;s meeting, its view on each point and its recommendations, for the panel report.</p>
        </div>
      </div>
      <section aria-labelledby="panel-meeting-h">
        <h2 id="panel-meeting-h">The meeting</h2>
        <div className="field-row">
          <DateField label="Request date" value={panel?.requestDate} onSave={(v) => saveMeeting({ requestDate: v })} testId="panel-request-date" />
          <DateField label="Meeting date" value={panel?.meetingDate} onSave={(v) => saveMeeting({ meetingDate: v })} testId="panel-meeting-date" />
        </div>
        <p className="meta" data-testid="panel-report-due">
          {reportDue?.due ? `Panel report due ${longDate(reportDue.due)}: ${reportDue.explanation}` : 'The panel report is due 5 working days after the meeting; record the meeting date to see the date.'}
        </p>
        <TextField names={{ field: 'panel.venue' }} label="Venue" value={panel?.venue ?? ''} onSave={(v) => saveMeeting({ venue: v })} testId="panel-venue" />
        <DateField label="Report date" value={panel?.reportDate} onSave={(v) => saveMeeting({ reportDate: v })} />
        <fieldset className="fieldset">
          <legend>Panel members</legend>
          {people.length === 0 ? <p className="field-hint">Add the panel members on the People screen first.</p> : people.map((p) => {
            const refusal = panelMembershipRefusal(p);
            const checked = memberIds.includes(p.id);
            const why = `panel-member-${p.id}-refused`;
            return (
              <div key={p.id}>
                <label className="check-line">
                  {/* Refused at once: never ticked; one already ticked (by an import) can only be unticked. */}
                  <input type="checkbox" className="checkbox" checked={checked} disabled={Boolean(refusal) && !checked}
                    aria-describedby={refusal ? why : undefined} aria-invalid={refusal && checked ? true : undefined}
                    onChange={(e) => { if (!(refusal && e.target.checked)) saveMeeting({ memberIds: toggle(memberIds, p.id, e.target.checked) }); }} />
                  {labelOf(p.id)}
                </label>
                {refusal ? <p id={why} className={checked ? 'field-error check-note' : 'field-hint check-note'} data-testid="panel-member-refused">{capitalise(refusal)}.{checked ? ' Untick them.' : ''}</p> : null}
              </div>
            );
          })}
        </fieldset>
        <SelectField label="Chair" value={panel?.chairId && memberIds.includes(panel.chairId) ? panel.chairId : ''} placeholder="Choose a member"
          options={memberIds.filter((id) => !panelMembershipRefusal(people.find((x) => x.id === id))).map((id) => ({ value: id, label: labelOf(id) }))} onChange={(v) => saveMeeting({ chairId: v })} />
        <fieldset className="fieldset">
          <legend>Attendees</legend>
          {people.map((p) => (
            <label key={p.id} className="check-line">
              <input type="checkbox" className="checkbox" checked={attendeeIds.includes(p.id)} onChange={(e) => saveMeeting({ attendeeIds: toggle(attendeeIds, p.id, e.target.checked) })} />
              {labelOf(p.id)}
            </label>
          ))}
        </fieldset>
        <TextField names={{ field: 'panel.documents' }} label="Documents considered" hint="One a line." multiline value={(panel?.documents ?? []).join('\n')}
          onSave={(v) => saveMeeting({ documents: v.split('\n').map((d) => d.trim()).filter(Boolean) })} source="documents considered, item 1" />
      </section>
      <section aria-labelledby="panel-points-h">
        <h2 id="panel-points-h">The points</h2>
        {inScope.length === 0 ? <p className="empty">There are no in-scope points yet.</p> : inScope.map((p) => <PanelPointEditor key={p.id} point={p} />)}
      </section>
      <PanelRecommendations points={inScope} />
      <DirectorResponse />
    </>
  );
}

const PanelPointEditor = memo(function PanelPointEditor({ point: p }: { point: PointData }) {
  const record = useStore(caseStore, (c) => c?.panel?.points.find((x) => x.pointId === p.id));
  return (
    <article className="review-point" aria-labelledby={`panel-point-${p.id}-h`}>
      <h3 id={`panel-point-${p.id}-h`}>Point {p.number}: {p.summary || 'Untitled point'}</h3>
      <TextField names={{ field: 'panel.points.representations', recordId: p.id }} label={`Representations on point ${p.number}`} multiline short value={record?.representations ?? ''} onSave={(v) => savePanelPoint(p.id, { representations: v })} source={`point ${p.number}, representations|point ${p.number}, summary`} />
      <TextField names={{ field: 'panel.points.view', recordId: p.id }} id={`panel-${p.id}-view`} label={`The panel's view on point ${p.number}`} multiline value={record?.view ?? ''} onSave={(v) => savePanelPoint(p.id, { view: v })} source={`point ${p.number}, panel view|point ${p.number}, summary`} />
      <SelectField label={`Panel's outcome on point ${p.number} (optional)`} value={record?.outcome ?? ''} placeholder="No outcome given" options={outcomeOptions} onChange={(v) => savePanelPoint(p.id, { outcome: v })} />
    </article>
  );
});

function PanelRecommendations({ points }: { points: PointData[] }) {
  const all = useStore(caseStore, (c) => c?.panel?.recommendations ?? EMPTY);
  const add = () => {
    void saveRecord('panelRecommendations', { id: newId('prec'), number: nextNumber(all.map((r) => r.number)), text: '', pointIds: [] });
  };
  const save = (id: string, patch: { number?: string; text?: string; pointIds?: string[] }) => {
    const r = caseStore.get()?.panel?.recommendations.find((x) => x.id === id);
    if (r) void saveRecord('panelRecommendations', { ...r, ...patch });
  };
  return (
    <section aria-labelledby="panel-recs-h">
      <div className="section-head">
        <h2 id="panel-recs-h">Panel recommendations</h2>
        <button type="button" className="button button--small" onClick={add}>Add panel recommendation</button>
      </div>
      {all.length === 0 ? <p className="field-hint">None yet.</p> : all.map((r) => (
        <div key={r.id} className="recommendation">
          <TextField names={null} label={`Number of panel recommendation ${r.number}`} value={r.number} onSave={(v) => { if (v.trim()) save(r.id, { number: v.trim() }); }} />
          <TextField names={{ field: 'panel.recommendations.text', recordId: r.id }} label={`Panel recommendation ${r.number}`} multiline value={r.text} onSave={(v) => save(r.id, { text: v })} source={`panel recommendation ${r.number}`} />
          <fieldset className="fieldset">
            <legend>Points of panel recommendation {r.number}</legend>
            {points.map((p) => (
              <label key={p.id} className="check-line">
                <input type="checkbox" className="checkbox" checked={r.pointIds.includes(p.id)} onChange={(e) => save(r.id, { pointIds: toggle(r.pointIds, p.id, e.target.checked) })} />
                Point {p.number}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--small button--danger" onClick={() => void deleteRecord('panelRecommendations', r.id)}>Delete panel recommendation {r.number}</button>
        </div>
      ))}
    </section>
  );
}
