// People: everyone in the case, and the anonymisation register. Each person's label ("Ms A",
// "Child B", "SW1") is what anonymised documents print; every part of their name, their
// aliases and the surname of their form of address are what the leak check looks for.
// One line per person, opened to edit all of their details; a small form adds someone, and
// makes nobody until a name is given.
import { memo, useState } from 'react';
import type { ApiError } from '../../../../shared/api.ts';
import type { CaseData, PersonData } from '../../../../shared/interchange/schema.ts';
import { personRoles } from '../../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord, saveRecord, saveSection, together } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { useFocusSoon } from '../../components/focus.ts';
import { personRoleLabels } from '../../format/labels.ts';
import { ItemRow } from '../evidence/record-list.tsx';
import { linesOf } from '../case/edits.ts';
import { AddPersonForm, holderOfLabel } from './AddPersonForm.tsx';
import { complaintPartsOf, partForRole, partLabels } from './complaint-parts.ts';

const EMPTY: never[] = [];
const roleOptions = personRoles.map((r) => ({ value: r, label: personRoleLabels[r] }));

type OptionalText = 'jobTitle' | 'organisation' | 'addressAs';

function currentPerson(id: string): PersonData | undefined {
  return caseStore.get()?.people.find((x) => x.id === id);
}

/** Saves one change to a person, leaving out an optional field that was emptied. */
function savePerson(id: string, patch: Partial<Record<OptionalText, string>> & Partial<Pick<PersonData, 'name' | 'label' | 'role' | 'aliases' | 'address'>>): void {
  const p = currentPerson(id);
  if (!p) return;
  const next: PersonData = { ...p, ...patch };
  for (const k of ['jobTitle', 'organisation', 'addressAs'] as const) if (!next[k]?.trim()) delete next[k];
  for (const k of ['aliases', 'address'] as const) if (!next[k]?.length) delete next[k];
  void saveRecord('people', next);
}

/** What, other than the complaint's lists, refers to a person (the casefile refuses to orphan them). */
function recordsNaming(c: CaseData, id: string): string[] {
  const interviews = (c.interviews ?? []).filter((i) => i.personId === id || i.attendeeIds.includes(id)).map((i) => i.ref);
  const out: string[] = [];
  if (interviews.length) out.push(`${interviews.length === 1 ? 'interview' : 'interviews'} ${interviews.join(', ')}`);
  if (c.adjudication?.adjudicatorId === id) out.push('the adjudication');
  if (c.panel && (c.panel.memberIds.includes(id) || c.panel.chairId === id || c.panel.attendeeIds.includes(id))) out.push('the review panel');
  return out;
}

export function PeopleScreen({ initialPersonId }: { initialPersonId?: string | undefined }) {
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const complaint = useStore(caseStore, (c) => c?.complaint);
  const [openId, setOpenId] = useState<string | undefined>(initialPersonId);
  const [adding, setAdding] = useState(people.length === 0);
  const [refusal, setRefusal] = useState<string | undefined>();
  const focusSoon = useFocusSoon();

  const toggle = (id: string) => setOpenId((was) => (was === id ? undefined : id));

  const remove = async (p: PersonData) => {
    const c = caseStore.get();
    if (!c) return;
    setRefusal(undefined);
    const naming = recordsNaming(c, p.id);
    if (naming.length) {
      setRefusal(`${p.name} (${p.label}) cannot be deleted: they are named in ${naming.join(' and ')}. Take them off there first.`);
      return;
    }
    const parts = complaintPartsOf(c.complaint, p.id);
    // No confirmation: the Undo offer (and Ctrl+Z) brings the person back, onto the complaint too.
    let result: Awaited<ReturnType<typeof deleteRecord>> | undefined;
    const reword = (error: ApiError) => (error.code === 'still-referenced' ? `${p.name} (${p.label}) was not deleted: other records still name them.` : error.message);
    await together(`Deleted ${p.label} from the register`, () => {
      if (parts.length) {
        const without = (ids: string[] | undefined) => ids?.filter((x) => x !== p.id);
        const next = { ...c.complaint, complainantIds: without(c.complaint.complainantIds) ?? [] };
        for (const k of ['childIds', 'representativeIds'] as const) {
          const ids = without(c.complaint[k]);
          if (ids) next[k] = ids;
        }
        void saveSection('complaint', next);
      }
      void deleteRecord('people', p.id, reword).then((r) => { result = r; });
    }, { deleted: true });
    if (result && !result.ok) setRefusal(reword(result.error));
    else if (!adding) focusSoon('add-person-button');
  };

  return (
    <>
      <div className="page-head">
        <div>
          <h1>People</h1>
          <p>Everyone in the case, with the label anonymised documents print instead of their name.</p>
        </div>
        {adding ? null : <button id="add-person-button" type="button" className="button button--primary" onClick={() => setAdding(true)}>Add person</button>}
      </div>
      {adding ? <AddPersonForm onClose={() => { setAdding(false); focusSoon('add-person-button'); }} /> : null}
      <div className="notice notice--info">Before an anonymised document is saved, Impartial looks in it for every name below and each part of it (first names, surnames, each part of a double-barrelled name, however spelt or capitalised), every alias and the surname of each form of address, and stops if it finds one.</div>
      {refusal ? <div className="notice notice--danger" role="alert">{refusal}</div> : null}
      {people.length === 0 ? <p className="empty">No people yet.</p> : (
        <ul className="record-list person-list" aria-label="People">
          {people.map((p) => (
            <PersonItem key={p.id} person={p} open={openId === p.id} parts={complaint ? complaintPartsOf(complaint, p.id) : EMPTY} toggle={toggle} remove={remove} />
          ))}
        </ul>
      )}
    </>
  );
}

interface PersonItemProps {
  person: PersonData;
  open: boolean;
  parts: ReturnType<typeof complaintPartsOf>;
  toggle: (id: string) => void;
  remove: (p: PersonData) => Promise<void>;
}

const PersonItem = memo(function PersonItem({ person: p, open, parts, toggle, remove }: PersonItemProps) {
  const about = [p.jobTitle, p.organisation].filter(Boolean).join(', ');
  const summary = (
    <span className="person-line">
      <strong className="person-name">{p.name}</strong>
      <span className="person-label">{p.label}</span>
      <span className="meta">{personRoleLabels[p.role]}{about ? ` · ${about}` : ''}</span>
      {parts.filter((part) => part !== partForRole(p.role)).map((part) => <span key={part} className="badge">{partLabels[part]}</span>)}
    </span>
  );
  return (
    <ItemRow id={p.id} domId={`person-${p.id}`} open={open} name={`${p.name} (${p.label})`} summary={summary} toggle={toggle} onDelete={() => void remove(p)} testId="person">
      <PersonFields person={p} />
    </ItemRow>
  );
});

function PersonFields({ person: p }: { person: PersonData }) {
  const [errors, setErrors] = useState<Partial<Record<'name' | 'label', string>>>({});
  const required = (field: 'name' | 'label', what: string) => (v: string) => {
    const kept = `the register keeps “${currentPerson(p.id)?.[field] ?? ''}” until you do`;
    if (!v.trim()) { setErrors((e) => ({ ...e, [field]: `Enter ${what}: ${kept}.` })); return; }
    const holder = field === 'label' ? holderOfLabel(caseStore.get()?.people ?? [], v, p.id) : undefined;
    if (holder) { setErrors((e) => ({ ...e, label: `“${holder.label}” is already the label of ${holder.name}: give each person their own (${kept}).` })); return; }
    setErrors((e) => ({ ...e, [field]: undefined }));
    savePerson(p.id, { [field]: v.trim() });
  };
  const id = (field: string) => `person-${p.id}-${field}`;
  return (
    <>
      <div className="field-row">
        <TextField names={null} id={id('name')} label="Name" required value={p.name} onSave={required('name', 'the name')} {...(errors.name ? { error: errors.name } : {})} />
        <TextField names={null} id={id('label')} label="Label in documents" hint="Printed instead of the name: “Ms A”, “Child B”, “SW1”." required value={p.label}
          onSave={required('label', 'a label')} {...(errors.label ? { error: errors.label } : {})} />
        <SelectField id={id('role')} label="Role" value={p.role} options={roleOptions} onChange={(v) => savePerson(p.id, { role: v })} />
      </div>
      <div className="field-row">
        <TextField names={{ field: 'people.jobTitle', recordId: p.id }} id={id('job-title')} label="Job title" value={p.jobTitle ?? ''} onSave={(v) => savePerson(p.id, { jobTitle: v.trim() })} />
        <TextField names={{ field: 'people.organisation', recordId: p.id }} id={id('organisation')} label="Organisation" hint="Where they are not the council's: an advocacy service, a school." value={p.organisation ?? ''}
          onSave={(v) => savePerson(p.id, { organisation: v.trim() })} />
      </div>
      <div className="field-row">
        <TextField names={null} id={id('address-as')} label="How to address them in a letter" hint="Title and surname, as after “Dear”: “Mrs Pryce-Jones”. The adjudication letter sent to a complainant opens with it."
          value={p.addressAs ?? ''} onSave={(v) => savePerson(p.id, { addressAs: v.trim() })} />
        <TextField names={null} id={id('address')} label="Postal address" multiline short hint="One line to a line. Used only to address letters."
          value={(p.address ?? []).join('\n')} onSave={(v) => savePerson(p.id, { address: linesOf(v) })} />
      </div>
      <TextField names={null} id={id('aliases')} label="Other names (aliases)" multiline short hint="One to a line: the other names people use for them, such as a first name alone, a nickname, a maiden or married name. Anonymised documents are checked for these too."
        value={(p.aliases ?? []).join('\n')} onSave={(v) => savePerson(p.id, { aliases: linesOf(v) })} />
    </>
  );
}
