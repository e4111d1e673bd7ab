// The complaint: who complains, about which child, who represents them; the dates of the
// earlier stages (the Stage 1 clock runs from receipt to the Stage 1 response, and the Stage 2
// clock may run from the request); and the background the IO report opens its Background with.
import type { Navigate } from '../../app/navigation.ts';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, TextField } from '../../components/fields.tsx';
import { personRoleLabels } from '../../format/labels.ts';
import { saveComplaint } from './edits.ts';

const EMPTY: never[] = [];

type PartyList = 'complainantIds' | 'childIds' | 'representativeIds';
const parties: { field: PartyList; heading: string; as: string }[] = [
  { field: 'complainantIds', heading: 'Complainant', as: 'a complainant' },
  { field: 'childIds', heading: 'Child the complaint is about', as: 'a child the complaint is about' },
  { field: 'representativeIds', heading: 'Representative', as: 'a representative' },
];

function setParty(field: PartyList, personId: string, on: boolean): void {
  const current = caseStore.get()?.complaint[field] ?? [];
  const others = current.filter((id) => id !== personId);
  saveComplaint({ [field]: on ? [...others, personId] : others });
}

export function ComplaintScreen({ navigate }: { navigate: Navigate }) {
  const complaint = useStore(caseStore, (c) => c?.complaint);
  const people = useStore(caseStore, (c) => c?.people ?? EMPTY);
  if (!complaint) return null;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Complaint</h1>
          <p>Who is complaining and about whom, the dates of the earlier stages, and how the complaint came about.</p>
        </div>
      </div>

      <section className="section card" aria-labelledby="complaint-parties-h">
        <h2 id="complaint-parties-h" tabIndex={-1}>Who is complaining</h2>
        {people.length === 0 ? (
          <p className="empty">
            No people yet.{' '}
            <button type="button" className="button button--quiet" onClick={() => navigate({ screen: 'people' })}>Add them on the People screen</button>
          </p>
        ) : (
          <>
            <p className="field-hint" id="complaint-parties-hint">
              The letters are addressed to the complainants and copied to the representatives (an advocate, say). A representative has no right to a child’s personal data: documents name people by label.
            </p>
            <table className="table party-table table--reflow" aria-describedby="complaint-parties-hint">
              <caption className="visually-hidden">Each person’s part in the complaint</caption>
              <thead>
                <tr><th scope="col">Person</th>{parties.map((party) => <th key={party.field} scope="col">{party.heading}</th>)}</tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><span className="person-name">{p.name}</span> <span className="person-label">{p.label}</span> <span className="meta">{personRoleLabels[p.role]}</span></th>
                    {parties.map((party) => (
                      <td key={party.field} data-label={party.heading}>
                        <input type="checkbox" className="checkbox" checked={complaint[party.field]?.includes(p.id) ?? false}
                          aria-label={`${p.name} (${p.label}) is ${party.as}`} onChange={(e) => setParty(party.field, p.id, e.target.checked)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="field-hint">Someone missing? Add them on the <button type="button" className="button button--quiet button--inline" onClick={() => navigate({ screen: 'people' })}>People</button> screen.</p>
          </>
        )}
      </section>

      <section className="section card" aria-labelledby="complaint-dates-h">
        <h2 id="complaint-dates-h">Dates</h2>
        <div className="field-row">
          <DateField id="complaint-received" label="Complaint received" hint="Starts the Stage 1 clock." value={complaint.receivedDate}
            onSave={(v) => saveComplaint({ receivedDate: v })} />
          <DateField id="complaint-stage1-response" label="Stage 1 response sent" hint="Ends the Stage 1 clock." value={complaint.stage1ResponseDate}
            onSave={(v) => saveComplaint({ stage1ResponseDate: v })} />
          <DateField id="complaint-stage2-request" label="Stage 2 requested" hint="Starts the Stage 2 clock where it runs from the request." value={complaint.stage2RequestDate}
            onSave={(v) => saveComplaint({ stage2RequestDate: v })} />
        </div>
        <p className="field-hint">The Stage 2 clock usually starts when the Statement of Complaint is agreed: that date is on the Statement of Complaint screen; what starts it is set under Case details.</p>
      </section>

      <section className="section card" aria-labelledby="complaint-background-h">
        <h2 id="complaint-background-h">Background</h2>
        <TextField names={{ field: 'complaint.background' }} id="complaint-background" label="Background to the complaint" multiline tall testId="complaint-background"
          hint="How the complaint came about: the child and family, the service involved, the complaint at Stage 1 and why it went to Stage 2. The IO report prints it at the start of its Background chapter. Use labels, not names."
          value={complaint.background ?? ''} onSave={(v) => saveComplaint({ background: v })} />
      </section>
    </>
  );
}
