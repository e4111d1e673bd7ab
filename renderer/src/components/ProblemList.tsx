// Readiness problems, each a link to the place where it is put right.
import type { Navigate } from '../app/navigation.ts';
import type { ScreenProblem } from '../app/readiness.ts';
import { documentLabels } from '../format/labels.ts';

export function ProblemList({ problems, navigate, showDocument, empty }: { problems: ScreenProblem[]; navigate: Navigate; showDocument?: boolean; empty?: string }) {
  if (problems.length === 0) return <p className="notice notice--ok">{empty ?? 'Nothing stops the documents: every check passes.'}</p>;
  return (
    <ul className="problem-list">
      {problems.map((p, i) => (
        <li key={`${i}-${p.message}`}>
          <span className={`badge badge--${p.severity}`}>{p.severity === 'blocking' ? 'Blocks' : 'Warning'}</span>
          <span>
            <a href={`#${p.place.screen}`} onClick={(e) => { e.preventDefault(); navigate(p.place); }}>{p.message}</a>
            {showDocument ? <span className="problem-doc"> · {documentLabels[p.document]}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
