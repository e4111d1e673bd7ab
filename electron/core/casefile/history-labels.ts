// How the history names a record: as the user knows it when the change is made ("point 2",
// "finding on point 2", "evidence item D1"), never by its internal id. The name is stored with
// the change, so a point renumbered later still reads as it was then.
import { formatDate } from '../../../shared/calendar/dates.ts';
import type { CollectionName, SectionName } from './records.ts';
import type { Db } from './open.ts';

type Value = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function dated(date: unknown): string {
  try {
    return formatDate(str(date));
  } catch {
    return str(date);
  }
}

export function recordLabel(db: Db, collection: CollectionName, value: Value): string {
  const pointNumber = () => {
    const n = db.prepare('SELECT number FROM points WHERE id = ?').pluck().get(value.pointId) as string | undefined;
    return n === undefined ? 'a removed point' : `point ${n}`;
  };
  switch (collection) {
    case 'people': return `person ${str(value.label) || str(value.name)}`.trim();
    case 'points': return `point ${str(value.number)}`;
    case 'evidence': return `evidence item ${str(value.ref)}`;
    case 'interviews': return `interview ${str(value.ref)}`;
    case 'chronology': return `chronology entry of ${dated(value.date)}`;
    case 'findings': return `finding on ${pointNumber()}`;
    case 'recommendations': return `recommendation ${str(value.number)}`;
    case 'ipReviewPoints': return `IP review of ${pointNumber()}`;
    case 'adjudicationPoints': return `adjudication of ${pointNumber()}`;
    case 'adjudicationActions': {
      const position = db.prepare('SELECT position FROM adjudication_actions WHERE id = ?').pluck().get(value.id) as number | undefined;
      const count = db.prepare('SELECT count(*) FROM adjudication_actions').pluck().get() as number;
      return `action ${(position ?? count) + 1} of the action plan`;
    }
    case 'panelPoints': return `panel's view of ${pointNumber()}`;
    case 'panelRecommendations': return `panel recommendation ${str(value.number)}`;
    case 'notNames': return `"not a name here" mark on "${str(value.word)}"`;
    case 'factCheckRounds': return `fact-check round sent ${dated(value.sentDate)}`;
    case 'factCheckComments': return `fact-check comment on paragraph ${String(value.paragraph)}`;
  }
}

const sectionLabels: Record<SectionName, string> = {
  case: 'the case details',
  authority: 'the authority',
  complaint: 'the complaint',
  statement: 'the Statement of Complaint',
  extension: 'the extension',
  investigation: "the IO report's own sections",
  ipReview: 'the IP review',
  adjudication: 'the adjudication',
  panel: 'the review panel',
  anonymisation: 'the "not a name here" marks',
  factCheck: 'the fact-check',
};

export function sectionLabel(section: SectionName): string {
  return sectionLabels[section];
}

/** The plural the history uses for a reordered collection: "reordered the chronology". */
export const listLabels: Record<CollectionName, string> = {
  people: 'the people', points: 'the points', evidence: 'the documents examined', interviews: 'the interviews',
  chronology: 'the chronology', findings: 'the findings', recommendations: 'the recommendations',
  ipReviewPoints: "the IP review's points", adjudicationPoints: "the adjudication's points", adjudicationActions: 'the action plan',
  panelPoints: "the panel's points", panelRecommendations: "the panel's recommendations", notNames: 'the "not a name here" marks',
  factCheckRounds: 'the fact-check rounds', factCheckComments: 'the fact-check comments',
};

/** The fields whose values differ (by their JSON), in the record's own order, with their values. */
export function changedFields(before: Value, after: Value, order: readonly string[]): { fields: string[]; before: Value; after: Value } {
  const fields: string[] = [];
  const was: Value = {};
  const now: Value = {};
  const keys = [...order, ...Object.keys(before), ...Object.keys(after)].filter((k, i, all) => all.indexOf(k) === i);
  for (const k of keys) {
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    fields.push(k);
    was[k] = before[k];
    now[k] = after[k];
  }
  return { fields, before: was, after: now };
}
