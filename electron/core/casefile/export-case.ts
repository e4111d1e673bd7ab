// Tables -> interchange document (impartial/casefile@1), in the order the user left things.
import { FORMAT, type CaseData } from '../../../shared/interchange/schema.ts';
import { readAttachmentRows, sha256Hex, toAttachmentData } from './attachments.ts';
import type { Store } from './store.ts';

/** Top-level lists that are optional in the format: exported when they have records or were present when imported. */
export const optionalLists = ['evidence', 'interviews', 'chronology', 'findings', 'recommendations'] as const;
export type OptionalList = (typeof optionalLists)[number];
export const presentKey = (list: OptionalList) => `present.${list}`;

export interface ExportOptions {
  /** Include each attachment's content as base64 `data`. */
  withAttachments?: boolean;
  /** Called with the evidence id when an attachment's content does not match its SHA-256. */
  onBadAttachment?: (evidenceId: string) => never;
}

export function exportCase(store: Store, options: ExportOptions = {}): CaseData {
  const s = store.sections;
  const c = store.collections;
  const out: Record<string, unknown> = { format: FORMAT };
  out.case = s.case.readOne();
  out.authority = s.authority.readOne();
  out.people = c.people.readAll();
  out.complaint = s.complaint.readOne();
  out.statement = { ...s.statement.readOne(), points: c.points.readAll() };
  const extension = s.extension.readOne();
  if (extension) out.extension = extension;
  const investigation = s.investigation.readOne();
  if (investigation) out.investigation = investigation;

  const lists: Record<OptionalList, Array<Record<string, unknown>>> = {
    evidence: c.evidence.readAll(),
    interviews: c.interviews.readAll(),
    chronology: c.chronology.readAll(),
    findings: c.findings.readAll(),
    recommendations: c.recommendations.readAll(),
  };
  const attachments = readAttachmentRows(store.db, options.withAttachments ?? false);
  for (const e of lists.evidence) {
    const row = attachments.get(e.id as string);
    if (!row) continue;
    if (row.data && (row.data.length !== row.size || sha256Hex(row.data) !== row.sha256)) options.onBadAttachment?.(e.id as string);
    e.attachment = toAttachmentData(row);
  }
  for (const name of ['evidence', 'interviews', 'chronology', 'findings'] as const) {
    if (lists[name].length > 0 || store.meta.get.get(presentKey(name)) === '1') out[name] = lists[name];
  }
  if (lists.recommendations.length > 0 || store.meta.get.get(presentKey('recommendations')) === '1') out.recommendations = lists.recommendations;

  const ipReview = s.ipReview.readOne();
  if (ipReview) out.ipReview = { ...ipReview, points: c.ipReviewPoints.readAll() };
  const adjudication = s.adjudication.readOne();
  if (adjudication) out.adjudication = { ...adjudication, points: c.adjudicationPoints.readAll(), actions: c.adjudicationActions.readAll() };
  const panel = s.panel.readOne();
  if (panel) out.panel = { ...panel, points: c.panelPoints.readAll(), recommendations: c.panelRecommendations.readAll() };
  return out as CaseData;
}
