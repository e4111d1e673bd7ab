// Readiness checks (docs/contracts/design.md section 6): what stops a document from being issued, and what
// a careful reader would query. `blocking` problems stop rendering unless a DRAFT is made;
// `warning`s are shown but do not stop it. Used by `impartial check`, `impartial render` and
// the app. Each problem carries the place in words (for people), and for programs the path of
// the field it points to and the ids of the point and record it is about: a screen finds its
// way there from those, never by reading the words.
//
// "An upheld point with no recommendation" needs a stated reason: the finding's
// noRecommendationReason. The older convention is still honoured, since a file may use it: a
// recommendation linked to the point whose text starts with "No recommendation", e.g.
// "No recommendation: the assessment was corrected during the investigation." Documents print
// it as the reason, never as a numbered recommendation, and the action plan does not need it.
import type { DocumentKind } from '../case-model/documents.ts';
import { documentKinds } from '../case-model/documents.ts';
import { PLACEHOLDER_AUTHORITY } from '../case-model/placeholder.ts';
import type { CaseData, FindingData, InvestigationData, PointData } from '../interchange/schema.ts';
import { checkReferences } from '../interchange/parse.ts';
import { ACTION_DECISION_LABELS, actionOwesReasons } from '../follow-up/action-plan.ts';
import { directorResponseBegun, owesReasons } from '../follow-up/director-response.ts';
import { panelMembershipRefusal } from '../follow-up/panel-membership.ts';
import { textRefOfPath, type TextRef } from '../case-model/texts.ts';
import { markProblems } from './marks.ts';
import { citationProblems } from '../citations/resolve.ts';
import { factCheckProblems } from './fact-check.ts';
import type { FileTextState } from '../search/types.ts';

/** The start of a long text, cut at a word: "A re-arrangement procedure will be added…". */
function short(text: string, max = 48): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

export type Severity = 'blocking' | 'warning';

export interface ReadinessProblem {
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** The field it points to, in interchange terms, e.g. "findings" or "statement.points[1]". */
  path: string;
  /** The same place in words, e.g. "point 2". */
  place: string;
  /** The documents it affects. */
  documents: DocumentKind[];
  /** The point of complaint it is about, by id: the point itself, its finding, a view or decision on it, or (for a recommendation) the first point it answers. */
  pointId?: string;
  /** The record it is about, by id, when that is not a point: a recommendation, interview, person or action. */
  recordId?: string;
  /** The printed text it is about, when it is one: a "not a name here" mark's, a citation's, or the field its path names. */
  text?: TextRef;
}

/**
 * What readiness knows beyond the case itself. `filePages`: how many pages each attached file
 * has, by its SHA-256, as the casefile's search index read them (a file not yet read, not held,
 * or without pages is absent): a citation of a page beyond its document's file is a problem.
 * The core reads it from the casefile (filePageCounts), the app's window from getFileTextStates.
 */
export interface ReadinessContext {
  filePages?: ReadonlyMap<string, number>;
}

/** The readiness context from the state of each attached file in the search index: the page counts of the files read. */
export function readinessContextOf(files: readonly FileTextState[]): ReadinessContext {
  const filePages = new Map<string, number>();
  for (const f of files) if (f.status === 'indexed' && f.pages !== undefined) filePages.set(f.sha256, f.pages);
  return { filePages };
}

/** What a problem is about, by id. */
type Subject = Pick<ReadinessProblem, 'pointId' | 'recordId'>;

const NO_RECOMMENDATION = /^\s*no recommendation\b/i;
const ALL = documentKinds;
const STAGE2: DocumentKind[] = ['io-report', 'ip-report', 'adjudication-letter', 'panel-report'];
const FROM_IO: DocumentKind[] = ['io-report', 'ip-report', 'adjudication-letter'];

/** The IO report's chapters that may not be empty, by their field in the case's `investigation` and their name on screen. */
export const REQUIRED_CHAPTERS = [
  { field: 'introduction', heading: 'Introduction and commissioning' },
  { field: 'methodology', heading: 'Methodology' },
  { field: 'legalFramework', heading: 'Law, guidance and policy' },
  { field: 'conclusion', heading: 'Conclusions' },
] as const satisfies readonly { field: keyof InvestigationData; heading: string }[];

/** The warning for a finding that rests on nothing in the record (the Findings screen shows it too). */
export const UNLINKED_FINDING = 'the finding is not linked to any evidence, interview or chronology entry';

/** Whether a point's finding rests on anything in the record: a source it cites, or evidence, an interview or a chronology entry linked to the point. */
export function linkedToRecord(data: CaseData, pointId: string, finding?: FindingData): boolean {
  return Boolean(finding?.sourceIds?.length)
    || (data.evidence ?? []).some((e) => e.pointIds.includes(pointId))
    || (data.interviews ?? []).some((i) => i.pointIds.includes(pointId))
    || (data.chronology ?? []).some((c) => c.pointIds.includes(pointId));
}

/** The documents a case at its stage is expected to produce (`impartial check` without --doc). */
export function documentsForStage(data: CaseData): DocumentKind[] {
  return data.case.stage === 3 && data.case.procedure === 'england-children-act-1989'
    ? [...documentKinds]
    : documentKinds.filter((k) => k !== 'panel-report');
}

export function checkReadiness(data: CaseData, kind?: DocumentKind, context: ReadinessContext = {}): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const add = (severity: Severity, documents: readonly DocumentKind[], path: string, place: string, message: string, about: Subject = {}) =>
    problems.push({ severity, message, path, place, documents: [...documents], ...about });
  const point = (pointId: string): Subject => ({ pointId });
  const record = (recordId: string, pointId?: string): Subject => (pointId === undefined ? { recordId } : { recordId, pointId });

  const points = data.statement.points;
  const inScope = points.filter((p) => p.scope !== 'out');
  const pointPath = (p: PointData) => `statement.points[${points.indexOf(p)}]`;
  const findings = new Map((data.findings ?? []).map((f) => [f.pointId, f]));
  const recommendations = data.recommendations ?? [];
  const people = new Map(data.people.map((p) => [p.id, p]));

  // Every referenced id resolves (the import rules, checked again: the app edits records one by one).
  for (const issue of checkReferences(data)) add('blocking', ALL, issue.path, issue.path, issue.message);

  // The statement.
  if (!inScope.length) add('blocking', ALL, 'statement.points', 'Statement of Complaint', 'there are no points of complaint to investigate');
  for (const p of points) {
    if (!p.summary.trim()) add('blocking', ALL, `${pointPath(p)}.summary`, `point ${p.number}`, 'the point has no summary', point(p.id));
    if (p.scope !== 'out' && !p.detail.trim()) add('blocking', ALL, `${pointPath(p)}.detail`, `point ${p.number}`, 'the point has no account of the complaint', point(p.id));
    if (p.scope === 'out' && !p.outOfScopeReason?.trim()) add('blocking', ALL, `${pointPath(p)}.outOfScopeReason`, `point ${p.number}`, 'the point is outside the investigation but no reason is given', point(p.id));
  }
  if (!data.statement.sentDate) add('warning', ['statement'], 'statement.sentDate', 'Statement of Complaint', 'the date the statement was sent is not recorded');
  if (!data.statement.agreedDate) {
    add('warning', ['statement'], 'statement.agreedDate', 'Statement of Complaint', 'the statement has not been agreed yet');
    add('blocking', STAGE2, 'statement.agreedDate', 'Statement of Complaint', 'the date the statement was agreed is not recorded');
  } else if (!data.statement.agreedHow?.trim()) {
    add('warning', ['statement', 'io-report'], 'statement.agreedHow', 'Statement of Complaint', 'how the statement was agreed is not recorded');
  }
  for (const [i, interview] of (data.interviews ?? []).entries()) {
    if (data.statement.agreedDate && interview.date < data.statement.agreedDate) {
      add('warning', ['io-report', 'ip-report'], `interviews[${i}].date`, `interview ${interview.ref}`, 'the interview took place before the Statement of Complaint was agreed', record(interview.id));
    }
  }

  // The IO report: a finding on every point, tied to evidence; recommendations for fault.
  for (const p of inScope) {
    const f = findings.get(p.id);
    const place = `point ${p.number}`;
    if (!f) {
      add('blocking', [...FROM_IO, 'panel-report'], 'findings', place, 'the point has no finding', point(p.id));
      continue;
    }
    const fi = (data.findings ?? []).indexOf(f);
    if (!f.analysis?.trim()) add('warning', ['io-report'], `findings[${fi}].analysis`, place, 'the finding has no analysis', point(p.id));
    // A finding rests on the record: evidence, an interview or a chronology entry linked to the point, or a source it cites.
    if (!linkedToRecord(data, p.id, f)) {
      add('warning', ['io-report'], `findings[${fi}].sourceIds`, place, UNLINKED_FINDING, point(p.id));
    }
    if (f.outcome === 'upheld' || f.outcome === 'partially-upheld') {
      const recs = recommendations.filter((r) => r.pointIds.includes(p.id));
      const reason = Boolean(f.noRecommendationReason?.trim());
      if (!recs.length && !reason) {
        add('blocking', ['io-report'], `findings[${fi}].noRecommendationReason`, place,
          `the point is ${f.outcome === 'upheld' ? 'upheld' : 'partially upheld'} but has no recommendation; add one, or record why none is needed`, point(p.id));
      } else if (reason && recs.some((r) => !NO_RECOMMENDATION.test(r.text))) {
        add('warning', ['io-report'], `findings[${fi}].noRecommendationReason`, place,
          'the point has a recommendation and also a reason why none is needed; remove one of them', point(p.id));
      }
    }
  }
  for (const [i, r] of recommendations.entries()) {
    if (NO_RECOMMENDATION.test(r.text)) continue;
    const about = record(r.id, r.pointIds[0]);
    if (!r.text.trim()) add('blocking', ['io-report', 'adjudication-letter'], `recommendations[${i}].text`, `recommendation ${r.number}`, 'the recommendation has no text', about);
    if (!r.pointIds.length) add('warning', ['io-report'], `recommendations[${i}].pointIds`, `recommendation ${r.number}`, 'the recommendation is not linked to any point', about);
    if (!r.owner || !r.dueDate) add('warning', ['io-report'], `recommendations[${i}]`, `recommendation ${r.number}`, 'the recommendation has no owner or target date, so it cannot be tracked', about);
  }

  // The IO report's own chapters: the ones every report has are required; an empty optional one is left out.
  for (const chapter of REQUIRED_CHAPTERS) {
    if (!data.investigation?.[chapter.field]?.trim()) {
      add('blocking', ['io-report'], `investigation.${chapter.field}`, 'IO report', `the chapter "${chapter.heading}" is not written`);
    }
  }

  // The IP report: a view on every finding.
  if (!data.ipReview) add('blocking', ['ip-report'], 'ipReview', 'IP review', "the Independent Person's review has not been recorded");
  else {
    const views = new Set(data.ipReview.points.map((v) => v.pointId));
    for (const p of inScope) {
      if (!views.has(p.id)) add('blocking', ['ip-report'], 'ipReview.points', `point ${p.number}`, "the Independent Person's view on this finding is not recorded", point(p.id));
    }
    for (const [i, v] of data.ipReview.points.entries()) {
      const p = points.find((x) => x.id === v.pointId);
      if (v.view !== 'agree' && !v.comment?.trim()) add('blocking', ['ip-report'], `ipReview.points[${i}].comment`, `point ${p?.number ?? v.pointId}`, 'the Independent Person does not fully agree but gives no reason', point(v.pointId));
    }
    if (!data.ipReview.overall?.trim() && !data.ipReview.process?.trim()) add('warning', ['ip-report'], 'ipReview.overall', 'IP review', 'the IP report says nothing about how the investigation was conducted');
  }

  // The adjudication letter.
  const adj = data.adjudication;
  if (!adj) add('blocking', ['adjudication-letter', 'panel-report'], 'adjudication', 'adjudication', 'the adjudication has not been recorded');
  else {
    if (!adj.date) add('blocking', ['adjudication-letter'], 'adjudication.date', 'adjudication', 'the date of the adjudication letter is not recorded');
    if (!adj.adjudicatorId) add('blocking', ['adjudication-letter'], 'adjudication.adjudicatorId', 'adjudication', 'the adjudicating officer is not recorded');
    const decided = new Map(adj.points.map((d, i) => [d.pointId, { d, i }]));
    for (const p of inScope) {
      const entry = decided.get(p.id);
      if (!entry) add('blocking', ['adjudication-letter'], 'adjudication.points', `point ${p.number}`, 'there is no decision on this point', point(p.id));
      else if (entry.d.decision === 'vary') {
        const at = `adjudication.points[${entry.i}]`;
        if (!entry.d.outcome) add('blocking', ['adjudication-letter'], `${at}.outcome`, `point ${p.number}`, 'the finding is varied but the new outcome is not chosen', point(p.id));
        else if (entry.d.outcome === findings.get(p.id)?.outcome) add('warning', ['adjudication-letter'], `${at}.outcome`, `point ${p.number}`, "the finding is varied to the outcome the Investigating Officer found; accept it instead, or choose the new outcome", point(p.id));
        if (!entry.d.reasons?.trim()) add('blocking', ['adjudication-letter'], `${at}.reasons`, `point ${p.number}`, 'the finding is varied but no reasons are given', point(p.id));
      }
    }
    const answered = new Set(adj.actions.flatMap((a) => a.recommendationIds));
    for (const r of recommendations) {
      if (!NO_RECOMMENDATION.test(r.text) && !answered.has(r.id)) {
        // The letter says what the council will do about each recommendation: without that it is not complete.
        add('blocking', ['adjudication-letter'], 'adjudication.actions', `recommendation ${r.number}`, 'the action plan does not respond to this recommendation', record(r.id, r.pointIds[0]));
      }
    }
    for (const [i, a] of adj.actions.entries()) {
      const numbers = a.recommendationIds.map((id) => recommendations.find((r) => r.id === id)?.number ?? id);
      const place = numbers.length ? `recommendation ${numbers.join(', ')}` : 'action plan';
      if (actionOwesReasons(a)) {
        add('blocking', ['adjudication-letter'], `adjudication.actions[${i}].reasons`, place, `the recommendation is ${ACTION_DECISION_LABELS[a.decision].toLowerCase()} but no reasons are given`, record(a.id));
      }
      if (a.decision !== 'declined' && !a.action.trim()) add('blocking', ['adjudication-letter'], `adjudication.actions[${i}].action`, place, 'the action plan does not say what will be done', record(a.id));
      else if (a.decision !== 'declined' && (!a.owner || !a.dueDate)) add('warning', ['adjudication-letter'], `adjudication.actions[${i}]`, 'action plan', `the action "${short(a.action)}" has no owner or date`, record(a.id));
    }
    if (adj.payment && !adj.payment.reason?.trim()) add('warning', ['adjudication-letter'], 'adjudication.payment.reason', 'adjudication', 'a payment is recorded without saying what it is for');
    const upheld = inScope.some((p) => ['upheld', 'partially-upheld'].includes(findings.get(p.id)?.outcome ?? ''));
    if (upheld && !adj.apology?.trim()) add('warning', ['adjudication-letter'], 'adjudication.apology', 'adjudication', 'fault was found but no apology is recorded');
  }
  // The letter tells the complainant how to ask for a review panel (templates/paragraphs/stage3-rights.txt): by the
  // complaints manager's email or telephone, or by post to the council. With none of them it tells them nothing.
  const manager = data.authority.complaintsManager;
  const address = (data.authority.address ?? []).some((l) => l.trim());
  if (data.case.procedure === 'england-children-act-1989' && !manager?.email?.trim() && !manager?.phone?.trim() && !address) {
    add('blocking', ['adjudication-letter'], 'authority.complaintsManager.email', 'complaints manager',
      "the letter cannot say how to ask for a review panel: record the complaints manager's email or telephone, or the council's address");
  }
  for (const id of data.complaint.complainantIds) {
    const p = people.get(id);
    if (p && !p.address?.length) add('warning', ['adjudication-letter'], `people[${data.people.indexOf(p)}].address`, p.label, 'the complainant has no postal address for the letter', record(p.id));
    if (p && !p.addressAs?.trim()) {
      add('warning', ['adjudication-letter'], `people[${data.people.indexOf(p)}].addressAs`, p.label,
        'the complainant has no form of address (title and surname, such as "Mrs Pryce-Jones"), so the letter opens "Dear" and their full name', record(p.id));
    }
  }
  if (!data.complaint.complainantIds.length) add('blocking', ALL, 'complaint.complainantIds', 'complaint', 'no complainant is recorded');
  // A casefile made in the app starts with a placeholder for the council (every document prints its name).
  const council = data.authority.name.trim();
  if (!council || council === PLACEHOLDER_AUTHORITY) add('blocking', ALL, 'authority.name', 'council', "the council's name is not recorded");

  // The panel report.
  const panel = data.panel;
  if (!panel) add('blocking', ['panel-report'], 'panel', 'review panel', 'the review panel has not been recorded');
  else {
    if (!panel.meetingDate) add('blocking', ['panel-report'], 'panel.meetingDate', 'review panel', 'the date of the panel meeting is not recorded');
    if (!panel.chairId) add('blocking', ['panel-report'], 'panel.chairId', 'review panel', 'the panel chair is not recorded');
    if (!panel.memberIds.length) add('blocking', ['panel-report'], 'panel.memberIds', 'review panel', 'the panel members are not recorded');
    else if (panel.memberIds.length !== 3) add('warning', ['panel-report'], 'panel.memberIds', 'review panel', `a review panel has three members; ${panel.memberIds.length} are recorded`);
    if (panel.chairId && panel.memberIds.length && !panel.memberIds.includes(panel.chairId)) add('warning', ['panel-report'], 'panel.chairId', 'review panel', 'the chair is not one of the panel members');
    for (const id of panel.memberIds) {
      const refusal = panelMembershipRefusal(people.get(id));
      if (refusal) add('blocking', ['panel-report'], 'panel.memberIds', 'review panel', refusal, record(id));
    }
    if (!panel.venue?.trim()) add('warning', ['panel-report'], 'panel.venue', 'review panel', 'the venue is not recorded');
    if (!panel.points.length) add('blocking', ['panel-report'], 'panel.points', 'review panel', "the panel's view on the points in dispute is not recorded");
    for (const [i, pp] of panel.points.entries()) {
      if (!pp.view.trim()) add('blocking', ['panel-report'], `panel.points[${i}].view`, `point ${points.find((p) => p.id === pp.pointId)?.number ?? pp.pointId}`, "the panel's view has no reasons", point(pp.pointId));
    }
    // The Director's response, once it is being recorded: the panel report, rendered again, ends with it.
    if (directorResponseBegun(panel)) {
      if (!panel.directorResponseDate) add('blocking', ['panel-report'], 'panel.directorResponseDate', 'review panel', "the date of the Director's response is not recorded");
      for (const [i, r] of panel.recommendations.entries()) {
        const place = `panel recommendation ${r.number}`;
        if (!r.directorResponse) add('blocking', ['panel-report'], `panel.recommendations[${i}].directorResponse`, place, "the Director's response to the recommendation is not recorded", record(r.id, r.pointIds[0]));
        else if (owesReasons(r)) add('blocking', ['panel-report'], `panel.recommendations[${i}].directorReasons`, place, "the Director departs from the panel's recommendation without written reasons", record(r.id, r.pointIds[0]));
      }
      if (!panel.ipConsultedDate) add('warning', ['panel-report'], 'panel.ipConsultedDate', 'review panel', "it is not recorded that the panel's report was considered with the Stage 2 Independent Person (Regulation 20)");
    }
  }

  // Dates in the order the procedure runs.
  const sequence: [string, string | undefined, string][] = [
    ['complaint.receivedDate', data.complaint.receivedDate, 'the complaint was received'],
    ['complaint.stage1ResponseDate', data.complaint.stage1ResponseDate, 'the Stage 1 response'],
    ['complaint.stage2RequestDate', data.complaint.stage2RequestDate, 'the Stage 2 request'],
    ['statement.sentDate', data.statement.sentDate, 'the statement was sent'],
    ['statement.agreedDate', data.statement.agreedDate, 'the statement was agreed'],
    ['adjudication.date', adj?.date, 'the adjudication letter'],
    ['panel.requestDate', panel?.requestDate, 'the Stage 3 request'],
    ['panel.meetingDate', panel?.meetingDate, 'the panel meeting'],
    ['panel.reportDate', panel?.reportDate, 'the panel report'],
    ['panel.ipConsultedDate', panel?.ipConsultedDate, 'the Independent Person was consulted on the report'],
    ['panel.directorResponseDate', panel?.directorResponseDate, "the director's response"],
  ];
  let previous: [string, string, string] | undefined;
  for (const [path, date, what] of sequence) {
    if (!date) continue;
    if (previous && date < previous[1]) {
      add('blocking', ALL, path, path, `${what} (${date}) is dated before ${previous[2]} (${previous[1]})`);
    }
    if (!previous || date >= previous[1]) previous = [path, date, what];
  }
  for (const [i, interview] of (data.interviews ?? []).entries()) {
    if (adj?.date && interview.date > adj.date) add('warning', FROM_IO, `interviews[${i}].date`, `interview ${interview.ref}`, 'the interview is dated after the adjudication letter', record(interview.id));
  }

  // Every citation in a printed text resolves (shared/citations).
  problems.push(...citationProblems(data, context));
  problems.push(...markProblems(data));
  problems.push(...factCheckProblems(data));

  const wanted = kind ? [kind] : documentsForStage(data);
  return problems
    .map((p) => ({ ...p, documents: p.documents.filter((d) => wanted.includes(d)) }))
    .filter((p) => p.documents.length > 0)
    .map((p) => {
      // A problem about one printed text names it, so every screen finds that text's field the same way.
      const text = p.text ?? textRefOfPath(data, p.path);
      return text ? { ...p, text } : p;
    })
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
}

export const isBlocking = (problems: readonly ReadinessProblem[]) => problems.some((p) => p.severity === 'blocking');
