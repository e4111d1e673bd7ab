// Editing one field of a section (the adjudication, the panel) without losing the others: the
// section's own fields come from the case model, so a field added to the model is kept by
// every screen that edits its section, never dropped because a screen did not list it.
import type { SectionName, SectionValue } from '../../../shared/api.ts';
import { sectionIn, sections } from '../../../shared/case-model/index.ts';
import { caseStore, saveSection } from './session.ts';

type AnyRecord = Record<string, unknown>;

/** The section's own fields with nothing recorded: its required lists empty. */
function blank(section: SectionName): AnyRecord {
  const shape = sections[section].own.shape as Record<string, { def: { type: string } }>;
  return Object.fromEntries(Object.entries(shape).flatMap(([k, s]) => (s.def.type === 'array' ? [[k, []]] : [])));
}

function isOptional(section: SectionName, field: string): boolean {
  const schema = (sections[section].own.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[field];
  return schema?.safeParse(undefined).success ?? true;
}

/**
 * The section's fields as they are, with `patch` applied. An emptied optional field (blank
 * text, an empty optional list, undefined) is left out, as the interchange format keeps "not
 * recorded"; required lists stay, empty or not.
 */
export function patchedSection<S extends SectionName>(section: S, patch: Partial<SectionValue<S>>): SectionValue<S> {
  const c = caseStore.get();
  const merged: AnyRecord = { ...blank(section), ...((c ? sectionIn(c, section as never) : undefined) as AnyRecord | undefined), ...(patch as AnyRecord) };
  for (const [k, v] of Object.entries(merged)) {
    const empty = v === undefined || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);
    if (empty && isOptional(section, k)) delete merged[k];
  }
  return merged as SectionValue<S>;
}

/** Saves one or more fields of a section, keeping the rest. */
export function patchSection<S extends SectionName>(section: S, patch: Partial<SectionValue<S>>): void {
  void saveSection(section, patchedSection(section, patch));
}
