// Readiness problems (shared/readiness) as the screens show them: what is wrong, where, for
// which documents, and the place in the workspace where it is put right.
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import type { ReadinessProblem } from '../../../shared/readiness/index.ts';
import type { Place, ScreenName } from './navigation.ts';

export interface ScreenProblem {
  documents: DocumentKind[];
  severity: 'blocking' | 'warning';
  message: string;
  /** Where to put it right, when the workspace has a screen for it. */
  place?: Place | undefined;
}

const INDEX = /^(\w+(?:\.\w+)*)\[(\d+)\](?:\.(\w+))?/;

/** The element to focus for a field of the case's own sections, by its interchange path. */
const fieldIds: Record<string, string> = {
  'case.title': 'case-title',
  'case.role': 'case-role',
  'case.procedure': 'case-procedure',
  'case.stage': 'case-stage',
  'case.references.authority': 'case-reference',
  'case.references.own': 'case-own-reference',
  'case.classification': 'case-classification',
  'authority.name': 'council-name',
  'authority.service': 'council-service',
  'authority.address': 'council-address',
  'authority.directorTitle': 'council-director',
  'authority.complaintsManager': 'complaints-manager-name',
  'authority.complaintsManager.name': 'complaints-manager-name',
  'authority.complaintsManager.email': 'complaints-manager-email',
  'authority.complaintsManager.phone': 'complaints-manager-phone',
  'complaint.complainantIds': 'complaint-parties-h',
  'complaint.childIds': 'complaint-parties-h',
  'complaint.representativeIds': 'complaint-parties-h',
  'complaint.receivedDate': 'complaint-received',
  'complaint.stage1ResponseDate': 'complaint-stage1-response',
  'complaint.stage2RequestDate': 'complaint-stage2-request',
  'complaint.background': 'complaint-background',
};

/** A person's fields on their card on the People screen. */
const personFieldIds: Record<string, string> = {
  name: 'name', label: 'label', role: 'role', jobTitle: 'job-title', organisation: 'organisation',
  aliases: 'aliases', address: 'address', addressAs: 'address-as',
};

/** The screen of each part of the case whose fields have one place each. */
const sectionScreens: [prefix: string, screen: ScreenName][] = [
  ['case', 'case'], ['authority', 'case'], ['complaint', 'complaint'], ['investigation', 'ioReport'], ['extension', 'overview'],
];

/**
 * The workspace place where a field of the case is edited, from its interchange path
 * ("complaint.receivedDate", "people[2].addressAs", "investigation.methodology"). Used for
 * readiness problems and for the dates that start and end each clock on the Overview.
 */
export function placeOfField(c: CaseData, path: string): Place | undefined {
  const m = INDEX.exec(path);
  if (m?.[1] === 'people') {
    const person = c.people[Number(m[2])];
    if (!person) return { screen: 'people' };
    const field = m[3] ? personFieldIds[m[3]] : undefined;
    return { screen: 'people', personId: person.id, ...(field ? { focusId: `person-${person.id}-${field}` } : {}) };
  }
  const investigation = /^investigation\.(\w+)$/.exec(path);
  if (investigation) return { screen: 'ioReport', focusId: `investigation-${investigation[1]}` };
  if (path === 'statement' || path.startsWith('statement.')) return { screen: 'statement' };
  if (path === 'panel' || path.startsWith('panel.')) return { screen: 'panel' };
  const section = sectionScreens.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`));
  if (!section) return undefined;
  const id = fieldIds[path];
  return id ? { screen: section[1], focusId: id } : { screen: section[1] };
}

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
  if (list === 'panel.points') {
    const pointId = c.panel?.points[index]?.pointId;
    return { screen: 'panel', ...(field === 'view' && pointId ? { focusId: `panel-${pointId}-view` } : {}) };
  }
  return placeOfField(c, path);
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
