// The interviews: who was interviewed (from the People register), how and when, who else
// attended, when the record was agreed, and the points the interview bears on.
import { memo, useCallback, useMemo, useRef } from 'react';
import type { InterviewData } from '../../../../shared/interchange/schema.ts';
import { interviewMethods } from '../../../../shared/interchange/schema.ts';
import { nextNumber } from '../../app/numbering.ts';
import { caseStore, newId, saveRecord } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { mediumDate, todayIso } from '../../format/dates.ts';
import { Choices, PointChoices } from './choices.tsx';
import { deleteSource, EMPTY, ItemRow, useOpenItem } from './record-list.tsx';
import type { OnRefused } from './record-list.tsx';
import { RenameOffer, RenumberButton } from './references.tsx';
import { RecordHistory } from '../../components/RecordHistory.tsx';

const methodLabels: Record<InterviewData['method'], string> = { 'in-person': 'In person', phone: 'Phone', video: 'Video', written: 'Written' };
const methodOptions = interviewMethods.map((m) => ({ value: m, label: methodLabels[m] }));

/** Each edit starts from the record as the store holds it now, so two fields saved in quick succession never undo each other. */
function saveInterview(id: string, patch: Partial<InterviewData>): void {
  const i = caseStore.get()?.interviews?.find((x) => x.id === id);
  if (!i) return;
  const next: InterviewData = { ...i, ...patch };
  if (!next.agreedDate) delete next.agreedDate;
  void saveRecord('interviews', next);
}

export const InterviewsEditor = memo(function InterviewsEditor({ onRefused, initialOpenId }: { onRefused: OnRefused; initialOpenId?: string | undefined }) {
  const interviews = useStore(caseStore, (c) => c?.interviews ?? EMPTY);
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const labelOf = useMemo(() => new Map(people.map((p) => [p.id, p.label || p.name])), [people]);
  const { openId, toggle, openNew } = useOpenItem(initialOpenId);
  const add = () => {
    const first = people[0];
    if (!first) return;
    const id = newId('interview');
    void saveRecord('interviews', { id, ref: nextNumber(interviews.map((i) => i.ref), 'I'), personId: first.id, date: todayIso(), method: 'in-person', attendeeIds: [], summary: '', pointIds: [] });
    openNew(id, `interview-${id}-summary`);
  };
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((i: InterviewData) => deleteSource('interviews', i.id, i.ref, onRefused, addButton), [onRefused]);
  return (
    <>
      <div className="section-head">
        <p className="meta" id="interviews-hint">{people.length === 0 ? 'Add the people interviewed on the People screen first.' : 'Everyone interviewed, and when the record of the interview was agreed.'}</p>
        <div className="toolbar">
          <RenumberButton list="interviews" />
          <button type="button" className="button button--primary" ref={addButton} onClick={add} disabled={people.length === 0} aria-describedby="interviews-hint">Add interview</button>
        </div>
      </div>
      {interviews.length === 0 ? <p className="empty">No interviews yet.</p> : (
        <ul className="record-list" aria-label="Interviews">
          {interviews.map((i) => <InterviewItem key={i.id} item={i} person={labelOf.get(i.personId) ?? 'Unknown person'} open={i.id === openId} toggle={toggle} remove={remove} />)}
        </ul>
      )}
    </>
  );
});

const InterviewItem = memo(function InterviewItem({ item: i, person, open, toggle, remove }: { item: InterviewData; person: string; open: boolean; toggle: (id: string) => void; remove: (i: InterviewData) => void }) {
  const summary = <><span className="ref">{i.ref}</span>{person} <span className="meta">{methodLabels[i.method]} · {mediumDate(i.date)}{i.agreedDate ? ' · record agreed' : ''}</span></>;
  return (
    <ItemRow id={i.id} domId={`interview-${i.id}`} open={open} name={i.ref} summary={summary} toggle={toggle} onDelete={() => remove(i)}>
      {open ? <InterviewFields item={i} /> : null}
    </ItemRow>
  );
});

function InterviewFields({ item: i }: { item: InterviewData }) {
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const personOptions = useMemo(() => people.map((p) => ({ value: p.id, label: p.label === p.name ? p.label : `${p.label} (${p.name})` })), [people]);
  return (
    <>
      <div className="field-row">
        <TextField names={null} label="Reference" value={i.ref} onSave={(v) => { if (v.trim()) saveInterview(i.id, { ref: v.trim() }); }} />
        <SelectField label="Person interviewed" value={i.personId} options={personOptions} onChange={(v) => saveInterview(i.id, { personId: v })} />
        <SelectField label="Method" value={i.method} options={methodOptions} onChange={(v) => saveInterview(i.id, { method: v })} />
      </div>
      <RenameOffer list="interviews" id={i.id} />
      <div className="field-row">
        <DateField label="Date of the interview" value={i.date} onSave={(v) => { if (v) saveInterview(i.id, { date: v }); }} />
        <DateField label="Date the record was agreed" value={i.agreedDate} onSave={(v) => saveInterview(i.id, { agreedDate: v })} />
      </div>
      <Choices legend="Attendees" options={personOptions} selected={i.attendeeIds} onChange={(attendeeIds) => saveInterview(i.id, { attendeeIds })} empty="No people yet." />
      <TextField names={null} id={`interview-${i.id}-summary`} label="Summary" hint="Your notes of the interview: no document prints them." multiline value={i.summary} onSave={(v) => saveInterview(i.id, { summary: v })} />
      <PointChoices legend={`Points ${i.ref} relates to`} selected={i.pointIds} onChange={(pointIds) => saveInterview(i.id, { pointIds })} />
      <RecordHistory collection="interviews" recordId={i.id} name={`interview ${i.ref}`} />
    </>
  );
}
