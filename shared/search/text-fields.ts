// Which fields of the case model hold words a person wrote, and so go into the search index:
// derived from the schemas of shared/case-model, so that a text field added to the model is
// searchable with no change here (its label, in places.ts, is checked by a test).
//
// A field is text when its schema is a string with no pattern (a date has one), a list of
// such strings (address lines), or an object whose every field is such a string (the
// complaints manager). Enumerations, numbers and booleans are not text. Ids are not text
// either: the record's key, and any field named `id` or ending in `Id` or `Ids`, which hold
// references to other records. A record's `number` or `ref` ("2b", "D1") names its place in
// every hit, so it is not indexed as text (a search for "2" would otherwise list every point 2).
import type { z } from 'zod';
import { collectionNames, collections, sectionNames, sections, type CollectionName, type SectionName } from '../case-model/index.ts';

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  checks?: Array<{ _zod: { def: { check: string } } }>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

function isPlainString(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'optional') return isPlainString(def.innerType!);
  return def.type === 'string' && !(def.checks ?? []).some((c) => c._zod.def.check === 'string_format');
}

function isText(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'optional') return isText(def.innerType!);
  if (def.type === 'array') return isPlainString(def.element!);
  if (def.type === 'object') {
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
    return Object.values(shape).length > 0 && Object.values(shape).every(isPlainString);
  }
  return isPlainString(schema);
}

const isReference = (field: string) => field === 'id' || /Ids?$/.test(field) || field === 'number' || field === 'ref';

function textFields(schema: z.ZodObject, key?: string): string[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([field, s]) => field !== key && !isReference(field) && isText(s))
    .map(([field]) => field);
}

/** Records whose words are copies of text indexed where it stands: a "not a name here" mark's word. */
const copies: ReadonlySet<CollectionName> = new Set(['notNames']);

/** The text fields of each collection's records, in the schema's order. */
export const collectionTextFields = Object.fromEntries(collectionNames.map((name) =>
  [name, copies.has(name) ? [] : textFields(collections[name].schema, collections[name].key)])) as Record<CollectionName, string[]>;

/** The text fields of each section's own value (its record lists are collections). */
export const sectionTextFields = Object.fromEntries(sectionNames.map((name) =>
  [name, textFields(sections[name].own)])) as Record<SectionName, string[]>;

/** A field's value as the text to index: lines of a list, values of an object; empty when absent. */
export function textOfValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n');
  if (value && typeof value === 'object') return Object.values(value).filter((v) => typeof v === 'string').join('\n');
  return '';
}

/** The text fields of one record or section value that have words in them. */
export function textOf(fields: readonly string[], value: Record<string, unknown>): Array<{ field: string; text: string }> {
  return fields.flatMap((field) => {
    const text = textOfValue(value[field]);
    return text.trim() ? [{ field, text }] : [];
  });
}
