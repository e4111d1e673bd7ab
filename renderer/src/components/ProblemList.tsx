// Readiness problems, each a link to the place where it is put right.
import type { Navigate } from '../app/navigation.ts';
import type { ScreenProblem } from '../app/readiness.ts';
import { documentLabels } from '../format/labels.ts';

interface Props {
  problems: ScreenProblem[];
  navigate: Navigate;
  showDocuments?: boolean;
  empty?: string;
}

export function ProblemList({ problems, navigate, showDocuments, empty }: Props) {
  if (problems.length === 0) return <p className="notice notice--ok">{empty ?? 'Nothing stops the documents: every check passes.'}</p>;
  return (
    <ul className="problem-list">
      {problems.map((p, i) => (
        <li key={`${i}-${p.message}`}>
          <span className={`badge badge--${p.severity}`}>{p.severity === 'blocking' ? 'Blocks' : 'Warning'}</span>
          <span>
            {p.place ? (
              <a href={`#${p.place.screen}`} onClick={(e) => { e.preventDefault(); if (p.place) navigate(p.place); }}>{p.message}</a>
            ) : p.message}
            {showDocuments ? <span className="problem-doc"> · {p.documents.map((d) => documentLabels[d]).join(', ')}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
