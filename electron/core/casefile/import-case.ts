// Interchange document -> tables, replacing everything, in one transaction (the caller's).
// The document is checked with parseCase first, so nothing invalid reaches the tables.
import { parseCase } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { collectUnusedBlobs, decodeBase64, sha256Hex, storeBlob, writeAttachmentRow } from './attachments.ts';
import { InvalidCaseError } from './errors.ts';
import { optionalLists, presentKey } from './export-case.ts';
import { collections, sections } from './records.ts';
import type { Store } from './store.ts';
import type { SourceKind } from './table-io.ts';
import type { InterchangeIssue } from '../../../shared/interchange/parse.ts';

/** Validates the document, and the content of any attachment against its size and SHA-256. */
export function validateCase(input: unknown): CaseData {
  const parsed = parseCase(input);
  if (!parsed.ok) throw new InvalidCaseError(parsed.issues);
  const issues: InterchangeIssue[] = [];
  parsed.value.evidence?.forEach((e, i) => {
    const a = e.attachment;
    if (a?.data === undefined) return;
    const bytes = decodeBase64(a.data);
    const path = `evidence[${i}].attachment`;
    if (!bytes) issues.push({ path: `${path}.data`, message: 'not valid base64' });
    else if (bytes.length !== a.size) issues.push({ path: `${path}.size`, message: `is ${a.size} but the data is ${bytes.length} bytes` });
    else if (sha256Hex(bytes) !== a.sha256) issues.push({ path: `${path}.sha256`, message: 'does not match the data' });
  });
  if (issues.length > 0) throw new InvalidCaseError(issues);
  return parsed.value;
}

const allTables = [
  ...Object.values(collections).flatMap((t) => [t.table, ...t.fields.flatMap((f) => (f.kind === 'list' ? [f.table] : []))]),
  ...Object.values(sections).flatMap((t) => [t.table, ...t.fields.flatMap((f) => (f.kind === 'list' ? [f.table] : []))]),
  'attachments',
];

/** Replaces the whole case. Run inside a transaction; `data` must come from validateCase. */
export function importCase(store: Store, data: CaseData): void {
  const db = store.db;
  // Foreign keys are checked at commit, so the old case can be cleared in any order.
  db.pragma('defer_foreign_keys = ON');
  for (const table of allTables) db.prepare(`DELETE FROM "${table}"`).run();

  const sourceKinds = new Map<string, SourceKind>();
  for (const e of data.evidence ?? []) sourceKinds.set(e.id, 'evidence');
  for (const e of data.interviews ?? []) sourceKinds.set(e.id, 'interview');
  const kindOf = (id: string) => sourceKinds.get(id);
  const s = store.sections;
  const c = store.collections;
  const each = (io: (typeof c)[keyof typeof c], records: ReadonlyArray<object> | undefined) =>
    records?.forEach((r, i) => io.write(r as Record<string, unknown>, i, kindOf));

  s.case.write(data.case, undefined, kindOf);
  s.authority.write(data.authority, undefined, kindOf);
  each(c.people, data.people);
  s.complaint.write(data.complaint, undefined, kindOf);
  const { points, ...statement } = data.statement;
  s.statement.write(statement, undefined, kindOf);
  each(c.points, points);
  if (data.extension) s.extension.write(data.extension, undefined, kindOf);
  if (data.investigation) s.investigation.write(data.investigation, undefined, kindOf);
  each(c.evidence, data.evidence);
  data.evidence?.forEach((e) => {
    if (!e.attachment) return;
    if (e.attachment.data !== undefined) storeBlob(db, decodeBase64(e.attachment.data)!);
    writeAttachmentRow(db, e.id, e.attachment);
  });
  each(c.interviews, data.interviews);
  each(c.chronology, data.chronology);
  each(c.findings, data.findings);
  each(c.recommendations, data.recommendations);
  if (data.ipReview) {
    const { points: ipPoints, ...ipReview } = data.ipReview;
    s.ipReview.write(ipReview, undefined, kindOf);
    each(c.ipReviewPoints, ipPoints);
  }
  if (data.adjudication) {
    const { points: adjPoints, actions, ...adjudication } = data.adjudication;
    s.adjudication.write(adjudication, undefined, kindOf);
    each(c.adjudicationPoints, adjPoints);
    each(c.adjudicationActions, actions);
  }
  if (data.panel) {
    const { points: panelPoints, recommendations, ...panel } = data.panel;
    s.panel.write(panel, undefined, kindOf);
    each(c.panelPoints, panelPoints);
    each(c.panelRecommendations, recommendations);
  }
  for (const list of optionalLists) store.meta.set.run(presentKey(list), data[list] === undefined ? '0' : '1');
  collectUnusedBlobs(db);
}

export function describeImport(data: CaseData): string {
  const n = (list: unknown[] | undefined, noun: string) => `${list?.length ?? 0} ${noun}`;
  return `imported the whole case: ${[
    n(data.statement.points, 'points'), n(data.people, 'people'), n(data.evidence, 'evidence items'),
    n(data.interviews, 'interviews'), n(data.chronology, 'chronology entries'), n(data.findings, 'findings'),
    n(data.recommendations, 'recommendations'),
  ].join(', ')}`;
}
