// Readiness problems (shared/readiness) as the screens show them: what is wrong, where, for
// which documents, and the place in the workspace where it is put right.
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import type { ReadinessContext, ReadinessProblem } from '../../../shared/readiness/index.ts';
import type { Place, ScreenName } from './navigation.ts';
import { textPlace } from './text-places.ts';

export interface ScreenProblem {
  documents: DocumentKind[];
  severity: 'blocking' | 'warning';
  message: string;
  /** Where to put it right, when the workspace has a screen for it. */
  place?: Place | undefined;
}

/** The element to focus for a field of the case's own sections that is not a printed text, by
 *  its interchange path (a printed text's field is found by text-places.ts). */
const fieldIds: Record<string, string> = {
  'case.role': 'case-role',
  'case.procedure': 'case-procedure',
  'case.stage': 'case-stage',
  'case.references.own': 'case-own-reference',
  'authority.complaintsManager': 'complaints-manager-name',
  'authority.complaintsManager.email': 'complaints-manager-email',
  'authority.complaintsManager.phone': 'complaints-manager-phone',
  'complaint.complainantIds': 'complaint-parties-h',
  'complaint.childIds': 'complaint-parties-h',
  'complaint.representativeIds': 'complaint-parties-h',
  'complaint.receivedDate': 'complaint-received',
  'complaint.stage1ResponseDate': 'complaint-stage1-response',
  'complaint.stage2RequestDate': 'complaint-stage2-request',
};

/** A person's fields on their card on the People screen (job title and organisation are printed texts). */
const personFieldIds: Record<string, string> = {
  name: 'name', label: 'label', role: 'role', aliases: 'aliases', address: 'address', addressAs: 'address-as',
};

/** The screen of each part of the case whose fields have one place each. */
const sectionScreens: [prefix: string, screen: ScreenName][] = [
  ['case', 'case'], ['authority', 'case'], ['complaint', 'complaint'], ['investigation', 'ioReport'], ['extension', 'overview'],
  ['statement', 'statement'], ['panel', 'panel'],
];

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/**
 * The workspace place where a field of the case is edited, from its interchange path
 * ("complaint.receivedDate", "investigation.methodology", "people[2].addressAs" with the
 * person's id). Used for readiness problems and for the dates that start and stop each clock
 * on the Overview.
 */
export function placeOfField(path: string, personId?: string): Place | undefined {
  if (under(path, 'people')) {
    const field = /\]\.(\w+)$/.exec(path)?.[1];
    const id = field ? personFieldIds[field] : undefined;
    return personId ? { screen: 'people', personId, ...(id ? { focusId: `person-${personId}-${id}` } : {}) } : { screen: 'people' };
  }
  const chapter = /^investigation\.(\w+)$/.exec(path)?.[1];
  if (chapter) return { screen: 'ioReport', focusId: `investigation-${chapter}` };
  const section = sectionScreens.find(([prefix]) => under(path, prefix));
  if (!section) return undefined;
  const id = fieldIds[path];
  return id ? { screen: section[1], focusId: id } : { screen: section[1] };
}

/**
 * The workspace place for a problem that is not about one printed text (those go through
 * text-places.ts): the screen from the section its interchange path starts with, and the point
 * or field to go to from the ids the problem carries (shared/readiness). The words of `place`
 * are for people; nothing here reads them.
 */
export function placeOf(problem: ReadinessProblem): Place | undefined {
  const { path, pointId, recordId } = problem;
  /** The field of one record, e.g. "outcome" in adjudication.points[1].outcome. */
  const field = /\]\.(\w+)$/.exec(path)?.[1];
  if (under(path, 'statement.points')) return { screen: 'statement' };
  if (under(path, 'findings') || under(path, 'recommendations')) return { screen: 'findings', pointId };
  if (under(path, 'ipReview')) return { screen: 'ipReview' };
  if (under(path, 'adjudication')) return { screen: 'adjudication', ...adjudicationFocus(path, field, pointId, recordId) };
  if (under(path, 'panel.recommendations') && recordId && field === 'directorResponse') return { screen: 'panel', focusId: `panel-rec-${recordId}-response-h` };
  // A fact-check comment's heading (its response follows it), or the round waiting for comments.
  if (under(path, 'factCheck')) {
    return { screen: 'ioReport', focusId: recordId ? `fc-${path.startsWith('factCheck.comments') ? 'comment' : 'round'}-${recordId}-h` : 'fact-check-h' };
  }
  if (path === 'panel.directorResponseDate') return { screen: 'panel', focusId: 'panel-director-response-date' };
  if (path === 'panel.ipConsultedDate') return { screen: 'panel', focusId: 'panel-ip-consulted-date' };
  if (under(path, 'panel.points')) return { screen: 'panel' };
  return placeOfField(path, under(path, 'people') ? recordId : undefined);
}

/** On the Adjudication screen: the field that is not a printed text, or the point or recommendation the problem is about. */
function adjudicationFocus(path: string, field: string | undefined, pointId: string | undefined, recordId: string | undefined): { focusId?: string } {
  const fields: Record<string, string> = { 'adjudication.date': 'adjudication-date', 'adjudication.adjudicatorId': 'adjudication-officer' };
  const focusId = fields[path]
    ?? (path.startsWith('adjudication.points') && pointId ? (field === 'outcome' ? `adjudication-${pointId}-outcome` : `adjudication-point-${pointId}-h`) : undefined)
    // A recommendation the plan does not answer (the problem is about the recommendation), or one action.
    ?? (path === 'adjudication.actions' && recordId ? `action-rec-${recordId}-h` : undefined)
    ?? (path.startsWith('adjudication.actions[') && recordId ? `action-${recordId}-action` : undefined);
  return focusId ? { focusId } : {};
}

function sentence(problem: ReadinessProblem): string {
  const place = problem.place.charAt(0).toUpperCase() + problem.place.slice(1);
  return `${place}: ${problem.message}.`;
}

/** A problem about one printed text goes to that text's field. */
function toScreen(c: CaseData, problem: ReadinessProblem): ScreenProblem {
  const place = problem.text ? textPlace(c, problem.text) : placeOf(problem);
  return { documents: problem.documents, severity: problem.severity, message: sentence(problem), place };
}

/** `context`: readinessContextStore (session.ts), the attached files' page counts. */
export function problemsFor(c: CaseData, document: DocumentKind, context: ReadinessContext): ScreenProblem[] {
  return checkReadiness(c, document, context).map((p) => toScreen(c, p));
}

/** The problems of every document the case's stage produces. */
export function allProblems(c: CaseData, context: ReadinessContext): ScreenProblem[] {
  return checkReadiness(c, undefined, context).map((p) => toScreen(c, p));
}
