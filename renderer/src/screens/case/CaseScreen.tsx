// Case details: the case itself (title, references, classification, procedure, stage, the
// user's role, what starts the Stage 2 clock) and the council (name, service, address,
// complaints manager, the Director's title, closure days). Most of it is filled in once, from
// the council's commissioning email; the documents print it in their headers and letters.
import { useState } from 'react';
import { PLACEHOLDER_AUTHORITY } from '../../../../shared/case-model/placeholder.ts';
import { caseRoles } from '../../../../shared/interchange/schema.ts';
import type { AuthorityData, CaseHeaderData } from '../../../../shared/interchange/schema.ts';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { RadioGroup, SelectField, TextField } from '../../components/fields.tsx';
import { caseRoleLabels } from '../../format/labels.ts';
import { ClosureDays } from './ClosureDays.tsx';
import { linesOf, saveAuthority, saveCaseHeader } from './edits.ts';

const procedures = [
  { value: 'england-children-act-1989', label: 'England (Children Act 1989)' },
  { value: 'wales-2014', label: 'Wales (2014 Regulations)' },
] as const;
const stages = [{ value: '2', label: 'Stage 2: investigation' }, { value: '3', label: 'Stage 3: review panel' }] as const;
const roles = caseRoles.map((r) => ({ value: r, label: caseRoleLabels[r] }));
const clockStarts = [
  { value: 'statement-agreed', label: 'When the Statement of Complaint is agreed' },
  { value: 'stage2-request', label: 'From the Stage 2 request' },
] as const;

export function CaseScreen() {
  const header = useStore(caseStore, (c) => c?.case);
  const authority = useStore(caseStore, (c) => c?.authority);
  if (!header || !authority) return null;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Case details</h1>
          <p>The case and the council you are working for. Every document prints them in its heading, header or letterhead.</p>
        </div>
      </div>
      <CaseSection header={header} />
      <CouncilSection authority={authority} />
    </>
  );
}

function CaseSection({ header }: { header: CaseHeaderData }) {
  const [titleError, setTitleError] = useState<string | undefined>();
  const references = header.references ?? {};
  const saveReference = (patch: { authority?: string; own?: string }) => saveCaseHeader({ references: { ...caseStore.get()?.case.references, ...patch } });
  return (
    <section className="section card" aria-labelledby="case-h">
      <h2 id="case-h">The case</h2>
      <TextField names={{ field: 'case.title' }} id="case-title" label="Title" hint="Shown in the app and in the names of the documents it saves, where it is checked for names like the documents: use labels."
        required value={header.title} {...(titleError ? { error: titleError } : {})}
        onSave={(v) => {
          if (!v.trim()) { setTitleError('Enter a title: the case keeps its last one until you do.'); return; }
          setTitleError(undefined);
          saveCaseHeader({ title: v.trim() });
        }} />
      <div className="field-row">
        <SelectField id="case-role" label="Your role" value={header.role} options={roles} onChange={(v) => saveCaseHeader({ role: v })} />
        <SelectField id="case-procedure" label="Procedure" value={header.procedure} options={procedures} onChange={(v) => saveCaseHeader({ procedure: v })} />
        <SelectField id="case-stage" label="Stage" value={String(header.stage) as '2' | '3'} options={stages} onChange={(v) => saveCaseHeader({ stage: v === '3' ? 3 : 2 })} />
      </div>
      <div className="field-row">
        <TextField names={{ field: 'case.references.authority' }} id="case-reference" label="Council's reference" hint="Printed on the reports and the letter." value={references.authority ?? ''}
          onSave={(v) => saveReference({ authority: v.trim() })} />
        <TextField names={null} id="case-own-reference" label="Your own reference" hint="For your own records." value={references.own ?? ''}
          onSave={(v) => saveReference({ own: v.trim() })} />
        <TextField names={{ field: 'case.classification' }} id="case-classification" label="Security classification" hint="On every page. Empty means OFFICIAL-SENSITIVE." value={header.classification ?? ''}
          onSave={(v) => saveCaseHeader({ classification: v.trim() })} />
      </div>
      <RadioGroup legend="The Stage 2 clock runs" name="clock-start" value={header.clockStart ?? 'statement-agreed'} options={clockStarts}
        hint="Most councils count the 25 working days from the agreed Statement of Complaint; some from the request for Stage 2. (In Wales the clock always runs from the request.)"
        onChange={(v) => saveCaseHeader({ clockStart: v })} />
    </section>
  );
}

function CouncilSection({ authority }: { authority: AuthorityData }) {
  const [nameError, setNameError] = useState<string | undefined>();
  const manager = authority.complaintsManager ?? {};
  // Merged with what the casefile holds at the moment of saving: another of the three may have just changed.
  const saveManager = (patch: Partial<typeof manager>) => saveAuthority({ complaintsManager: { ...caseStore.get()?.authority.complaintsManager, ...patch } });
  return (
    <section className="section card" aria-labelledby="council-h">
      <h2 id="council-h">The council</h2>
      <div className="field-row">
        <TextField names={{ field: 'authority.name' }} id="council-name" label="Council" hint="As the council writes it: “London Borough of Exampleton”, “Kent County Council”." required value={authority.name === PLACEHOLDER_AUTHORITY ? '' : authority.name}
          {...(nameError ? { error: nameError } : {})}
          onSave={(v) => {
            if (!v.trim()) { setNameError('Enter the council’s name: the case keeps its last one until you do.'); return; }
            setNameError(undefined);
            saveAuthority({ name: v.trim() });
          }} />
        <TextField names={{ field: 'authority.service' }} id="council-service" label="Service" hint="Printed under the council's name at the top of the letter, e.g. “Children's Services”." value={authority.service ?? ''}
          onSave={(v) => saveAuthority({ service: v.trim() })} />
      </div>
      <div className="field-row">
        <TextField names={{ field: 'authority.address' }} id="council-address" label="Address" multiline hint="One line to a line, as on an envelope. The adjudication letter is sent from it."
          value={(authority.address ?? []).join('\n')} onSave={(v) => saveAuthority({ address: linesOf(v) })} />
        <TextField names={{ field: 'authority.directorTitle' }} id="council-director" label="Title of the Director" hint="Who answers a review panel. Empty means “Director of Children's Services”." value={authority.directorTitle ?? ''}
          onSave={(v) => saveAuthority({ directorTitle: v.trim() })} />
      </div>
      <section className="subsection" aria-labelledby="complaints-manager-h">
        <h3 id="complaints-manager-h">Complaints manager</h3>
        <p className="field-hint">The adjudication letter tells the complainant how to reach them to ask for a review panel.</p>
        <div className="field-row">
          <TextField names={{ field: 'authority.complaintsManager.name' }} id="complaints-manager-name" label="Name" value={manager.name ?? ''} onSave={(v) => saveManager({ name: v.trim() })} />
          <TextField names={null} id="complaints-manager-email" label="Email" value={manager.email ?? ''} onSave={(v) => saveManager({ email: v.trim() })} />
          <TextField names={null} id="complaints-manager-phone" label="Telephone" value={manager.phone ?? ''} onSave={(v) => saveManager({ phone: v.trim() })} />
        </div>
      </section>
      <ClosureDays />
    </section>
  );
}
