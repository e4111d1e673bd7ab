// The casefile store's side of the case model (shared/case-model): the table holding each
// collection and section, and the fields that are not plain columns. A record's fields and
// their order, its key, its noun and its parent section come from the model; only tables and
// columns are said here.
//
// The column rule: a field is the column named after it in snake_case (`jobTitle` is
// job_title), of the type its schema says: TEXT for strings, dates and enumerations; INTEGER
// for numbers and booleans (0 or 1); JSON text in `<name>_json` for small objects and lists of
// text. So a new optional field that follows the rule needs only its column, which a migration
// adds (migrations/index.ts). The exceptions are listed below: lists of ids kept as link rows
// and ids kept with a foreign key (so that a reference can never dangle), and evidence files.
import type { z } from 'zod';
import {
  collectionNames, collections as modelCollections, sectionNames, sections as modelSections,
  type CollectionName, type SectionName,
} from '../../../shared/case-model/index.ts';

export { collectionNames, sectionNames, type CollectionName, type SectionName };

/** What a list of ids points at; 'source' is an evidence item or an interview. */
export type TargetKind = 'person' | 'point' | 'recommendation' | 'source';
/** What an id kept with a foreign key points at. */
export type IdTarget = 'person' | 'point' | 'factCheckRound';

/** A field that does not follow the column rule. */
type FieldRule =
  /** An id of another record, in a column with a foreign key. */
  | { kind: 'id'; target: IdTarget }
  /** A list kept as link rows in `table`, one per item, in order; `owner` names the owning record's column. */
  | { kind: 'list'; table: string; owner: string; target: TargetKind | 'text' }
  /** Kept in tables of its own by code of its own (evidence files: attachments.ts). */
  | { kind: 'separate'; table: string };

interface StoreTable {
  table: string;
  fields?: Record<string, FieldRule>;
}

const ref = (target: IdTarget): FieldRule => ({ kind: 'id', target });
const list = (table: string, owner: string, target: TargetKind | 'text'): FieldRule => ({ kind: 'list', table, owner, target });

const collectionTables: Record<CollectionName, StoreTable> = {
  people: { table: 'people', fields: { aliases: list('person_aliases', 'person_id', 'text') } },
  points: { table: 'points' },
  evidence: { table: 'evidence', fields: { pointIds: list('evidence_points', 'evidence_id', 'point'), attachment: { kind: 'separate', table: 'attachments' } } },
  interviews: {
    table: 'interviews',
    fields: { personId: ref('person'), attendeeIds: list('interview_attendees', 'interview_id', 'person'), pointIds: list('interview_points', 'interview_id', 'point') },
  },
  chronology: { table: 'chronology', fields: { sourceIds: list('chronology_sources', 'entry_id', 'source'), pointIds: list('chronology_points', 'entry_id', 'point') } },
  findings: { table: 'findings', fields: { sourceIds: list('finding_sources', 'point_id', 'source') } },
  recommendations: { table: 'recommendations', fields: { pointIds: list('recommendation_points', 'recommendation_id', 'point') } },
  ipReviewPoints: { table: 'ip_review_points' },
  adjudicationPoints: { table: 'adjudication_points' },
  adjudicationActions: { table: 'adjudication_actions', fields: { recommendationIds: list('action_recommendations', 'action_id', 'recommendation') } },
  panelPoints: { table: 'panel_points' },
  panelRecommendations: { table: 'panel_recommendations', fields: { pointIds: list('panel_recommendation_points', 'recommendation_id', 'point') } },
  notNames: { table: 'not_a_name_marks' },
  factCheckRounds: { table: 'fact_check_rounds', fields: { sentToId: ref('person') } },
  factCheckComments: { table: 'fact_check_comments', fields: { roundId: ref('factCheckRound'), pointId: ref('point') } },
};

const sectionTables: Record<SectionName, StoreTable> = {
  case: { table: 'case_header' },
  authority: { table: 'authority' },
  complaint: {
    table: 'complaint',
    fields: {
      complainantIds: list('complaint_complainants', 'singleton', 'person'), childIds: list('complaint_children', 'singleton', 'person'),
      representativeIds: list('complaint_representatives', 'singleton', 'person'),
    },
  },
  statement: { table: 'statement' },
  extension: { table: 'extension' },
  investigation: { table: 'investigation' },
  ipReview: { table: 'ip_review' },
  adjudication: { table: 'adjudication', fields: { adjudicatorId: ref('person') } },
  panel: {
    table: 'panel',
    fields: { memberIds: list('panel_members', 'singleton', 'person'), chairId: ref('person'), attendeeIds: list('panel_attendees', 'singleton', 'person') },
  },
  anonymisation: { table: 'anonymisation' },
  factCheck: { table: 'fact_check' },
};

// ---------------------------------------------------------------------------------------
// The descriptors the store works from (table-io.ts, write-checks.ts, casefile.ts): the model
// and the tables above joined, one FieldSpec per field of the schema, in the schema's order.

export type FieldSpec =
  | { kind: 'column'; field: string; column: string; type: 'text' | 'int' | 'bool' | 'json' }
  | { kind: 'id'; field: string; column: string; target: IdTarget }
  | { kind: 'list'; field: string; table: string; owner: string; target: TargetKind | 'text'; valueColumn: string; optional: boolean }
  | { kind: 'separate'; field: string; table: string };

export interface TableSpec {
  /** How the user would name one record, e.g. 'evidence item'. */
  noun: string;
  table: string;
  /** The identifying field; absent for a section (a single row). */
  key?: { field: string; column: string };
  fields: FieldSpec[];
}

const snake = (field: string) => field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

export function presentColumn(field: string): string {
  return `${snake(field)}_present`;
}

const valueColumns: Record<TargetKind | 'text', string> = {
  person: 'person_id', point: 'point_id', recommendation: 'recommendation_id', text: 'alias', source: '',
};

/** The column type the rule gives a field, from its zod schema. */
function columnType(where: string, schema: z.ZodType): 'text' | 'int' | 'bool' | 'json' {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; options?: z.ZodType[]; values?: unknown[] } }).def;
  switch (def.type) {
    case 'optional': return columnType(where, def.innerType!);
    case 'string': case 'enum': return 'text';
    case 'number': return 'int';
    case 'boolean': return 'bool';
    case 'object': case 'array': return 'json';
    case 'literal': return typeof def.values![0] === 'number' ? 'int' : 'text';
    case 'union': {
      const types = new Set(def.options!.map((o) => columnType(where, o)));
      if (types.size === 1) return [...types][0]!;
    }
  }
  throw new Error(`${where}: no column rule for a field of type ${def.type}; map it in electron/core/casefile/records.ts`);
}

function fieldSpec(table: string, field: string, schema: z.ZodType, rule: FieldRule | undefined): FieldSpec {
  if (!rule) {
    const type = columnType(`${table}.${field}`, schema);
    return { kind: 'column', field, column: type === 'json' ? `${snake(field)}_json` : snake(field), type };
  }
  switch (rule.kind) {
    case 'id': return { kind: 'id', field, column: snake(field), target: rule.target };
    case 'separate': return { kind: 'separate', field, table: rule.table };
    case 'list': return { ...rule, field, valueColumn: valueColumns[rule.target], optional: schema.safeParse(undefined).success };
  }
}

function tableSpec(noun: string, schema: z.ZodObject, store: StoreTable, keyField?: string): TableSpec {
  for (const field of Object.keys(store.fields ?? {})) {
    if (!(field in schema.shape)) throw new Error(`${store.table}: records.ts maps "${field}", which the case model does not have`);
  }
  const fields = Object.entries(schema.shape).map(([field, s]) => fieldSpec(store.table, field, s as z.ZodType, store.fields?.[field]));
  return { noun, table: store.table, ...(keyField ? { key: { field: keyField, column: snake(keyField) } } : {}), fields };
}

export const collections = Object.fromEntries(collectionNames.map((name) => {
  const m = modelCollections[name];
  return [name, { ...tableSpec(m.noun, m.schema, collectionTables[name], m.key), key: { field: m.key, column: snake(m.key) } }];
})) as Record<CollectionName, TableSpec & { key: { field: string; column: string } }>;

export const sections = Object.fromEntries(sectionNames.map((name) => {
  const m = modelSections[name];
  return [name, tableSpec(m.noun, m.own, sectionTables[name])];
})) as Record<SectionName, TableSpec>;

/** Sections a case must always have; the others may be cleared. */
export const requiredSections: ReadonlySet<SectionName> = new Set(sectionNames.filter((name) => modelSections[name].required));

/** The zod schema of one record of each collection: the model's, which takes evidence with its file's bytes. */
export const recordSchemas = Object.fromEntries(collectionNames.map((name) => [name, modelCollections[name].schema])) as unknown as Record<CollectionName, z.ZodType>;

/** The zod schema of each section as setSection takes it (without its record lists). */
export const sectionSchemas = Object.fromEntries(sectionNames.map((name) => [name, modelSections[name].own])) as unknown as Record<SectionName, z.ZodType>;

/** Collections whose ids share the file-wide id space of the interchange format. */
export const idCollections: CollectionName[] = collectionNames.filter((name) => modelCollections[name].key === 'id');

/** Where each kind of record is referenced from, for refusing to remove one still in use (with
 *  the words a message uses). tests/unit/casefile/case-model.test.ts checks it against the
 *  references of the descriptors above. */
export const referencedFrom: Record<'person' | 'point' | 'evidence' | 'interview' | 'recommendation' | 'factCheckRound', Array<{ table: string; column: string; owner: string; describe: string }>> = {
  person: [
    { table: 'complaint_complainants', column: 'person_id', owner: 'singleton', describe: 'the complaint (complainants)' },
    { table: 'complaint_children', column: 'person_id', owner: 'singleton', describe: 'the complaint (children)' },
    { table: 'complaint_representatives', column: 'person_id', owner: 'singleton', describe: 'the complaint (representatives)' },
    { table: 'interviews', column: 'person_id', owner: 'id', describe: 'interview' },
    { table: 'interview_attendees', column: 'person_id', owner: 'interview_id', describe: 'interview' },
    { table: 'adjudication', column: 'adjudicator_id', owner: 'singleton', describe: 'the adjudication (adjudicator)' },
    { table: 'panel', column: 'chair_id', owner: 'singleton', describe: 'the panel (chair)' },
    { table: 'panel_members', column: 'person_id', owner: 'singleton', describe: 'the panel (members)' },
    { table: 'panel_attendees', column: 'person_id', owner: 'singleton', describe: 'the panel (attendees)' },
    { table: 'fact_check_rounds', column: 'sent_to_id', owner: 'id', describe: 'fact-check round' },
  ],
  point: [
    { table: 'evidence_points', column: 'point_id', owner: 'evidence_id', describe: 'evidence item' },
    { table: 'interview_points', column: 'point_id', owner: 'interview_id', describe: 'interview' },
    { table: 'chronology_points', column: 'point_id', owner: 'entry_id', describe: 'chronology entry' },
    { table: 'findings', column: 'point_id', owner: 'point_id', describe: 'the finding on point' },
    { table: 'recommendation_points', column: 'point_id', owner: 'recommendation_id', describe: 'recommendation' },
    { table: 'ip_review_points', column: 'point_id', owner: 'point_id', describe: 'the IP review of point' },
    { table: 'adjudication_points', column: 'point_id', owner: 'point_id', describe: 'the adjudication of point' },
    { table: 'panel_points', column: 'point_id', owner: 'point_id', describe: "the panel's view of point" },
    { table: 'panel_recommendation_points', column: 'point_id', owner: 'recommendation_id', describe: 'panel recommendation' },
    { table: 'fact_check_comments', column: 'point_id', owner: 'id', describe: 'fact-check comment' },
  ],
  evidence: [
    { table: 'chronology_sources', column: 'evidence_id', owner: 'entry_id', describe: 'chronology entry' },
    { table: 'finding_sources', column: 'evidence_id', owner: 'point_id', describe: 'the finding on point' },
  ],
  interview: [
    { table: 'chronology_sources', column: 'interview_id', owner: 'entry_id', describe: 'chronology entry' },
    { table: 'finding_sources', column: 'interview_id', owner: 'point_id', describe: 'the finding on point' },
  ],
  recommendation: [
    { table: 'action_recommendations', column: 'recommendation_id', owner: 'action_id', describe: 'adjudication action' },
  ],
  factCheckRound: [
    { table: 'fact_check_comments', column: 'round_id', owner: 'id', describe: 'fact-check comment' },
  ],
};

/** The kind a collection's records are referenced as, for remove(). */
export const referenceKindOf: Partial<Record<CollectionName, keyof typeof referencedFrom>> = {
  people: 'person', points: 'point', evidence: 'evidence', interviews: 'interview', recommendations: 'recommendation',
  factCheckRounds: 'factCheckRound',
};
