// The document's date and the rules of issuing (shared/documents/document-date.ts and
// issue.ts), on documents built from the sample case: which date each kind of copy prints,
// and where (title block, signature, letter, footer, keywords), the issue dialog's defaults
// and refusals, and the keywords a file carries to say what it is.
import { describe, expect, it } from 'vitest';
import { documentKinds, type DocumentKind } from '../../../shared/api.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { buildDocument, DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import {
  defaultIssueDate, describeClaim, describeIssued, documentKeywords, issueDateNote, issueDateProblem, issuedNamedOnly, nextVersion, parseKeywords,
} from '../../../shared/documents/issue.ts';
import type { CaseData, IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import { modelText, stage3Sample, templates } from './helpers.ts';

const RENDERED = '2025-02-10';
const build = (kind: DocumentKind, data: CaseData, options: { draft?: boolean; issue?: { version: number; date: string } } = {}): DocumentModel =>
  buildDocument(kind, data, { named: false, draft: options.draft ?? false, templates: templates(data.authority.name), today: RENDERED, ...(options.issue ? { issue: options.issue } : {}) });

const issuedOf = (kind: DocumentKind, version: number, date: string): IssuedDocumentData => ({
  kind, version, date, format: 'pdf', named: false, fileName: `${kind}.pdf`, issuedAt: `${date}T10:00:00.000Z`, size: 10, sha256: 'a'.repeat(64),
});

/** The sample carried to Stage 3, with a panel report date, so that every document builds. */
const data = (): CaseData => {
  const d = stage3Sample();
  d.panel = { ...d.panel!, reportDate: '2025-03-14' };
  return d;
};

describe("the document's date", () => {
  it.each(documentKinds)('%s: an issued copy prints its version and issue date, at the foot of every page too, and says so in its keywords', (kind) => {
    const model = build(kind, data(), { issue: { version: 2, date: '2025-03-20' } });
    expect(model.version).toBe('Version 2, issued 20 March 2025');
    expect(model.keywords).toBe(`Impartial document: ${DOCUMENT_NAMES[kind]}; version 2; issued 2025-03-20`);
    expect(model.draft).toBe(false);
    const text = modelText(model);
    expect(text).toContain('20 March 2025');
    expect(text).not.toContain('10 February 2025');
  });

  it.each(documentKinds)('%s: a DRAFT prints the day it was rendered, marked as a draft date, and no version', (kind) => {
    const d = data();
    d.issued = [issuedOf(kind, 1, '2025-01-20')];
    const model = build(kind, d, { draft: true });
    expect(model.version).toBeUndefined();
    expect(modelText(model)).toContain('Draft of 10 February 2025');
    expect(parseKeywords(model.keywords!)).toEqual({ kind, draft: true });
  });

  it.each(documentKinds)('%s: a copy made after an issue prints the latest issue date, without claiming a version', (kind) => {
    const d = data();
    d.issued = [issuedOf(kind, 1, '2025-01-20'), issuedOf(kind, 2, '2025-03-21'), issuedOf(kind === 'statement' ? 'io-report' : 'statement', 1, '2025-01-22')];
    const model = build(kind, d);
    expect(model.version).toBeUndefined();
    const text = modelText(model);
    expect(text).toContain('21 March 2025');
    expect(text).not.toContain('Version ');
    expect(text).not.toContain('10 February 2025');
  });

  it('before any issue: the letter carries the adjudication date and the panel report its report date; the others say they are not yet issued', () => {
    const d = data();
    expect(modelText(build('adjudication-letter', d))).toContain('6 January 2025');
    expect(modelText(build('panel-report', d))).toContain('This report is dated 14 March 2025.');
    for (const kind of ['statement', 'io-report', 'ip-report'] as const) {
      const text = modelText(build(kind, d));
      expect(text, kind).toContain('Not yet issued');
      expect(text, kind).not.toContain('10 February 2025');
    }
  });

  it('the panel report issued with another date states that date as its own', () => {
    const text = modelText(build('panel-report', data(), { issue: { version: 1, date: '2025-03-18' } }));
    expect(text).toContain('This report is dated 18 March 2025.');
    expect(text).not.toContain('This report is dated 14 March 2025.');
  });
});

describe('issuing', () => {
  it('numbers each kind on its own, and defaults the date to the document\'s own date in the case, else today', () => {
    const d = data();
    d.issued = [issuedOf('io-report', 1, '2025-01-01'), issuedOf('io-report', 2, '2025-01-05'), issuedOf('statement', 1, '2024-11-04')];
    expect(nextVersion('io-report', d)).toBe(3);
    expect(nextVersion('statement', d)).toBe(2);
    expect(nextVersion('ip-report', d)).toBe(1);
    expect(defaultIssueDate('adjudication-letter', d, '2025-05-01')).toBe('2025-01-06');
    expect(defaultIssueDate('panel-report', d, '2025-05-01')).toBe('2025-03-14');
    expect(defaultIssueDate('io-report', d, '2025-05-01')).toBe('2025-05-01');
    delete d.adjudication!.date;
    expect(defaultIssueDate('adjudication-letter', d, '2025-05-01')).toBe('2025-05-01');
  });

  it('refuses a date that is not a date, or before the version it follows; notes one that differs from the recorded date', () => {
    const d = data();
    d.issued = [issuedOf('io-report', 1, '2025-01-05')];
    expect(issueDateProblem('io-report', d, '2025-02-30')).toBe('the issue date "2025-02-30" is not a real date written as YYYY-MM-DD');
    expect(issueDateProblem('io-report', d, '2025-01-04')).toBe('the issue date 4 January 2025 is before version 1 of the IO report, issued 5 January 2025: a later version cannot be dated earlier');
    expect(issueDateProblem('io-report', d, '2025-01-05')).toBeUndefined();
    expect(issueDateProblem('statement', d, '2020-01-01')).toBeUndefined();
    expect(issueDateNote('adjudication-letter', d, '2025-01-06')).toBeUndefined();
    expect(issueDateNote('io-report', d, '2025-01-09')).toBeUndefined();
    expect(issueDateNote('adjudication-letter', d, '2025-01-08')).toBe("The adjudication letter will be dated 8 January 2025; the adjudication's date is recorded as 6 January 2025, from which the Stage 2 clock ends and the Stage 3 clock starts");
    expect(issueDateNote('panel-report', d, '2025-03-17')).toContain('the report date is recorded as 14 March 2025');
  });

  it('issues the adjudication letter named only: it is sent to the complainant', () => {
    expect(documentKinds.filter(issuedNamedOnly)).toEqual(['adjudication-letter']);
  });

  it("reads back the keywords every document carries, and nobody else's", () => {
    for (const kind of documentKinds) {
      expect(parseKeywords(documentKeywords(kind, { issue: { version: 12, date: '2025-03-03' }, draft: false }))).toEqual({ kind, issue: { version: 12, date: '2025-03-03' } });
      expect(parseKeywords(documentKeywords(kind, { draft: true }))).toEqual({ kind, draft: true });
      expect(parseKeywords(documentKeywords(kind, { draft: false }))).toEqual({ kind });
    }
    expect(parseKeywords('Impartial document: Minutes of the meeting; version 2; issued 2025-03-03')).toBeUndefined();
    expect(parseKeywords('complaint, report')).toBeUndefined();
    expect(describeClaim({ kind: 'io-report', issue: { version: 2, date: '2026-03-03' } })).toBe('the IO report, version 2, issued 3 March 2026');
    expect(describeIssued({ kind: 'io-report', version: 2, date: '2026-03-03', format: 'pdf' })).toBe('IO report, version 2, issued 3 March 2026, PDF');
  });
});
