// The document's date (issue 10, item 6), defined once: every document carries the date it
// was issued, set by the user when issuing; only a DRAFT carries the day it was rendered, and
// says so. Builders, templates ({{document.date}}), the clock's "as of" date, the title block,
// the footer and the file's keywords all read it from here.
//
// Which date, in this order:
//   1. issuing: the issue date the user chose (its version is printed at the foot of every page);
//   2. a DRAFT: the render date, printed as "Draft of 12 March 2026";
//   3. a copy made after an issue: the date of the latest issued version of that document;
//   4. the adjudication letter: the adjudication's date (adjudication.date); the panel report:
//      its report date (panel.reportDate). Each is that document's own date in the case;
//   5. otherwise none: the title block says "Not yet issued".
import type { DocumentKind } from '../case-model/documents.ts';
import { formatDate } from '../calendar/dates.ts';
import type { CaseData, IssuedDocumentData } from '../interchange/schema.ts';

/** What issuing a document stamps on it. */
export interface IssueStamp {
  /** 1, 2, ... per kind. */
  version: number;
  /** YYYY-MM-DD */
  date: string;
}

export type DocumentDate =
  /** The copy being issued. */
  | { source: 'issue'; date: string; version: number }
  /** A copy made after the document was issued: the latest issue's date. */
  | { source: 'last-issue'; date: string; version: number }
  /** A DRAFT: the day it was rendered. */
  | { source: 'draft'; date: string }
  /** The date the case records for this document. */
  | { source: 'recorded'; date: string; field: 'adjudication.date' | 'panel.reportDate' }
  | { source: 'none' };

/** The latest issued version of a kind, if any. */
export function latestIssued(kind: DocumentKind, data: CaseData): IssuedDocumentData | undefined {
  let latest: IssuedDocumentData | undefined;
  for (const d of data.issued ?? []) if (d.kind === kind && (!latest || d.version > latest.version)) latest = d;
  return latest;
}

/** The date the case itself records for a document: the adjudication's, the panel report's. */
export function recordedDate(kind: DocumentKind, data: CaseData): Extract<DocumentDate, { source: 'recorded' }> | undefined {
  if (kind === 'adjudication-letter' && data.adjudication?.date) return { source: 'recorded', date: data.adjudication.date, field: 'adjudication.date' };
  if (kind === 'panel-report' && data.panel?.reportDate) return { source: 'recorded', date: data.panel.reportDate, field: 'panel.reportDate' };
  return undefined;
}

export function documentDate(kind: DocumentKind, data: CaseData, options: { draft: boolean; today?: string | undefined; issue?: IssueStamp | undefined }): DocumentDate {
  if (options.issue) return { source: 'issue', date: options.issue.date, version: options.issue.version };
  if (options.draft && options.today) return { source: 'draft', date: options.today };
  const issued = latestIssued(kind, data);
  if (issued) return { source: 'last-issue', date: issued.date, version: issued.version };
  return recordedDate(kind, data) ?? { source: 'none' };
}

/** The document's date where running text may state it ("This report is dated ..."): never a draft's render date. */
export function statedDate(d: DocumentDate): string | undefined {
  return d.source === 'issue' || d.source === 'last-issue' || d.source === 'recorded' ? d.date : undefined;
}

/** The date as a signature or a letter's date line prints it: "3 March 2026", or "Draft of 12 March 2026". */
export function printedDate(d: DocumentDate): string | undefined {
  if (d.source === 'none') return undefined;
  return d.source === 'draft' ? `Draft of ${formatDate(d.date)}` : formatDate(d.date);
}

/** "Version 2, issued 3 March 2026" */
export function versionLine(stamp: IssueStamp): string {
  return `Version ${stamp.version}, issued ${formatDate(stamp.date)}`;
}

/** The line under a report's title: the version and date of an issued copy, the date, a draft's date, or "Not yet issued". */
export function titleDateLine(d: DocumentDate): string {
  if (d.source === 'issue') return versionLine(d);
  return printedDate(d) ?? 'Not yet issued';
}

/** What the foot of every page says besides the classification: the version, on an issued copy only. */
export function footerLine(d: DocumentDate): string | undefined {
  return d.source === 'issue' ? versionLine(d) : undefined;
}
