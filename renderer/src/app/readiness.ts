// Readiness problems (shared/readiness) as the screens show them: what is wrong, where, for
// which documents, and the place in the workspace where it is put right.
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import type { ReadinessProblem } from '../../../shared/readiness/index.ts';
import type { Place } from './navigation.ts';
import { textPlace } from './text-places.ts';

export interface ScreenProblem {
  documents: DocumentKind[];
  severity: 'blocking' | 'warning';
  message: string;
  /** Where to put it right, when the workspace has a screen for it. */
  place?: Place | undefined;
}

/**
 * The workspace place for a problem: the screen from the section its interchange path starts
 * with, and the point or field to go to from the ids the problem carries (shared/readiness).
 * The words of `place` are for people; nothing here reads them.
 */
export function placeOf(problem: ReadinessProblem): Place | undefined {
  const { path, pointId } = problem;
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  /** The field of one record, e.g. "summary" in statement.points[1].summary. */
  const field = /\]\.(\w+)$/.exec(path)?.[1];
  const focus = (wanted: string, id: string) => (field === wanted && pointId ? { focusId: id } : {});
  if (under('statement')) return { screen: 'statement', ...(under('statement.points') ? focus('summary', `point-${pointId}-summary`) : {}) };
  if (under('findings')) return { screen: 'findings', pointId, ...focus('noRecommendationReason', `finding-${pointId}-no-recommendation`) };
  if (under('recommendations')) return { screen: 'findings', pointId };
  if (under('ipReview')) return { screen: 'ipReview', ...focus('comment', `ip-${pointId}-comment`) };
  if (under('panel')) return { screen: 'panel', ...(under('panel.points') ? focus('view', `panel-${pointId}-view`) : {}) };
  if (under('people') || under('complaint.complainantIds')) return { screen: 'people' };
  return undefined;
}

function sentence(problem: ReadinessProblem): string {
  const place = problem.place.charAt(0).toUpperCase() + problem.place.slice(1);
  return `${place}: ${problem.message}.`;
}

/** A problem about one text (a "not a name here" mark) goes to that text's field. */
function toScreen(c: CaseData, problem: ReadinessProblem): ScreenProblem {
  const place = problem.text ? textPlace(c, problem.text) : placeOf(problem);
  return { documents: problem.documents, severity: problem.severity, message: sentence(problem), place };
}

export function problemsFor(c: CaseData, document: DocumentKind): ScreenProblem[] {
  return checkReadiness(c, document).map((p) => toScreen(c, p));
}

/** The problems of every document the case's stage produces. */
export function allProblems(c: CaseData): ScreenProblem[] {
  return checkReadiness(c).map((p) => toScreen(c, p));
}
