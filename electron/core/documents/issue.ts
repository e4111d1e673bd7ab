// Issuing, on the Node side: what an issue will be (its version, date and naming) before it is
// rendered, and which issued version, if any, a file is. The rules themselves are in
// shared/documents/issue.ts, shared with the app's Issue dialog.
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentFormat, DocumentKind } from '../../../shared/case-model/documents.ts';
import type { IssueStamp } from '../../../shared/documents/document-date.ts';
import {
  defaultIssueDate, describeClaim, issueDateNote, issueDateProblem, issuedNamedOnly, nextVersion, parseKeywords, type Claim,
} from '../../../shared/documents/issue.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import type { CaseData, IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import { sha256Hex } from '../casefile/attachments.ts';

export interface IssueRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  /** Asked for a named copy; the adjudication letter is always issued named. */
  named?: boolean;
  /** YYYY-MM-DD; by default the document's own date in the case, else today. */
  date?: string | undefined;
  /** YYYY-MM-DD */
  today: string;
}

export interface PlannedIssue {
  kind: DocumentKind;
  format: DocumentFormat;
  named: boolean;
  stamp: IssueStamp;
  /** Said to the user beside the result: the date differs from the one the case records. */
  note?: string;
}

/** What issuing `request` will make: refused (one line) when its date cannot be used. */
export function planIssue(data: CaseData, request: IssueRequest): PlannedIssue {
  const date = request.date ?? defaultIssueDate(request.kind, data, request.today);
  const problem = issueDateProblem(request.kind, data, date);
  if (problem) throw new ImpartialError('invalid-issue-date', problem);
  const note = issueDateNote(request.kind, data, date);
  return {
    kind: request.kind,
    format: request.format,
    named: issuedNamedOnly(request.kind) || (request.named ?? false),
    stamp: { version: nextVersion(request.kind, data), date },
    ...(note ? { note } : {}),
  };
}

/** The issued version whose bytes `bytes` are, if any (by SHA-256 and size). */
export function findIssued(issued: readonly IssuedDocumentData[], bytes: Uint8Array): IssuedDocumentData | undefined {
  const sha256 = sha256Hex(bytes);
  return issued.find((d) => d.sha256 === sha256 && d.size === bytes.length);
}

/**
 * Which document a PDF or DOCX says it is, from the keywords Impartial writes into every
 * document (shared/documents/issue.ts); undefined for any other file.
 */
export function claimOf(bytes: Uint8Array): Claim | undefined {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') {
    // The Info dictionary is not compressed; its strings are literals with \-escapes, written
    // in place or (as pdfkit does) as an object of their own that the dictionary refers to.
    const text = Buffer.from(bytes).toString('latin1');
    const literal = String.raw`\(((?:\\.|[^\\)])*)\)`;
    let m = new RegExp(String.raw`/Keywords\s*` + literal).exec(text);
    const ref = m ? undefined : /\/Keywords\s+(\d+)\s+(\d+)\s+R/.exec(text);
    if (ref) m = new RegExp(String.raw`(?:^|[\r\n])${ref[1]}\s+${ref[2]}\s+obj\s*` + literal).exec(text);
    return m ? parseKeywords(m[1]!.replace(/\\(.)/g, '$1')) : undefined;
  }
  if (head.startsWith('PK')) {
    try {
      const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
      const core = files['docProps/core.xml'];
      const m = core ? /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(strFromU8(core)) : null;
      return m ? parseKeywords(m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) : undefined;
    } catch {
      return undefined; // not a zip after all
    }
  }
  return undefined;
}

/**
 * Which issued version a file is, byte for byte; refused (code 'not-issued', one line) when it
 * is none, saying what the file claims to be when it looks like one of Impartial's documents.
 */
export function identifyIssued(issued: readonly IssuedDocumentData[], bytes: Uint8Array, names: { file: string; casefile: string }): IssuedDocumentData {
  const match = findIssued(issued, bytes);
  if (match) return match;
  const claim = claimOf(bytes);
  let why = issued.length === 0 ? ' (nothing has been issued from it)' : '';
  if (claim) {
    const said = claim.issue ? `it says it is ${describeClaim(claim)}` : `it is ${describeClaim(claim)}`;
    const held = claim.issue && issued.some((d) => d.kind === claim.kind && d.version === claim.issue!.version);
    why = `: ${said}${claim.issue ? (held ? ', but it differs from that version (changed since, or made again)' : ', which this casefile has not issued') : ''}`;
  }
  throw new ImpartialError('not-issued', `${names.file} matches no issued version of ${names.casefile}${why}`);
}
