// Issuing a document (issue 11, item 3): the rules the command line and the app share. An
// issued version is frozen in the casefile with its SHA-256 (electron/core/casefile/issued.ts);
// these decide its number, its default date, whether it may be anonymised, and how a version
// is named to the user, so that `impartial issue`, `issued`, `verify-document` and the
// Documents screen say the same thing.
import type { DocumentFormat, DocumentKind } from '../case-model/documents.ts';
import { formatDate, isIsoDate } from '../calendar/dates.ts';
import type { CaseData } from '../interchange/schema.ts';
import { DOCUMENT_NAMES } from './names.ts';
import { latestIssued, recordedDate, type IssueStamp } from './document-date.ts';

export const FORMAT_NAMES: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word' };

/**
 * Whether a document may be issued anonymised. The adjudication letter is sent to the
 * complainant, so the copy issued is the named one (an anonymised copy is rendered, not issued).
 */
export function issuedNamedOnly(kind: DocumentKind): boolean {
  return kind === 'adjudication-letter';
}

/** The version the next issue of a kind gets: one more than the latest. */
export function nextVersion(kind: DocumentKind, data: CaseData): number {
  return (latestIssued(kind, data)?.version ?? 0) + 1;
}

/** The date an issue is given unless the user chooses another: the document's own date in the case, else today. */
export function defaultIssueDate(kind: DocumentKind, data: CaseData, today: string): string {
  return recordedDate(kind, data)?.date ?? today;
}

/** Why an issue date cannot be used, in one line; undefined when it can. */
export function issueDateProblem(kind: DocumentKind, data: CaseData, date: string): string | undefined {
  if (!isIsoDate(date)) return `the issue date "${date}" is not a real date written as YYYY-MM-DD`;
  const latest = latestIssued(kind, data);
  if (latest && date < latest.date) {
    return `the issue date ${formatDate(date)} is before version ${latest.version} of the ${DOCUMENT_NAMES[kind]}, issued ${formatDate(latest.date)}: a later version cannot be dated earlier`;
  }
  return undefined;
}

/**
 * A note when a document is issued with a date other than the one the case records for it:
 * the document prints the issue date, but the clocks still count from the recorded one.
 */
export function issueDateNote(kind: DocumentKind, data: CaseData, date: string): string | undefined {
  const recorded = recordedDate(kind, data);
  if (!recorded || recorded.date === date) return undefined;
  const what = recorded.field === 'adjudication.date'
    ? { name: 'adjudication letter', field: "the adjudication's date", clock: 'the Stage 2 clock ends and the Stage 3 clock starts' }
    : { name: 'panel report', field: 'the report date', clock: "the Director's 15 working days count" };
  return `The ${what.name} will be dated ${formatDate(date)}; ${what.field} is recorded as ${formatDate(recorded.date)}, from which ${what.clock}`;
}

/** An issued version as the user reads it: "IO report, version 2, issued 3 March 2026, PDF". */
export function describeIssued(d: { kind: DocumentKind; version: number; date: string; format: DocumentFormat }): string {
  return `${DOCUMENT_NAMES[d.kind]}, version ${d.version}, issued ${formatDate(d.date)}, ${FORMAT_NAMES[d.format]}`;
}

// ---------------------------------------------------------------------------------------
// Which document a file says it is. Every document carries it in its keywords (the PDF's
// Keywords, the DOCX's core properties), so that a file that matches no issued version can
// still be named: "it says it is the IO report, version 2, issued 3 March 2026".

const KEYWORDS_LEAD = 'Impartial document: ';

export type Claim = { kind: DocumentKind; issue?: IssueStamp; draft?: boolean };

export function documentKeywords(kind: DocumentKind, stamp: { issue?: IssueStamp | undefined; draft: boolean }): string {
  const parts = [`${KEYWORDS_LEAD}${DOCUMENT_NAMES[kind]}`];
  if (stamp.issue) parts.push(`version ${stamp.issue.version}`, `issued ${stamp.issue.date}`);
  else if (stamp.draft) parts.push('draft');
  return parts.join('; ');
}

export function parseKeywords(keywords: string): Claim | undefined {
  const at = keywords.indexOf(KEYWORDS_LEAD);
  if (at < 0) return undefined;
  const [name, ...rest] = keywords.slice(at + KEYWORDS_LEAD.length).split(';').map((s) => s.trim());
  const kind = (Object.keys(DOCUMENT_NAMES) as DocumentKind[]).find((k) => DOCUMENT_NAMES[k] === name);
  if (!kind) return undefined;
  const version = rest.map((s) => /^version (\d+)$/.exec(s)?.[1]).find(Boolean);
  const date = rest.map((s) => /^issued (\d{4}-\d{2}-\d{2})$/.exec(s)?.[1]).find(Boolean);
  if (version && date && isIsoDate(date)) return { kind, issue: { version: Number(version), date } };
  return rest.includes('draft') ? { kind, draft: true } : { kind };
}

/** What a file claims to be, in words: "the IO report, version 2, issued 3 March 2026", "a DRAFT of the IO report". */
export function describeClaim(claim: Claim): string {
  const name = DOCUMENT_NAMES[claim.kind];
  if (claim.issue) return `the ${name}, version ${claim.issue.version}, issued ${formatDate(claim.issue.date)}`;
  if (claim.draft) return `a DRAFT of the ${name}`;
  return `a copy of the ${name} rendered without issuing it`;
}
