// Saving the case's single-valued parts from their screens. Each edit is merged into the
// section as the casefile holds it at that moment (another field may have changed it since
// the screen rendered), and an optional field that was emptied is left out rather than kept
// as "" (the interchange format's "absent").
import type { AuthorityData, CaseHeaderData, ComplaintData, InvestigationData } from '../../../../shared/interchange/schema.ts';
import { caseStore, saveSection } from '../../app/session.ts';

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

const isEmpty = (v: unknown): boolean => v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0)
  || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isEmpty));

/** `value` with the patch applied: a patched field that is empty is removed, as is an empty
 *  field of a patched object ({ name: '', email: 'x' } keeps only the email). Fields the patch
 *  does not name are kept exactly as they are. */
function merge<T extends object>(value: T, patch: Patch<T>): T {
  const out = { ...value } as Record<string, unknown>;
  for (const [key, v] of Object.entries(patch)) {
    if (isEmpty(v)) delete out[key];
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[key] = Object.fromEntries(Object.entries(v).filter(([, x]) => !isEmpty(x)));
    else out[key] = v;
  }
  return out as T;
}

/** The lines of a text box as a list (address lines), blank ones dropped. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export function saveCaseHeader(patch: Patch<CaseHeaderData>): void {
  const c = caseStore.get();
  if (!c) return;
  void saveSection('case', merge(c.case, patch));
}

export function saveAuthority(patch: Patch<AuthorityData>): void {
  const c = caseStore.get();
  if (!c) return;
  void saveSection('authority', merge(c.authority, patch));
}

export function saveComplaint(patch: Patch<ComplaintData>): void {
  const c = caseStore.get();
  if (!c) return;
  const next = merge(c.complaint, patch);
  // The complaint always has its list of complainants, if only empty.
  void saveSection('complaint', { ...next, complainantIds: next.complainantIds ?? [] });
}

export function saveInvestigation(patch: Patch<InvestigationData>): void {
  const c = caseStore.get();
  if (!c) return;
  void saveSection('investigation', merge(c.investigation ?? {}, patch));
}
