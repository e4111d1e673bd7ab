// How each part of the interchange model maps onto the tables of tables.ts: one descriptor per
// record collection and per section, listing its fields in interchange order. Import, export,
// single-record edits and reference checks are all driven from these, so a field is mapped in
// exactly one place.
import { ZodNullable } from 'zod';
import type { z } from 'zod';
import { collections as apiCollections, sections as apiSections } from '../../../shared/api.ts';
import { Evidence } from '../../../shared/interchange/schema.ts';

/** What a list of ids points at; 'source' is an evidence item or an interview. */
export type TargetKind = 'person' | 'point' | 'recommendation' | 'source';

export type FieldSpec =
  | { kind: 'column'; field: string; column: string; type: 'text' | 'int' | 'bool' | 'json' }
  | { kind: 'id'; field: string; column: string; target: 'person' | 'point' }
  | { kind: 'list'; field: string; table: string; owner: string; target: TargetKind | 'text'; valueColumn: string; optional: boolean };

export interface TableSpec {
  /** How the user would name one record, e.g. 'evidence item'. */
  noun: string;
  table: string;
  /** The identifying field; absent for a section (a single row). */
  key?: { field: string; column: string };
  fields: FieldSpec[];
}

const snake = (field: string) => field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const text = (field: string): FieldSpec => ({ kind: 'column', field, column: snake(field), type: 'text' });
const int = (field: string): FieldSpec => ({ kind: 'column', field, column: snake(field), type: 'int' });
const bool = (field: string): FieldSpec => ({ kind: 'column', field, column: snake(field), type: 'bool' });
const json = (field: string): FieldSpec => ({ kind: 'column', field, column: `${snake(field)}_json`, type: 'json' });
const ref = (field: string, target: 'person' | 'point'): FieldSpec => ({ kind: 'id', field, column: snake(field.replace(/Id$/, '')) + '_id', target });
const list = (field: string, table: string, owner: string, target: TargetKind | 'text', optional = false): FieldSpec => ({
  kind: 'list', field, table, owner, target, optional,
  valueColumn: target === 'person' ? 'person_id' : target === 'point' ? 'point_id' : target === 'recommendation' ? 'recommendation_id' : target === 'text' ? 'alias' : '',
});

export function presentColumn(field: string): string {
  return `${snake(field)}_present`;
}

export const collections = {
  people: {
    noun: 'person', table: 'people', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('name'), text('label'), text('role'), text('jobTitle'), text('organisation'),
      list('aliases', 'person_aliases', 'person_id', 'text', true), json('address')],
  },
  points: {
    noun: 'point', table: 'points', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('number'), text('summary'), text('detail'), text('period'), text('desiredOutcome'), text('scope'), text('outOfScopeReason')],
  },
  evidence: {
    noun: 'evidence item', table: 'evidence', key: { field: 'id', column: 'id' },
    // `attachment` is kept in the attachments tables (attachments.ts).
    fields: [text('id'), text('ref'), text('kind'), text('title'), text('date'), text('source'), text('notes'),
      list('pointIds', 'evidence_points', 'evidence_id', 'point')],
  },
  interviews: {
    noun: 'interview', table: 'interviews', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('ref'), ref('personId', 'person'), text('date'), text('method'),
      list('attendeeIds', 'interview_attendees', 'interview_id', 'person'), text('summary'),
      list('pointIds', 'interview_points', 'interview_id', 'point'), text('agreedDate')],
  },
  chronology: {
    noun: 'chronology entry', table: 'chronology', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('date'), text('event'),
      list('sourceIds', 'chronology_sources', 'entry_id', 'source'), list('pointIds', 'chronology_points', 'entry_id', 'point')],
  },
  findings: {
    noun: 'finding', table: 'findings', key: { field: 'pointId', column: 'point_id' },
    fields: [text('pointId'), text('outcome'), text('evidence'), text('analysis'), text('conclusion'),
      list('sourceIds', 'finding_sources', 'point_id', 'source', true), text('noRecommendationReason')],
  },
  recommendations: {
    noun: 'recommendation', table: 'recommendations', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('number'), text('text'), list('pointIds', 'recommendation_points', 'recommendation_id', 'point'),
      text('owner'), text('dueDate')],
  },
  ipReviewPoints: {
    noun: 'IP review point', table: 'ip_review_points', key: { field: 'pointId', column: 'point_id' },
    fields: [text('pointId'), text('view'), text('comment')],
  },
  adjudicationPoints: {
    noun: 'adjudication point', table: 'adjudication_points', key: { field: 'pointId', column: 'point_id' },
    fields: [text('pointId'), text('decision'), text('outcome'), text('reasons')],
  },
  adjudicationActions: {
    noun: 'adjudication action', table: 'adjudication_actions', key: { field: 'id', column: 'id' },
    fields: [text('id'), list('recommendationIds', 'action_recommendations', 'action_id', 'recommendation'), text('decision'),
      text('action'), text('owner'), text('dueDate'), text('completedDate')],
  },
  panelPoints: {
    noun: 'panel point', table: 'panel_points', key: { field: 'pointId', column: 'point_id' },
    fields: [text('pointId'), text('representations'), text('view'), text('outcome')],
  },
  panelRecommendations: {
    noun: 'panel recommendation', table: 'panel_recommendations', key: { field: 'id', column: 'id' },
    fields: [text('id'), text('number'), text('text'), list('pointIds', 'panel_recommendation_points', 'recommendation_id', 'point')],
  },
} satisfies Record<string, TableSpec>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

export const sections = {
  case: {
    noun: 'case', table: 'case_header',
    fields: [text('title'), text('procedure'), int('stage'), text('role'), json('references'), text('classification'), text('clockStart')],
  },
  authority: {
    noun: 'authority', table: 'authority',
    fields: [text('name'), text('service'), json('address'), json('complaintsManager'), text('directorTitle'), json('closureDays')],
  },
  complaint: {
    noun: 'complaint', table: 'complaint',
    fields: [list('complainantIds', 'complaint_complainants', 'singleton', 'person'), list('childIds', 'complaint_children', 'singleton', 'person', true),
      list('representativeIds', 'complaint_representatives', 'singleton', 'person', true), text('receivedDate'),
      text('stage1ResponseDate'), text('stage2RequestDate'), text('background')],
  },
  statement: { noun: 'statement', table: 'statement', fields: [text('sentDate'), text('agreedDate'), text('agreedHow')] },
  extension: { noun: 'extension', table: 'extension', fields: [text('agreedDate'), text('reason'), text('newDeadline')] },
  investigation: {
    noun: 'investigation', table: 'investigation',
    fields: [text('introduction'), text('methodology'), text('legalFramework'), text('background'), text('conclusion')],
  },
  ipReview: { noun: 'IP review', table: 'ip_review', fields: [text('overall'), text('process'), text('recommendationsComment')] },
  adjudication: {
    noun: 'adjudication', table: 'adjudication',
    fields: [ref('adjudicatorId', 'person'), text('date'), text('apology'), text('remedy'), bool('meetingOffered')],
  },
  panel: {
    noun: 'panel', table: 'panel',
    fields: [text('requestDate'), text('meetingDate'), text('venue'), text('reportDate'), text('directorResponseDate'),
      list('memberIds', 'panel_members', 'singleton', 'person'), ref('chairId', 'person'),
      list('attendeeIds', 'panel_attendees', 'singleton', 'person'), json('documents')],
  },
} satisfies Record<string, TableSpec>;

export type SectionName = keyof typeof sections;
export const sectionNames = Object.keys(sections) as SectionName[];
/** Sections a case must always have; the others may be cleared. */
export const requiredSections: ReadonlySet<SectionName> = new Set(['case', 'authority', 'complaint', 'statement']);

/**
 * The zod schema of one record of each collection: the API's (shared/api.ts), except that
 * the store takes evidence with its attachment bytes, which never cross the bridge.
 */
export const recordSchemas: Record<CollectionName, z.ZodType> = { ...apiCollections, evidence: Evidence };

/**
 * The zod schema of each section as setSection takes it (without its record lists): the API's,
 * without the `null` by which the API removes an optional section (the store's setSection
 * removes one when given undefined, and refuses null).
 */
export const sectionSchemas = Object.fromEntries(Object.entries(apiSections).map(([name, schema]): [string, z.ZodType] =>
  [name, schema instanceof ZodNullable ? schema.unwrap() : schema])) as Record<SectionName, z.ZodType>;

/** Collections that live inside an optional section: writing one creates the section. */
export const parentSection: Partial<Record<CollectionName, SectionName>> = {
  ipReviewPoints: 'ipReview',
  adjudicationPoints: 'adjudication',
  adjudicationActions: 'adjudication',
  panelPoints: 'panel',
  panelRecommendations: 'panel',
};

/** Where each kind of record is referenced from, for refusing to remove one still in use. */
export const referencedFrom: Record<'person' | 'point' | 'evidence' | 'interview' | 'recommendation', Array<{ table: string; column: string; owner: string; describe: string }>> = {
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
};

/** The kind a collection's records are referenced as, for remove(). */
export const referenceKindOf: Partial<Record<CollectionName, keyof typeof referencedFrom>> = {
  people: 'person', points: 'point', evidence: 'evidence', interviews: 'interview', recommendations: 'recommendation',
};

/** Collections whose ids share the file-wide id space of the interchange format. */
export const idCollections: CollectionName[] = ['people', 'points', 'evidence', 'interviews', 'chronology', 'recommendations', 'adjudicationActions', 'panelRecommendations'];
