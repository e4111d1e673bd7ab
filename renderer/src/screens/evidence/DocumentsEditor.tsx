// The documents examined: records, letters, assessments, policies and legislation, each with
// its reference (D1, D2…), the points it bears on and, if the investigator has it, the file.
import { memo, useCallback, useRef } from 'react';
import type { EvidenceData } from '../../../../shared/interchange/schema.ts';
import { evidenceKinds } from '../../../../shared/interchange/schema.ts';
import { nextNumber } from '../../app/numbering.ts';
import { caseStore, newId, saveRecord } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, SelectField, TextField } from '../../components/fields.tsx';
import { mediumDate } from '../../format/dates.ts';
import { PointChoices } from './choices.tsx';
import { EvidenceFile } from './EvidenceFile.tsx';
import { RenameOffer, RenumberButton } from './references.tsx';
import { deleteSource, EMPTY, ItemRow, useOpenItem } from './record-list.tsx';
import type { OnRefused } from './record-list.tsx';
import { RecordHistory } from '../../components/RecordHistory.tsx';

type EvidenceRecord = Omit<EvidenceData, 'attachment'> & { attachment?: Omit<NonNullable<EvidenceData['attachment']>, 'data'> };

const kindLabels: Record<EvidenceData['kind'], string> = {
  record: 'Record', correspondence: 'Correspondence', assessment: 'Assessment', policy: 'Policy', legislation: 'Legislation', other: 'Other',
};
const kindOptions = evidenceKinds.map((k) => ({ value: k, label: kindLabels[k] }));

/** Each edit starts from the record as the store holds it now, so two fields saved in quick succession never undo each other. */
function saveEvidence(id: string, patch: Partial<EvidenceRecord>): void {
  const e = caseStore.get()?.evidence?.find((x) => x.id === id);
  if (!e) return;
  const next = { ...e, ...patch } as EvidenceRecord;
  for (const k of ['date', 'source', 'notes'] as const) if (!next[k]) delete next[k];
  void saveRecord('evidence', next);
}

export const DocumentsEditor = memo(function DocumentsEditor({ onRefused, initialOpenId }: { onRefused: OnRefused; initialOpenId?: string | undefined }) {
  const evidence = useStore(caseStore, (c) => c?.evidence ?? EMPTY);
  const { openId, toggle, openNew } = useOpenItem(initialOpenId);
  const add = () => {
    const id = newId('evidence');
    void saveRecord('evidence', { id, ref: nextNumber(evidence.map((e) => e.ref), 'D'), kind: 'record', title: '', pointIds: [] });
    openNew(id, `evidence-${id}-title`);
  };
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((e: EvidenceData) => deleteSource('evidence', e.id, e.ref, onRefused, addButton), [onRefused]);
  return (
    <>
      <div className="section-head">
        <p className="meta">Records, letters, assessments, policies and legislation examined.</p>
        <div className="toolbar">
          <RenumberButton list="evidence" />
          <button type="button" className="button button--primary" ref={addButton} onClick={add}>Add document</button>
        </div>
      </div>
      {evidence.length === 0 ? <p className="empty">No documents yet.</p> : (
        <ul className="record-list" aria-label="Documents examined">
          {evidence.map((e) => <DocumentItem key={e.id} item={e} open={e.id === openId} toggle={toggle} remove={remove} />)}
        </ul>
      )}
    </>
  );
});

const DocumentItem = memo(function DocumentItem({ item: e, open, toggle, remove }: { item: EvidenceData; open: boolean; toggle: (id: string) => void; remove: (e: EvidenceData) => void }) {
  const summary = (
    <><span className="ref">{e.ref}</span>{e.title || <span className="empty">Untitled</span>} <span className="meta">{kindLabels[e.kind]}{e.date ? ` · ${mediumDate(e.date)}` : ''}</span></>
  );
  return (
    <ItemRow id={e.id} domId={`evidence-${e.id}`} open={open} name={e.ref} summary={summary} toggle={toggle} onDelete={() => remove(e)}>
      {open ? <DocumentFields item={e} /> : null}
    </ItemRow>
  );
});

function DocumentFields({ item: e }: { item: EvidenceData }) {
  return (
    <>
      <div className="field-row">
        <TextField names={null} label="Reference" value={e.ref} onSave={(v) => { if (v.trim()) saveEvidence(e.id, { ref: v.trim() }); }} />
        <SelectField label="Kind" value={e.kind} options={kindOptions} onChange={(v) => saveEvidence(e.id, { kind: v })} />
        <DateField label="Date" value={e.date} onSave={(v) => saveEvidence(e.id, { date: v })} />
      </div>
      <RenameOffer list="evidence" id={e.id} />
      <TextField names={{ field: 'evidence.title', recordId: e.id }} id={`evidence-${e.id}-title`} label="Title" value={e.title} onSave={(v) => saveEvidence(e.id, { title: v })} />
      <TextField names={{ field: 'evidence.source', recordId: e.id }} label="Source" hint="Who holds it or where it came from." value={e.source ?? ''} onSave={(v) => saveEvidence(e.id, { source: v })} />
      <TextField names={null} label="Notes" hint="Your own notes: no document prints them." multiline short value={e.notes ?? ''} onSave={(v) => saveEvidence(e.id, { notes: v })} />
      <PointChoices legend={`Points ${e.ref} relates to`} selected={e.pointIds} onChange={(pointIds) => saveEvidence(e.id, { pointIds })} />
      <EvidenceFile item={e} />
      <RecordHistory collection="evidence" recordId={e.id} name={`document ${e.ref}`} />
    </>
  );
}
