// The case's own details and the complaint's dates: the clocks on the Overview start from
// these, so they sit on the same screen.
import type { CaseHeaderData, ComplaintData } from '../../../shared/interchange/schema.ts';
import { caseStore, saveSection } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { DateField, RadioGroup, SelectField, TextField } from '../components/fields.tsx';
import { ClosureDays } from './ClosureDays.tsx';
import { Stage2Extension } from './Stage2Extension.tsx';

function saveCase(patch: Partial<CaseHeaderData>): void {
  const c = caseStore.get();
  if (c) void saveSection('case', { ...c.case, ...patch });
}

function saveComplaint(patch: Partial<ComplaintData>): void {
  const c = caseStore.get();
  if (!c) return;
  const next: ComplaintData = { ...c.complaint, ...patch };
  for (const k of ['receivedDate', 'stage1ResponseDate', 'stage2RequestDate'] as const) if (!next[k]) delete next[k];
  void saveSection('complaint', next);
}

function saveAuthorityName(name: string): void {
  const c = caseStore.get();
  if (c && name.trim()) void saveSection('authority', { ...c.authority, name: name.trim() });
}

const procedures = [
  { value: 'england-children-act-1989', label: 'England: Children Act 1989 procedure' },
  { value: 'wales-2014', label: 'Wales: 2014 regulations' },
] as const;
const stages = [{ value: '2', label: 'Stage 2 investigation' }, { value: '3', label: 'Stage 3 review panel' }] as const;
const clockStarts = [
  { value: 'statement-agreed', label: 'When the statement is agreed' },
  { value: 'stage2-request', label: 'From the Stage 2 request' },
] as const;

export function CaseDetails() {
  const header = useStore(caseStore, (c) => c?.case);
  const complaint = useStore(caseStore, (c) => c?.complaint);
  const authority = useStore(caseStore, (c) => c?.authority.name ?? '');
  if (!header || !complaint) return null;
  return (
    <details className="card details">
      <summary><h2>Case details and complaint dates</h2></summary>
      <div className="field-row">
        <TextField names={{ field: 'case.title' }} label="Title" value={header.title} onSave={(v) => { if (v.trim()) saveCase({ title: v.trim() }); }} />
        <TextField names={{ field: 'authority.name' }} label="Council" value={authority} onSave={saveAuthorityName} />
      </div>
      <div className="field-row">
        <SelectField label="Procedure" value={header.procedure} options={procedures} onChange={(v) => saveCase({ procedure: v })} />
        <SelectField label="Stage" value={String(header.stage) as '2' | '3'} options={stages} onChange={(v) => saveCase({ stage: v === '3' ? 3 : 2 })} />
      </div>
      <RadioGroup legend="The Stage 2 clock runs" name="clock-start" value={header.clockStart ?? 'statement-agreed'} options={clockStarts}
        hint="Most councils count the 25 working days from the agreed Statement of Complaint; some from the request."
        onChange={(v) => saveCase({ clockStart: v })} />
      <div className="field-row">
        <DateField label="Complaint received" value={complaint.receivedDate} onSave={(v) => saveComplaint({ receivedDate: v })} />
        <DateField label="Stage 1 response" value={complaint.stage1ResponseDate} onSave={(v) => saveComplaint({ stage1ResponseDate: v })} />
        <DateField label="Stage 2 requested" value={complaint.stage2RequestDate} onSave={(v) => saveComplaint({ stage2RequestDate: v })} />
      </div>
      <Stage2Extension />
      <ClosureDays />
    </details>
  );
}
