// People: the anonymisation register. Each person's label ("Ms A", "Child B", "SW1") is
// what anonymised documents print; every part of their name, and their aliases, are what the leak check looks for.
import { memo } from 'react';
import type { PersonData } from '../../../shared/interchange/schema.ts';
import { personRoles } from '../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord, newId, saveRecord, saveSection } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { useFocusSoon } from '../components/focus.ts';
import { personRoleLabels } from '../format/labels.ts';

const EMPTY: never[] = [];
const roleOptions = personRoles.map((r) => ({ value: r, label: personRoleLabels[r] }));

function savePerson(id: string, patch: Partial<PersonData>): void {
  const p = caseStore.get()?.people.find((x) => x.id === id);
  if (!p) return;
  const next: PersonData = { ...p, ...patch };
  if (!next.jobTitle) delete next.jobTitle;
  if (!next.aliases || next.aliases.length === 0) delete next.aliases;
  void saveRecord('people', next);
}

/** Name and label are required by the casefile: an emptied field keeps its last value. */
function nonEmpty(id: string, field: 'name' | 'label', value: string): void {
  if (value.trim()) savePerson(id, { [field]: value.trim() });
}

/** Complainants are named in the complaint; the letters are addressed to them. */
function setComplainant(id: string, yes: boolean): void {
  const complaint = caseStore.get()?.complaint;
  if (!complaint) return;
  const others = complaint.complainantIds.filter((x) => x !== id);
  void saveSection('complaint', { ...complaint, complainantIds: yes ? [...others, id] : others });
}

export function PeopleScreen() {
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  const complainantIds = useStore(caseStore, (c) => c?.complaint.complainantIds ?? EMPTY);
  const focusSoon = useFocusSoon();

  const add = () => {
    const id = newId('person');
    const n = people.length + 1;
    void saveRecord('people', { id, name: `New person ${n}`, label: `Person ${n}`, role: 'other' });
    focusSoon(`person-${id}-name`);
  };

  return (
    <>
      <div className="page-head">
        <div>
          <h1>People</h1>
          <p>Everyone in the case, with the label anonymised documents use instead of their name.</p>
        </div>
        <button type="button" className="button button--primary" onClick={add}>Add person</button>
      </div>
      <div className="notice notice--info">Before an anonymised document is saved, Impartial looks in it for every name below and each part of it (first names, surnames, each part of a double-barrelled name, however spelt or capitalised) and every alias, and stops if it finds one. Aliases are the other names people use: nicknames, maiden names.</div>
      {people.length === 0 ? <p className="empty">No people yet.</p> : (
        <table className="table">
          <caption className="visually-hidden">People and their labels</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Label in documents</th><th scope="col">Role</th><th scope="col">Job title</th><th scope="col">Other names (aliases)</th><th scope="col">Complainant</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {people.map((p) => <PersonRow key={p.id} person={p} complainant={complainantIds.includes(p.id)} />)}
          </tbody>
        </table>
      )}
    </>
  );
}

const PersonRow = memo(function PersonRow({ person: p, complainant }: { person: PersonData; complainant: boolean }) {
  const who = p.label || p.name;
  return (
    <tr data-testid="person">
      <td><TextField names={null} id={`person-${p.id}-name`} label={`Name of ${who}`} visuallyHiddenLabel value={p.name} onSave={(v) => nonEmpty(p.id, 'name', v)} /></td>
      <td><TextField names={null} label={`Label of ${who}`} visuallyHiddenLabel value={p.label} onSave={(v) => nonEmpty(p.id, 'label', v)} /></td>
      <td><SelectField label={`Role of ${who}`} visuallyHiddenLabel value={p.role} options={roleOptions} onChange={(v) => savePerson(p.id, { role: v })} /></td>
      <td><TextField names={{ field: 'people.jobTitle', recordId: p.id }} label={`Job title of ${who}`} visuallyHiddenLabel value={p.jobTitle ?? ''} onSave={(v) => savePerson(p.id, { jobTitle: v.trim() })} /></td>
      <td><TextField names={null} label={`Aliases of ${who}, separated by commas`} visuallyHiddenLabel value={(p.aliases ?? []).join(', ')}
        onSave={(v) => savePerson(p.id, { aliases: v.split(',').map((s) => s.trim()).filter(Boolean) })} /></td>
      <td>
        <input type="checkbox" className="checkbox" checked={complainant} onChange={(e) => setComplainant(p.id, e.target.checked)} aria-label={`${who} is a complainant`} />
      </td>
      <td className="actions">
        <button type="button" className="button button--small button--danger" aria-label={`Delete ${who}`}
          onClick={() => { if (window.confirm(`Delete ${who} from the register?`)) void deleteRecord('people', p.id); }}>Delete</button>
      </td>
    </tr>
  );
});
