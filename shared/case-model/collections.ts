// The record lists of a case (docs/contracts/design.md section 3), each described once: the
// schema of one record (shared/interchange/schema.ts), the field that identifies it, how a
// message names it, and where the list sits in CaseData. The API, the casefile store, import,
// export and the renderer's immediate updates are all derived from this table.
import { z } from 'zod';
import {
  AdjudicationAction, AdjudicationPoint, ChronologyEntry, Evidence, Finding, Interview, IpReviewPoint, PanelPoint,
  PanelRecommendation, Person, Point, Recommendation, CaseShape, NotAName, FactCheckRound, FactCheckComment,
} from '../interchange/schema.ts';
import type { SectionName } from './sections.ts';

export interface CollectionModel {
  schema: z.ZodObject;
  /** The field that identifies a record: its own `id`, or, for a record about one point
   *  (one per point at most), the `pointId`. */
  key: 'id' | 'pointId';
  /** One record as a message names it: 'evidence item'. */
  noun: string;
  /** The section holding the list; absent for a list at the top of CaseData. */
  parent?: SectionName;
  /** The list's field, in its section or at the top of CaseData. */
  field: string;
}

export const collections = {
  people: { schema: Person, key: 'id', noun: 'person', field: 'people' },
  points: { schema: Point, key: 'id', noun: 'point', parent: 'statement', field: 'points' },
  evidence: { schema: Evidence, key: 'id', noun: 'evidence item', field: 'evidence' },
  interviews: { schema: Interview, key: 'id', noun: 'interview', field: 'interviews' },
  chronology: { schema: ChronologyEntry, key: 'id', noun: 'chronology entry', field: 'chronology' },
  findings: { schema: Finding, key: 'pointId', noun: 'finding', field: 'findings' },
  recommendations: { schema: Recommendation, key: 'id', noun: 'recommendation', field: 'recommendations' },
  ipReviewPoints: { schema: IpReviewPoint, key: 'pointId', noun: 'IP review point', parent: 'ipReview', field: 'points' },
  adjudicationPoints: { schema: AdjudicationPoint, key: 'pointId', noun: 'adjudication point', parent: 'adjudication', field: 'points' },
  adjudicationActions: { schema: AdjudicationAction, key: 'id', noun: 'adjudication action', parent: 'adjudication', field: 'actions' },
  panelPoints: { schema: PanelPoint, key: 'pointId', noun: 'panel point', parent: 'panel', field: 'points' },
  panelRecommendations: { schema: PanelRecommendation, key: 'id', noun: 'panel recommendation', parent: 'panel', field: 'recommendations' },
  notNames: { schema: NotAName, key: 'id', noun: '"not a name here" mark', parent: 'anonymisation', field: 'notNames' },
  factCheckRounds: { schema: FactCheckRound, key: 'id', noun: 'fact-check round', parent: 'factCheck', field: 'rounds' },
  factCheckComments: { schema: FactCheckComment, key: 'id', noun: 'fact-check comment', parent: 'factCheck', field: 'comments' },
} as const satisfies Record<string, CollectionModel>;

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
/** One record of a collection, as the interchange format holds it. */
export type RecordOf<C extends CollectionName> = z.infer<Collections[C]['schema']>;

/** Top-level lists a case may leave out altogether (the interchange format keeps an absent
 *  list apart from an empty one); every other list is always there, if only empty. */
export const optionalLists = collectionNames.filter((name) => {
  const c: CollectionModel = collections[name];
  return !c.parent && CaseShape.shape[c.field as keyof typeof CaseShape.shape] instanceof z.ZodOptional;
});

/** The section holding a collection's list, if it is not at the top of CaseData. */
export function parentOf(collection: CollectionName): SectionName | undefined {
  return (collections[collection] as CollectionModel).parent;
}
