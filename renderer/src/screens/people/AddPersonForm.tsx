// Adding people to the register: a name (required: the casefile holds nobody without one), the
// label documents print instead, and the role. Nothing is created until the name is given, and
// the form stays open, empty, for the next person: a case's register is usually typed in one go.
// Someone added as the complainant, the child or a representative is put on the complaint too.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonData } from '../../../../shared/interchange/schema.ts';
import { personRoles } from '../../../../shared/interchange/schema.ts';
import { caseStore, newId, saveRecord, saveSection } from '../../app/session.ts';
import { personRoleLabels } from '../../format/labels.ts';
import { partForRole, partLabels } from './complaint-parts.ts';

/** "Person 3": the first such label no one has, for someone added without a label. */
export function placeholderLabel(people: readonly PersonData[]): string {
  const taken = new Set(people.map((p) => p.label.trim().toLowerCase()));
  let n = people.length + 1;
  while (taken.has(`person ${n}`)) n++;
  return `Person ${n}`;
}

/** The person who already has this label, if any: two people with one label could not be told apart in a document. */
export function holderOfLabel(people: readonly PersonData[], label: string, except?: string): PersonData | undefined {
  const key = label.trim().toLowerCase();
  return people.find((p) => p.id !== except && p.label.trim().toLowerCase() === key);
}

type Errors = Partial<Record<'name' | 'label', string>>;

export function AddPersonForm({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<PersonData['role']>('other');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const nameBox = useRef<HTMLInputElement>(null);
  const labelBox = useRef<HTMLInputElement>(null);
  useEffect(() => nameBox.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = caseStore.get();
    if (!c) return;
    setStatus('');
    if (!name.trim()) {
      setErrors({ name: 'Enter the person’s name.' });
      nameBox.current?.focus();
      return;
    }
    const holder = label.trim() ? holderOfLabel(c.people, label) : undefined;
    if (holder) {
      setErrors({ label: `“${holder.label}” is already the label of ${holder.name}: give each person their own.` });
      labelBox.current?.focus();
      return;
    }
    setErrors({});
    const person: PersonData = { id: newId('person'), name: name.trim(), label: label.trim() || placeholderLabel(c.people), role };
    void saveRecord('people', person);
    const part = partForRole(role);
    if (part) void saveSection('complaint', { ...c.complaint, [part]: [...(c.complaint[part] ?? []), person.id] });
    setStatus(`Added ${person.name} as “${person.label}”${part ? `, on the complaint as ${partLabels[part].toLowerCase()}` : ''}. Add the next person, or choose Done.`);
    setName('');
    setLabel('');
    setRole('other');
    nameBox.current?.focus();
  };

  const describedBy = (field: keyof Errors, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <form id="add-person" className="card add-person" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h2 id={`${id}-h`}>Add a person</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input lang="en-GB" ref={nameBox} id={`${id}-name`} className="input" type="text" autoComplete="off" value={name} required
            aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy('name')} onChange={(e) => setName(e.target.value)} />
          {errors.name ? <span id={`${id}-name-error`} className="field-error" role="alert">{errors.name}</span> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>Label in documents</label>
          <input lang="en-GB" ref={labelBox} id={`${id}-label`} className="input" type="text" autoComplete="off" value={label}
            aria-invalid={errors.label ? true : undefined} aria-describedby={describedBy('label', `${id}-label-hint`)} onChange={(e) => setLabel(e.target.value)} />
          {errors.label ? <span id={`${id}-label-error`} className="field-error" role="alert">{errors.label}</span> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as PersonData['role'])}>
            {personRoles.map((r) => <option key={r} value={r}>{personRoleLabels[r]}</option>)}
          </select>
        </div>
      </div>
      <p id={`${id}-label-hint`} className="field-hint add-person-hint">
        The label is what anonymised documents print instead of the name: “Ms A”, “Child B”, “SW1”. Left empty, it is “{placeholderLabel(caseStore.get()?.people ?? [])}” until you change it.
      </p>
      <div className="toolbar">
        <button type="submit" className="button button--primary">Add person</button>
        <button type="button" className="button" onClick={onClose}>Done<span className="visually-hidden"> adding people</span></button>
        <span className="field-hint" role="status">{status}</span>
      </div>
    </form>
  );
}
