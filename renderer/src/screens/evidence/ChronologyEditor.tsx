// The chronology: what happened and when, in date order, each entry with the documents and
// interviews that show it and the points it bears on.
import { memo, useCallback, useMemo, useRef } from 'react';
import type { ChronologyEntryData } from '../../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord, newId, saveRecord } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, TextField } from '../../components/fields.tsx';
import { mediumDate, todayIso } from '../../format/dates.ts';
import { Choices, PointChoices } from './choices.tsx';
import { EMPTY, ItemRow, useOpenItem } from './record-list.tsx';
import { RecordHistory } from '../../components/RecordHistory.tsx';

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Each edit starts from the record as the store holds it now, so two fields saved in quick succession never undo each other. */
function saveEntry(id: string, patch: Partial<ChronologyEntryData>): void {
  const e = caseStore.get()?.chronology?.find((x) => x.id === id);
  if (!e) return;
  void saveRecord('chronology', { ...e, ...patch });
}

export const ChronologyEditor = memo(function ChronologyEditor({ initialOpenId }: { initialOpenId?: string | undefined } = {}) {
  const chronology = useStore(caseStore, (c) => c?.chronology ?? EMPTY);
  const sorted = useMemo(() => [...chronology].sort(byDate), [chronology]);
  const { openId, toggle, openNew } = useOpenItem(initialOpenId);
  const add = () => {
    const id = newId('chronology');
    void saveRecord('chronology', { id, date: todayIso(), event: '', sourceIds: [], pointIds: [] });
    openNew(id, `chronology-${id}-event`);
  };
  // An entry cites nothing that refers back to it, so its delete is never refused.
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((e: ChronologyEntryData) => {
    // No confirmation: the Undo offer (and Ctrl+Z) brings it back.
    void deleteRecord('chronology', e.id);
    addButton.current?.focus();
  }, []);
  return (
    <>
      <div className="section-head">
        <p className="meta">What happened and when, in date order, with the documents and interviews that show it.</p>
        <button type="button" className="button button--primary" ref={addButton} onClick={add}>Add chronology entry</button>
      </div>
      {sorted.length === 0 ? <p className="empty">No chronology entries yet.</p> : (
        <ul className="record-list" aria-label="Chronology">
          {sorted.map((e) => <ChronologyItem key={e.id} item={e} open={e.id === openId} toggle={toggle} remove={remove} />)}
        </ul>
      )}
    </>
  );
});

const ChronologyItem = memo(function ChronologyItem({ item: e, open, toggle, remove }: { item: ChronologyEntryData; open: boolean; toggle: (id: string) => void; remove: (e: ChronologyEntryData) => void }) {
  const summary = <><span className="record-date">{mediumDate(e.date)}</span>{e.event || <span className="empty">No event described yet</span>}</>;
  return (
    <ItemRow id={e.id} domId={`chronology-${e.id}`} open={open} name={`the entry of ${mediumDate(e.date)}`} summary={summary} toggle={toggle} onDelete={() => remove(e)}>
      {open ? <ChronologyFields item={e} /> : null}
    </ItemRow>
  );
});

function ChronologyFields({ item: e }: { item: ChronologyEntryData }) {
  const evidence = useStore(caseStore, (c) => c?.evidence ?? EMPTY);
  const interviews = useStore(caseStore, (c) => c?.interviews ?? EMPTY);
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const evidenceOptions = useMemo(() => evidence.map((x) => ({ value: x.id, label: `${x.ref} ${x.title}` })), [evidence]);
  const interviewOptions = useMemo(() => {
    const labelOf = new Map(people.map((p) => [p.id, p.label || p.name]));
    return interviews.map((x) => ({ value: x.id, label: `${x.ref} ${labelOf.get(x.personId) ?? ''}, ${mediumDate(x.date)}` }));
  }, [interviews, people]);
  const evidenceIds = useMemo(() => new Set(evidence.map((x) => x.id)), [evidence]);
  // Both lists write one sourceIds: each keeps the other kind's ids as they are.
  const setSources = (kind: 'evidence' | 'interviews', chosen: string[]) => {
    const current = caseStore.get()?.chronology?.find((x) => x.id === e.id)?.sourceIds ?? [];
    const others = current.filter((id) => (kind === 'evidence' ? !evidenceIds.has(id) : evidenceIds.has(id)));
    saveEntry(e.id, { sourceIds: [...others, ...chosen] });
  };
  return (
    <>
      <DateField label="Date" value={e.date} onSave={(v) => { if (v) saveEntry(e.id, { date: v }); }} />
      <TextField names={{ field: 'chronology.event', recordId: e.id }} id={`chronology-${e.id}-event`} label="Event" multiline short value={e.event} onSave={(v) => saveEntry(e.id, { event: v })} />
      <Choices legend="Documents that show it" options={evidenceOptions} selected={e.sourceIds} onChange={(ids) => setSources('evidence', ids)} empty="No documents yet." scroll />
      <Choices legend="Interviews that show it" options={interviewOptions} selected={e.sourceIds} onChange={(ids) => setSources('interviews', ids)} empty="No interviews yet." scroll />
      <PointChoices legend="Points it relates to" selected={e.pointIds} onChange={(pointIds) => saveEntry(e.id, { pointIds })} />
      <RecordHistory collection="chronology" recordId={e.id} name={`the chronology entry of ${mediumDate(e.date)}`} />
    </>
  );
}
