// Readiness problems (shared/readiness) as the screens show them: what is wrong, where, for
// which documents, and the place in the workspace where it is put right.
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import type { ReadinessProblem } from '../../../shared/readiness/index.ts';
import type { Place } from './navigation.ts';

export interface ScreenProblem {
  documents: DocumentKind[];
  severity: 'blocking' | 'warning';
  message: string;
  /** Where to put it right, when the workspace has a screen for it. */
  place?: Place | undefined;
}

const INDEX = /^(\w+(?:\.\w+)*)\[(\d+)\](?:\.(\w+))?/;

/** The workspace place for a problem's interchange path. */
export function placeOf(c: CaseData, problem: ReadinessProblem): Place | undefined {
  const path = problem.path;
  const m = INDEX.exec(path);
  const list = m?.[1];
  const index = m ? Number(m[2]) : -1;
  const field = m?.[3];
  if (list === 'statement.points') {
    const p = c.statement.points[index];
    if (!p) return { screen: 'statement' };
    return { screen: 'statement', focusId: field === 'summary' ? `point-${p.id}-summary` : undefined };
  }
  if (path.startsWith('statement')) return { screen: 'statement' };
  if (list === 'findings') {
    const pointId = c.findings?.[index]?.pointId;
    return { screen: 'findings', pointId, ...(field === 'noRecommendationReason' && pointId ? { focusId: `finding-${pointId}-no-recommendation` } : {}) };
  }
  if (path === 'findings') {
    const number = /^point (.+)$/.exec(problem.place)?.[1];
    return { screen: 'findings', pointId: c.statement.points.find((p) => p.number === number)?.id };
  }
  if (list === 'recommendations') return { screen: 'findings', pointId: c.recommendations?.[index]?.pointIds[0] };
  if (list === 'ipReview.points') {
    const pointId = c.ipReview?.points[index]?.pointId;
    return { screen: 'ipReview', ...(field === 'comment' && pointId ? { focusId: `ip-${pointId}-comment` } : {}) };
  }
  if (path.startsWith('ipReview')) return { screen: 'ipReview' };
  if (path.startsWith('adjudication')) return adjudicationPlace(c, problem, list, index, field);
  if (list === 'panel.recommendations') {
    const id = c.panel?.recommendations[index]?.id;
    if (id && field === 'directorReasons') return { screen: 'panel', focusId: `panel-rec-${id}-reasons` };
    if (id && field === 'directorResponse') return { screen: 'panel', focusId: `panel-rec-${id}-response-h` };
  }
  if (path === 'panel.directorResponseDate') return { screen: 'panel', focusId: 'panel-director-response-date' };
  if (path === 'panel.ipConsultedDate') return { screen: 'panel', focusId: 'panel-ip-consulted-date' };
  if (list === 'panel.points') {
    const pointId = c.panel?.points[index]?.pointId;
    return { screen: 'panel', ...(field === 'view' && pointId ? { focusId: `panel-${pointId}-view` } : {}) };
  }
  if (path.startsWith('panel')) return { screen: 'panel' };
  if (list === 'people' || path.startsWith('complaint.complainantIds')) return { screen: 'people' };
  return undefined;
}

/** Adjudication problems go to the field on the Adjudication screen, or the point or recommendation they are about. */
function adjudicationPlace(c: CaseData, problem: ReadinessProblem, list: string | undefined, index: number, field: string | undefined): Place {
  const at = (focusId: string | undefined): Place => ({ screen: 'adjudication', ...(focusId ? { focusId } : {}) });
  const fields: Record<string, string> = {
    'adjudication.date': 'adjudication-date', 'adjudication.adjudicatorId': 'adjudication-officer',
    'adjudication.apology': 'adjudication-apology', 'adjudication.payment.reason': 'adjudication-payment-reason',
  };
  if (fields[problem.path]) return at(fields[problem.path]);
  if (list === 'adjudication.points') {
    const pointId = c.adjudication?.points[index]?.pointId;
    if (!pointId) return at(undefined);
    return at(field === 'reasons' ? `adjudication-${pointId}-reasons` : field === 'outcome' ? `adjudication-${pointId}-outcome` : `adjudication-point-${pointId}-h`);
  }
  if (problem.path === 'adjudication.points') {
    const number = /^point (.+)$/.exec(problem.place)?.[1];
    const pointId = c.statement.points.find((p) => p.number === number)?.id;
    return at(pointId ? `adjudication-point-${pointId}-h` : undefined);
  }
  if (list === 'adjudication.actions') {
    const id = c.adjudication?.actions[index]?.id;
    return at(id ? `action-${id}-${field === 'reasons' ? 'reasons' : 'action'}` : undefined);
  }
  if (problem.path === 'adjudication.actions') {
    const number = /^recommendation (.+)$/.exec(problem.place)?.[1];
    const recId = c.recommendations?.find((r) => r.number === number)?.id;
    return at(recId ? `action-rec-${recId}-h` : undefined);
  }
  return at(undefined);
}

function sentence(problem: ReadinessProblem): string {
  const place = problem.place.charAt(0).toUpperCase() + problem.place.slice(1);
  return `${place}: ${problem.message}.`;
}

function toScreen(c: CaseData, problem: ReadinessProblem): ScreenProblem {
  return { documents: problem.documents, severity: problem.severity, message: sentence(problem), place: placeOf(c, problem) };
}

export function problemsFor(c: CaseData, document: DocumentKind): ScreenProblem[] {
  return checkReadiness(c, document).map((p) => toScreen(c, p));
}

/** The problems of every document the case's stage produces. */
export function allProblems(c: CaseData): ScreenProblem[] {
  return checkReadiness(c).map((p) => toScreen(c, p));
}
