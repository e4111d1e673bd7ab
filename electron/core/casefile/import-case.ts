// Interchange document -> tables, replacing everything, in one transaction (the caller's).
// Where each part is in the document comes from the case model (shared/case-model); which
// tables hold it, from records.ts.
// The document is checked with parseCase first, so nothing invalid reaches the tables.
import { parseCase } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { collectUnusedBlobs, decodeBase64, sha256Hex, storeBlob, writeAttachmentRow } from './attachments.ts';
import { InvalidCaseError } from './errors.ts';
import { isOptionalList, presentKey } from './export-case.ts';
import { replaceIssued } from './issued.ts';
import { collectionNames, collections, sectionNames, sections } from './records.ts';
import { recordsIn, sectionIn } from '../../../shared/case-model/index.ts';
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
  parsed.value.issued?.forEach((d, i) => {
    if (d.data === undefined) return;
    const bytes = decodeBase64(d.data);
    const path = `issued[${i}]`;
    if (!bytes) issues.push({ path: `${path}.data`, message: 'not valid base64' });
    else if (bytes.length !== d.size) issues.push({ path: `${path}.size`, message: `is ${d.size} but the data is ${bytes.length} bytes` });
    else if (sha256Hex(bytes) !== d.sha256) issues.push({ path: `${path}.sha256`, message: 'does not match the data' });
  });
  if (issues.length > 0) throw new InvalidCaseError(issues);
  return parsed.value;
}

const allTables = [
  ...Object.values(collections), ...Object.values(sections),
].flatMap((t) => [t.table, ...t.fields.flatMap((f) => (f.kind === 'list' || f.kind === 'separate' ? [f.table] : []))]);

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

  for (const name of sectionNames) {
    const value = sectionIn(data, name);
    if (value) store.sections[name].write(value, undefined, kindOf);
  }
  for (const name of collectionNames) {
    const records = recordsIn(data, name) as ReadonlyArray<Record<string, unknown>>;
    records.forEach((r, i) => store.collections[name].write(r, i, kindOf));
    if (isOptionalList(name)) store.meta.set.run(presentKey(name), data[name as keyof CaseData] === undefined ? '0' : '1');
  }
  // Evidence files live in tables of their own (attachments.ts).
  data.evidence?.forEach((e) => {
    if (!e.attachment) return;
    if (e.attachment.data !== undefined) storeBlob(db, decodeBase64(e.attachment.data)!);
    writeAttachmentRow(db, e.id, e.attachment);
  });
  collectUnusedBlobs(db);
  replaceIssued(db, data.issued);
}

export function describeImport(data: CaseData): string {
  const n = (list: unknown[] | undefined, noun: string) => `${list?.length ?? 0} ${noun}`;
  return `imported the whole case: ${[
    n(data.statement.points, 'points'), n(data.people, 'people'), n(data.evidence, 'evidence items'),
    n(data.interviews, 'interviews'), n(data.chronology, 'chronology entries'), n(data.findings, 'findings'),
    n(data.recommendations, 'recommendations'),
  ].join(', ')}`;
}
