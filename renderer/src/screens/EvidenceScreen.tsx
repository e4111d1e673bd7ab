// Evidence: the documents examined, the interviews and the chronology, added and edited by
// hand as well as by import. Built for the large case (400 documents, 60 interviews, 1,000
// chronology entries): one tab panel at a time, every item a memoised one-line summary, and
// only the item being edited renders its fields.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ApiError } from '../../../shared/api.ts';
import type { CaseData, ChronologyEntryData, EvidenceData, InterviewData, PointData } from '../../../shared/interchange/schema.ts';
import { evidenceKinds, interviewMethods } from '../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord, newId, saveRecord } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { DateField, SelectField, TextField } from '../components/fields.tsx';
import { mediumDate, todayIso } from '../format/dates.ts';
import { EvidenceFile } from './EvidenceFile.tsx';

const EMPTY: never[] = [];

type EvidenceRecord = Omit<EvidenceData, 'attachment'> & { attachment?: Omit<NonNullable<EvidenceData['attachment']>, 'data'> };
type Tab = 'documents' | 'interviews' | 'chronology';
const tabs: { id: Tab; title: string }[] = [
  { id: 'documents', title: 'Documents examined' },
  { id: 'interviews', title: 'Interviews' },
  { id: 'chronology', title: 'Chronology' },
];

const kindLabels: Record<EvidenceData['kind'], string> = {
  record: 'Record', correspondence: 'Correspondence', assessment: 'Assessment', policy: 'Policy', legislation: 'Legislation', other: 'Other',
};
const methodLabels: Record<InterviewData['method'], string> = { 'in-person': 'In person', phone: 'Phone', video: 'Video', written: 'Written' };
const kindOptions = evidenceKinds.map((k) => ({ value: k, label: kindLabels[k] }));
const methodOptions = interviewMethods.map((m) => ({ value: m, label: methodLabels[m] }));

/** The next free reference with this prefix: D1, D2… or I1, I2… (gaps are not refilled). */
function nextRef(prefix: string, refs: string[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`, 'i');
  const numbers = refs.map((r) => pattern.exec(r.trim())?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Saving: each edit starts from the record as the store holds it now, so two fields of one
// item saved in quick succession never undo each other.

function saveEvidence(id: string, patch: Partial<EvidenceRecord>): void {
  const e = caseStore.get()?.evidence?.find((x) => x.id === id);
  if (!e) return;
  const next = { ...e, ...patch } as EvidenceRecord;
  for (const k of ['date', 'source', 'notes'] as const) if (!next[k]) delete next[k];
  void saveRecord('evidence', next);
}

function saveInterview(id: string, patch: Partial<InterviewData>): void {
  const i = caseStore.get()?.interviews?.find((x) => x.id === id);
  if (!i) return;
  const next: InterviewData = { ...i, ...patch };
  if (!next.agreedDate) delete next.agreedDate;
  void saveRecord('interviews', next);
}

function saveEntry(id: string, patch: Partial<ChronologyEntryData>): void {
  const e = caseStore.get()?.chronology?.find((x) => x.id === id);
  if (!e) return;
  void saveRecord('chronology', { ...e, ...patch });
}

/** Who cites a source (evidence item or interview), in words, for a refused delete. */
function citedBy(c: CaseData, id: string): string {
  const entries = (c.chronology ?? []).filter((e) => e.sourceIds.includes(id)).length;
  const numbers = new Map(c.statement.points.map((p) => [p.id, p.number]));
  const findings = (c.findings ?? []).filter((f) => f.sourceIds?.includes(id)).map((f) => numbers.get(f.pointId) ?? '?');
  const parts: string[] = [];
  if (entries > 0) parts.push(`${entries} chronology ${entries === 1 ? 'entry' : 'entries'}`);
  if (findings.length > 0) parts.push(`the ${findings.length === 1 ? 'finding' : 'findings'} on point ${findings.join(', ')}`);
  return parts.join(' and ');
}

type Removal = { done: 'cancelled' | 'deleted' } | { done: 'refused'; message: string };

/** Deletes after a confirm; a refusal by the casefile comes back as a sentence for the screen. */
async function removeSource(collection: 'evidence' | 'interviews', id: string, ref: string): Promise<Removal> {
  if (!window.confirm(`Delete ${ref}? This cannot be undone.`)) return { done: 'cancelled' };
  const c = caseStore.get();
  const who = c ? citedBy(c, id) : '';
  const reword = (error: ApiError) => (error.code === 'still-referenced'
    ? `${ref} was not deleted: it is still cited by ${who || 'other records'}. Remove it from there first.`
    : error.message);
  const result = await deleteRecord(collection, id, reword);
  return result.ok ? { done: 'deleted' } : { done: 'refused', message: reword(result.error) };
}

/** After a delete the item's buttons are gone: the keyboard goes on from the panel's Add button. */
function afterRemoval(removal: Removal, onRefused: (m: string | undefined) => void, add: HTMLButtonElement | null): void {
  if (removal.done === 'refused') onRefused(removal.message);
  else if (removal.done === 'deleted') { onRefused(undefined); add?.focus(); }
}

// ---------------------------------------------------------------------------------------

export function EvidenceScreen() {
  const [tab, setTab] = useState<Tab>('documents');
  // An object, so that the same refusal twice is announced and focused twice.
  const [refusal, setRefusal] = useState<{ message: string } | undefined>();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => { if (refusal) notice.current?.focus(); }, [refusal]);
  const counts = useStore(caseStore, (c) => `${c?.evidence?.length ?? 0}|${c?.interviews?.length ?? 0}|${c?.chronology?.length ?? 0}`);
  const count: Record<Tab, string> = Object.fromEntries(tabs.map((t, i) => [t.id, counts.split('|')[i] ?? '0'])) as Record<Tab, string>;
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ documents: null, interviews: null, chronology: null });

  // Arrow keys move between the tabs (the tablist pattern); Tab goes on into the panel.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at + tabs.length - 1) % tabs.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    const next = tabs[to]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const onRefused = useCallback((message: string | undefined) => setRefusal(message === undefined ? undefined : { message }), []);
  const current = tabs.find((t) => t.id === tab)!;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Evidence</h1>
          <p>The documents examined, the interviews and the chronology, each linked to the points it bears on.</p>
        </div>
      </div>
      {refusal ? (
        <div className="notice notice--danger notice--dismissable" role="alert" tabIndex={-1} ref={notice}>
          <span>{refusal.message}</span>
          <button type="button" className="button button--small" onClick={() => setRefusal(undefined)}>Dismiss</button>
        </div>
      ) : null}
      <div className="tablist" role="tablist" aria-label="Evidence" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" id={`evidence-tab-${t.id}`} className="tab" aria-selected={t.id === tab} aria-controls={`evidence-panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1} ref={(el) => { tabRefs.current[t.id] = el; }} onClick={() => setTab(t.id)}>
            {t.title} <span className="nav-count">{count[t.id]}</span>
          </button>
        ))}
      </div>
      <section className="tabpanel" role="tabpanel" id={`evidence-panel-${tab}`} aria-labelledby={`evidence-tab-${tab}`}>
        <h2 className="visually-hidden">{current.title}</h2>
        {tab === 'documents' ? <DocumentsPanel onRefused={onRefused} /> : null}
        {tab === 'interviews' ? <InterviewsPanel onRefused={onRefused} /> : null}
        {tab === 'chronology' ? <ChronologyPanel /> : null}
      </section>
    </>
  );
}

/** Opens the item just added and puts the cursor in its first text field. */
function useOpenItem() {
  const [openId, setOpenId] = useState<string | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el) { el.focus(); el.scrollIntoView({ block: 'center' }); setFocusId(undefined); }
  });
  const toggle = useCallback((id: string) => setOpenId((was) => (was === id ? undefined : id)), []);
  const openNew = useCallback((id: string, focus: string) => { setOpenId(id); setFocusId(focus); }, []);
  return { openId, toggle, openNew };
}

interface RowProps {
  /** The record's id, for toggle. */
  id: string;
  /** Prefix of the item's element ids. */
  domId: string;
  open: boolean;
  name: string;
  summary: ReactNode;
  toggle: (id: string) => void;
  onDelete: () => void;
  children?: ReactNode;
}

/** One item: its summary line with Edit and Delete, and its fields while open. */
function ItemRow({ id, domId, open, name, summary, toggle, onDelete, children }: RowProps) {
  return (
    <li className={open ? 'record-item record-item--open' : 'record-item'} data-testid="record-item">
      <div className="record-line">
        <div className="record-summary">{summary}</div>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={open ? `${domId}-fields` : undefined} onClick={() => toggle(id)}>
          {open ? 'Close' : 'Edit'}<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDelete}>Delete<span className="visually-hidden"> {name}</span></button>
      </div>
      {open ? <div className="record-fields" id={`${domId}-fields`}>{children}</div> : null}
    </li>
  );
}

// ---------------------------------------------------------------------------------------
// Documents examined

const DocumentsPanel = memo(function DocumentsPanel({ onRefused }: { onRefused: (m: string | undefined) => void }) {
  const evidence = useStore(caseStore, (c) => c?.evidence ?? EMPTY);
  const { openId, toggle, openNew } = useOpenItem();
  const add = () => {
    const id = newId('evidence');
    void saveRecord('evidence', { id, ref: nextRef('D', evidence.map((e) => e.ref)), kind: 'record', title: '', pointIds: [] });
    openNew(id, `evidence-${id}-title`);
  };
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((e: EvidenceData) => { void removeSource('evidence', e.id, e.ref).then((r) => afterRemoval(r, onRefused, addButton.current)); }, [onRefused]);
  return (
    <>
      <div className="section-head">
        <p className="meta">Records, letters, assessments, policies and legislation examined.</p>
        <button type="button" className="button button--primary" ref={addButton} onClick={add}>Add document</button>
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
        <TextField label="Reference" value={e.ref} onSave={(v) => { if (v.trim()) saveEvidence(e.id, { ref: v.trim() }); }} />
        <SelectField label="Kind" value={e.kind} options={kindOptions} onChange={(v) => saveEvidence(e.id, { kind: v })} />
        <DateField label="Date" value={e.date} onSave={(v) => saveEvidence(e.id, { date: v })} />
      </div>
      <TextField id={`evidence-${e.id}-title`} label="Title" value={e.title} onSave={(v) => saveEvidence(e.id, { title: v })} />
      <TextField label="Source" hint="Who holds it or where it came from." value={e.source ?? ''} onSave={(v) => saveEvidence(e.id, { source: v })} />
      <TextField label="Notes" multiline short value={e.notes ?? ''} onSave={(v) => saveEvidence(e.id, { notes: v })} />
      <PointChoices legend={`Points ${e.ref} relates to`} selected={e.pointIds} onChange={(pointIds) => saveEvidence(e.id, { pointIds })} />
      <EvidenceFile item={e} />
    </>
  );
}

// ---------------------------------------------------------------------------------------
// Interviews

const InterviewsPanel = memo(function InterviewsPanel({ onRefused }: { onRefused: (m: string | undefined) => void }) {
  const interviews = useStore(caseStore, (c) => c?.interviews ?? EMPTY);
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const labelOf = useMemo(() => new Map(people.map((p) => [p.id, p.label || p.name])), [people]);
  const { openId, toggle, openNew } = useOpenItem();
  const add = () => {
    const first = people[0];
    if (!first) return;
    const id = newId('interview');
    void saveRecord('interviews', { id, ref: nextRef('I', interviews.map((i) => i.ref)), personId: first.id, date: todayIso(), method: 'in-person', attendeeIds: [], summary: '', pointIds: [] });
    openNew(id, `interview-${id}-summary`);
  };
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((i: InterviewData) => { void removeSource('interviews', i.id, i.ref).then((r) => afterRemoval(r, onRefused, addButton.current)); }, [onRefused]);
  return (
    <>
      <div className="section-head">
        <p className="meta" id="interviews-hint">{people.length === 0 ? 'Add the people interviewed on the People screen first.' : 'Everyone interviewed, and when the record of the interview was agreed.'}</p>
        <button type="button" className="button button--primary" ref={addButton} onClick={add} disabled={people.length === 0} aria-describedby="interviews-hint">Add interview</button>
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
        <TextField label="Reference" value={i.ref} onSave={(v) => { if (v.trim()) saveInterview(i.id, { ref: v.trim() }); }} />
        <SelectField label="Person interviewed" value={i.personId} options={personOptions} onChange={(v) => saveInterview(i.id, { personId: v })} />
        <SelectField label="Method" value={i.method} options={methodOptions} onChange={(v) => saveInterview(i.id, { method: v })} />
      </div>
      <div className="field-row">
        <DateField label="Date of the interview" value={i.date} onSave={(v) => { if (v) saveInterview(i.id, { date: v }); }} />
        <DateField label="Date the record was agreed" value={i.agreedDate} onSave={(v) => saveInterview(i.id, { agreedDate: v })} />
      </div>
      <Choices legend="Attendees" options={personOptions} selected={i.attendeeIds} onChange={(attendeeIds) => saveInterview(i.id, { attendeeIds })} empty="No people yet." />
      <TextField id={`interview-${i.id}-summary`} label="Summary" multiline value={i.summary} onSave={(v) => saveInterview(i.id, { summary: v })} />
      <PointChoices legend={`Points ${i.ref} relates to`} selected={i.pointIds} onChange={(pointIds) => saveInterview(i.id, { pointIds })} />
    </>
  );
}

// ---------------------------------------------------------------------------------------
// Chronology

const ChronologyPanel = memo(function ChronologyPanel() {
  const chronology = useStore(caseStore, (c) => c?.chronology ?? EMPTY);
  const sorted = useMemo(() => [...chronology].sort(byDate), [chronology]);
  const { openId, toggle, openNew } = useOpenItem();
  const add = () => {
    const id = newId('chronology');
    void saveRecord('chronology', { id, date: todayIso(), event: '', sourceIds: [], pointIds: [] });
    openNew(id, `chronology-${id}-event`);
  };
  // An entry cites nothing that refers back to it, so its delete is never refused.
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useCallback((e: ChronologyEntryData) => {
    if (!window.confirm(`Delete the chronology entry of ${mediumDate(e.date)}? This cannot be undone.`)) return;
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
      <TextField id={`chronology-${e.id}-event`} label="Event" multiline short value={e.event} onSave={(v) => saveEntry(e.id, { event: v })} />
      <Choices legend="Documents that show it" options={evidenceOptions} selected={e.sourceIds} onChange={(ids) => setSources('evidence', ids)} empty="No documents yet." scroll />
      <Choices legend="Interviews that show it" options={interviewOptions} selected={e.sourceIds} onChange={(ids) => setSources('interviews', ids)} empty="No interviews yet." scroll />
      <PointChoices legend="Points it relates to" selected={e.pointIds} onChange={(pointIds) => saveEntry(e.id, { pointIds })} />
    </>
  );
}

// ---------------------------------------------------------------------------------------
// Checkbox groups

interface ChoicesProps {
  legend: string;
  options: readonly { value: string; label: string }[];
  /** May hold values of other groups: only this group's options are shown and returned. */
  selected: string[];
  onChange: (chosen: string[]) => void;
  empty: string;
  scroll?: boolean;
}

function Choices({ legend, options, selected, onChange, empty, scroll }: ChoicesProps) {
  const chosen = new Set(selected);
  const toggle = (value: string, on: boolean) => {
    const mine = options.filter((o) => (o.value === value ? on : chosen.has(o.value))).map((o) => o.value);
    onChange(mine);
  };
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="field-hint">{empty}</p> : (
        <ul className={scroll && options.length > 8 ? 'choice-list choice-list--scroll' : 'choice-list'}>
          {options.map((o) => (
            <li key={o.value}>
              <label className="choice">
                <input type="checkbox" className="checkbox" checked={chosen.has(o.value)} onChange={(ev) => toggle(o.value, ev.target.checked)} />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The in-scope points by number and summary, and any other point already linked. */
function PointChoices({ legend, selected, onChange }: { legend: string; selected: string[]; onChange: (ids: string[]) => void }) {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const options = useMemo(() => points
    .filter((p: PointData) => p.scope !== 'out' || selected.includes(p.id))
    .map((p) => ({ value: p.id, label: `Point ${p.number}: ${p.summary || 'Untitled point'}${p.scope === 'out' ? ' (out of scope)' : ''}` })), [points, selected]);
  return <Choices legend={legend} options={options} selected={selected} onChange={onChange} empty="No points yet: add them to the Statement of Complaint." />;
}
