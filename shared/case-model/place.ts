// Where each collection and section lives in a CaseData value, read and written from the
// descriptions in collections.ts and sections.ts, so that no other code spells out the layout.
// Values are never changed in place: each write answers a new CaseData (the renderer's store
// relies on that). Keys keep the interchange format's order, so a case built here serialises
// exactly as one parsed from a file.
import { CaseShape, type CaseData } from '../interchange/schema.ts';
import { collections, parentOf, type CollectionName, type RecordOf } from './collections.ts';
import { sections, type SectionName, type SectionValueOf } from './sections.ts';

type AnyRecord = Record<string, unknown>;

/** `value` with its keys in the order of `keys` (any others after them). */
function ordered(keys: readonly string[], value: AnyRecord): AnyRecord {
  const out: AnyRecord = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  for (const [k, v] of Object.entries(value)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

const topKeys = Object.keys(CaseShape.shape);
const sectionKeys = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, Object.keys(s.schema.shape)])) as Record<SectionName, string[]>;

function withTop(c: CaseData, field: string, value: unknown): CaseData {
  return ordered(topKeys, { ...(c as unknown as AnyRecord), [field]: value }) as unknown as CaseData;
}

/** The record's identifying value (its id, or the point it is about). */
export function keyOf(collection: CollectionName, record: object): string {
  return String((record as AnyRecord)[collections[collection].key]);
}

/** The records of a collection; an absent list or section reads as none. */
export function recordsIn<C extends CollectionName>(c: CaseData, collection: C): Array<RecordOf<C>> {
  const parent = parentOf(collection);
  const field = collections[collection].field;
  const holder = (parent ? (c as unknown as AnyRecord)[parent] : c) as AnyRecord | undefined;
  return (holder?.[field] as Array<RecordOf<C>> | undefined) ?? [];
}

/** A section with nothing in it: its required record lists and id lists empty. Writing a
 *  record of one of its collections creates the section like this when it is absent (as the
 *  casefile store does). */
export function emptySection(section: SectionName): AnyRecord {
  const shape = sections[section].schema.shape as Record<string, { def: { type: string } }>;
  return Object.fromEntries(Object.entries(shape).flatMap(([k, s]) => (s.def.type === 'array' ? [[k, []]] : [])));
}

/** `c` with the collection's records replaced by `records`, creating its section when absent. */
export function withRecords<C extends CollectionName>(c: CaseData, collection: C, records: ReadonlyArray<RecordOf<C>>): CaseData {
  const parent = parentOf(collection);
  const field = collections[collection].field;
  if (!parent) return withTop(c, field, records);
  const current = (c as unknown as AnyRecord)[parent] as AnyRecord | undefined;
  return withTop(c, parent, ordered(sectionKeys[parent], { ...(current ?? emptySection(parent)), [field]: records }));
}

/** A section's own fields (without its record lists), or undefined when the case has none. */
export function sectionIn<S extends SectionName>(c: CaseData, section: S): SectionValueOf<S> | undefined {
  const value = (c as unknown as AnyRecord)[section] as AnyRecord | undefined;
  if (value === undefined) return undefined;
  const own = { ...value };
  for (const list of sections[section].lists) delete own[list];
  return own as SectionValueOf<S>;
}

/** `c` with a section's own fields replaced, keeping its record lists; null or undefined
 *  removes an optional section with everything in it. */
export function withSection<S extends SectionName>(c: CaseData, section: S, value: SectionValueOf<S> | null | undefined): CaseData {
  if (value === null || value === undefined) {
    if (sections[section].required) throw new Error(`the ${sections[section].noun} section is required and cannot be removed`);
    const next = { ...(c as unknown as AnyRecord) };
    delete next[section];
    return next as unknown as CaseData;
  }
  const current = (c as unknown as AnyRecord)[section] as AnyRecord | undefined;
  const lists = Object.fromEntries(sections[section].lists.map((f) => [f, current?.[f] ?? []]));
  return withTop(c, section, ordered(sectionKeys[section], { ...(value as AnyRecord), ...lists }));
}
