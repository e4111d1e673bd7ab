// The Overview's "Issued documents": what has been issued, and when. Each document of the
// case's stage shows its latest version and date (and how many versions there are), or that
// it has not been issued; the Documents screen keeps every version and a copy of each.
import { documentsForStage } from '../../../shared/readiness/index.ts';
import { latestIssued } from '../../../shared/documents/document-date.ts';
import { FORMAT_NAMES } from '../../../shared/documents/issue.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Navigate } from '../app/navigation.ts';
import { documentLabels } from '../format/labels.ts';
import { longDate } from '../format/dates.ts';

export function IssuedSummary({ c, navigate }: { c: CaseData; navigate: Navigate }) {
  const issued = c.issued ?? [];
  // The stage's documents, and any other that has been issued anyway.
  const kinds = [...new Set([...documentsForStage(c), ...issued.map((d) => d.kind)])];
  return (
    <section className="section" aria-labelledby="issued-summary-h" data-testid="issued-summary">
      <div className="section-head">
        <h2 id="issued-summary-h">Issued documents</h2>
        <button type="button" className="button button--quiet" onClick={() => navigate({ screen: 'documents', focusId: 'issued-h' })}>Issued versions on Documents</button>
      </div>
      <ul className="issued-summary">
        {kinds.map((kind) => {
          const latest = latestIssued(kind, c);
          const count = issued.filter((d) => d.kind === kind).length;
          return (
            <li key={kind} data-testid={`issued-summary-${kind}`}>
              <strong>{documentLabels[kind]}</strong>{': '}
              {latest
                ? <>version {latest.version}, issued {longDate(latest.date)} ({FORMAT_NAMES[latest.format]}{latest.named ? ', named' : ''}){count > 1 ? `; ${count} versions in all` : ''}</>
                : <span className="meta">not issued yet</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
