// Who adjudicates, and when: the adjudicating officer chosen from the people of the case (or
// added here, since they are often new to it), and the date of the response, which ends the
// Stage 2 clock.
import { useState } from 'react';
import type { PersonData } from '../../../../shared/interchange/schema.ts';
import { caseStore, newId, saveRecord } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { ClockLine } from '../../components/ClockLine.tsx';
import { DateField, SelectField } from '../../components/fields.tsx';
import { useFocusSoon } from '../../components/focus.ts';
import { personRoleLabels } from '../../format/labels.ts';
import { saveAdjudication } from './save.ts';

const EMPTY: never[] = [];
// Senior council staff adjudicate; those who investigated, oversaw or complained never do.
const MAY_ADJUDICATE: ReadonlySet<PersonData['role']> = new Set(['adjudicating-officer', 'staff', 'complaints-manager', 'other']);
const DEFAULT_LABEL = 'the Adjudicating Officer';

export function AdjudicatingOfficer() {
  const c = useStore(caseStore, (x) => x);
  const people = c?.people ?? EMPTY;
  const adjudicatorId = c?.adjudication?.adjudicatorId;
  const date = c?.adjudication?.date;
  const [adding, setAdding] = useState(false);
  const focusSoon = useFocusSoon();
  if (!c) return null;
  const choices = people.filter((p) => MAY_ADJUDICATE.has(p.role) || p.id === adjudicatorId);
  const options = choices.map((p) => ({ value: p.id, label: `${p.name}, ${p.jobTitle ?? personRoleLabels[p.role]}` }));
  return (
    <section aria-labelledby="adjudication-who-h">
      <h2 id="adjudication-who-h">The response</h2>
      <div className="field-row">
        <SelectField id="adjudication-officer" label="Adjudicating officer" value={adjudicatorId ?? ''} placeholder={options.length ? 'Choose a person' : 'Nobody yet: add them below'}
          options={options} onChange={(v) => saveAdjudication({ adjudicatorId: v })} testId="adjudication-officer" />
        <DateField id="adjudication-date" label="Date of the response" hint="The date of the adjudication letter. It ends the Stage 2 clock."
          value={date} onSave={(v) => saveAdjudication({ date: v })} testId="adjudication-date" />
      </div>
      <ClockLine c={c} clock="stage2.response" testId="adjudication-stage2-clock" />
      <div className="add-person">
        {adding
          ? <AddOfficer onDone={(added) => { setAdding(false); focusSoon(added ? 'adjudication-officer' : 'adjudication-add-officer'); }} />
          : <button id="adjudication-add-officer" type="button" className="button button--small" onClick={() => setAdding(true)}>Add the adjudicating officer to the people</button>}
      </div>
    </section>
  );
}

/** A short form for a person new to the case: their name, job title and the label documents use. */
function AddOfficer({ onDone }: { onDone: (added: boolean) => void }) {
  const [name, setName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [label, setLabel] = useState(DEFAULT_LABEL);
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    if (!name.trim()) { setError('Enter the adjudicating officer’s name.'); document.getElementById('new-officer-name')?.focus(); return; }
    const person: PersonData = { id: newId('person'), name: name.trim(), label: label.trim() || DEFAULT_LABEL, role: 'adjudicating-officer', ...(jobTitle.trim() ? { jobTitle: jobTitle.trim() } : {}) };
    void saveRecord('people', person);
    saveAdjudication({ adjudicatorId: person.id });
    onDone(true); // the new person is now chosen: the keyboard goes back to the choice
  };
  return (
    <fieldset className="fieldset subsection">
      <legend>Add the adjudicating officer</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-officer-name">Name</label>
          <input lang="en-GB" id="new-officer-name" className="input" value={name} autoFocus aria-invalid={error ? true : undefined} aria-describedby={error ? 'new-officer-name-error' : undefined}
            onChange={(e) => { setName(e.target.value); setError(undefined); }} onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />
          {error ? <span id="new-officer-name-error" className="field-error">{error}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="new-officer-job">Job title</label>
          <input lang="en-GB" id="new-officer-job" className="input" value={jobTitle} placeholder="Head of Service" onChange={(e) => setJobTitle(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />
        </div>
        <div className="field">
          <label htmlFor="new-officer-label">Label in anonymised documents</label>
          <input lang="en-GB" id="new-officer-label" className="input" value={label} onChange={(e) => setLabel(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />
        </div>
      </div>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={add}>Add and choose them</button>
        <button type="button" className="button" onClick={() => onDone(false)}>Cancel</button>
      </div>
    </fieldset>
  );
}
