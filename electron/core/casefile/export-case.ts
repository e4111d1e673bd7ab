// Tables -> interchange document (impartial/casefile@1), in the order the user left things.
// Which tables hold what comes from records.ts; where each part goes in the document, from
// the case model (shared/case-model).
import { optionalLists, parentOf, withRecords, withSection, type CollectionName } from '../../../shared/case-model/index.ts';
import { FORMAT, type CaseData, type EvidenceData } from '../../../shared/interchange/schema.ts';
import { readAttachmentRows, sha256Hex, toAttachmentData } from './attachments.ts';
import { collectionNames, sectionNames } from './records.ts';
import { issuedListPresent, readIssued } from './issued.ts';
import { describeIssued } from '../../../shared/documents/issue.ts';
import type { Store } from './store.ts';

/** The meta key recording that an optional top-level list was present (perhaps empty) when written. */
export const presentKey = (list: CollectionName) => `present.${list}`;
export const isOptionalList = (name: CollectionName) => optionalLists.includes(name);

export interface ExportOptions {
  /** Include each attachment's content, and each issued version's, as base64 `data`. */
  withAttachments?: boolean;
  /** Called with the evidence id when an attachment's content does not match its SHA-256. */
  onBadAttachment?: (evidenceId: string) => never;
  /** Called when an issued version's content does not match its SHA-256. */
  onBadIssued?: (what: string) => never;
}

export function exportCase(store: Store, options: ExportOptions = {}): CaseData {
  // The required parts are all filled in below: a casefile always holds them.
  let out = { format: FORMAT } as CaseData;
  for (const name of sectionNames) {
    const value = store.sections[name].readOne();
    if (value) out = withSection(out, name, value as never);
  }
  for (const name of collectionNames) {
    const parent = parentOf(name);
    if (parent && out[parent] === undefined) continue;
    const records = store.collections[name].readAll();
    if (name === 'evidence') attachFiles(store, records as EvidenceData[], options);
    if (isOptionalList(name) && records.length === 0 && store.meta.get.get(presentKey(name)) !== '1') continue;
    out = withRecords(out, name, records as never);
  }
  // Issued versions: the record of what was sent, kept in a table of their own (issued.ts).
  if (issuedListPresent(store.db)) {
    out = {
      ...out,
      issued: readIssued(store.db, {
        withData: options.withAttachments ?? false,
        onBadData: (d) => options.onBadIssued?.(`the file of ${describeIssued(d)}`) as never,
      }),
    };
  }
  return out;
}

/** Evidence files live in tables of their own (attachments.ts). */
function attachFiles(store: Store, evidence: EvidenceData[], options: ExportOptions): void {
  const attachments = readAttachmentRows(store.db, options.withAttachments ?? false);
  for (const e of evidence) {
    const row = attachments.get(e.id);
    if (!row) continue;
    if (row.data && (row.data.length !== row.size || sha256Hex(row.data) !== row.sha256)) options.onBadAttachment?.(e.id);
    e.attachment = toAttachmentData(row);
  }
}
