// The single-valued parts of a case (docs/contracts/design.md section 3), each described once:
// its schema in the interchange format and how a message names it. Whether a case must have
// it, and which of its fields are record lists (those are collections: statement.points is
// `points`), follow from the interchange format and collections.ts.
import { z } from 'zod';
import {
  Adjudication, Anonymisation, Authority, FactCheck, CaseHeader, CaseShape, Complaint, Extension, Investigation, IpReview, Panel, Statement,
} from '../interchange/schema.ts';
import { collections, type Collections } from './collections.ts';

interface SectionDescription {
  /** The whole section as the interchange format holds it, record lists included. */
  schema: z.ZodObject;
  /** The section as a message names it: 'the IP review section'. */
  noun: string;
}

const described = {
  case: { schema: CaseHeader, noun: 'case' },
  authority: { schema: Authority, noun: 'authority' },
  complaint: { schema: Complaint, noun: 'complaint' },
  statement: { schema: Statement, noun: 'statement' },
  extension: { schema: Extension, noun: 'extension' },
  investigation: { schema: Investigation, noun: 'investigation' },
  ipReview: { schema: IpReview, noun: 'IP review' },
  adjudication: { schema: Adjudication, noun: 'adjudication' },
  panel: { schema: Panel, noun: 'panel' },
  anonymisation: { schema: Anonymisation, noun: 'anonymisation' },
  factCheck: { schema: FactCheck, noun: 'fact-check' },
} as const satisfies { [S in keyof typeof CaseShape.shape]?: SectionDescription };

type Described = typeof described;
export type SectionName = keyof Described;

/** The fields of section S that hold record lists. */
export type ListFieldsOf<S extends SectionName> = {
  [C in keyof Collections]: Collections[C] extends { parent: S; field: infer F } ? F : never;
}[keyof Collections];

type OwnShape<S extends SectionName> = Described[S]['schema'] extends z.ZodObject<infer Shape> ? Omit<Shape, ListFieldsOf<S>> : never;
/** A section's own fields, without its record lists: what saveSection takes. */
export type OwnSchema<S extends SectionName> = OwnShape<S> extends infer O extends z.core.$ZodShape ? z.ZodObject<O, z.core.$strict> : never;
/** Whether a case must have section S (the interchange format makes the others optional). */
export type IsRequired<S extends SectionName> = (typeof CaseShape.shape)[S] extends z.ZodOptional ? false : true;

export interface SectionModel<S extends SectionName = SectionName> {
  schema: Described[S]['schema'];
  noun: string;
  /** The section's own fields, without its record lists. */
  own: OwnSchema<S>;
  /** The fields holding record lists, each a collection of collections.ts. */
  lists: Array<ListFieldsOf<S>>;
  /** A case always has it; the others may be absent, and removed. */
  required: IsRequired<S>;
}

function model<S extends SectionName>(name: S): SectionModel<S> {
  const { schema, noun } = described[name];
  const lists = Object.values(collections).flatMap((c) => ('parent' in c && c.parent === name ? [c.field] : [])) as Array<ListFieldsOf<S>>;
  const own = (schema as z.ZodObject).omit(Object.fromEntries(lists.map((f) => [f, true])) as Record<string, true> as never) as unknown as OwnSchema<S>;
  const required = !(CaseShape.shape[name] instanceof z.ZodOptional) as IsRequired<S>;
  return { schema, noun, own, lists, required };
}

export const sectionNames = Object.keys(described) as SectionName[];
export const sections = Object.fromEntries(sectionNames.map((name) => [name, model(name)])) as { [S in SectionName]: SectionModel<S> };
/** A section's own value, as the interchange format holds it. */
export type SectionValueOf<S extends SectionName> = z.infer<OwnSchema<S>>;
