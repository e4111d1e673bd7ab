// How a search hit's place is named in the user's words, what it is grouped under, and the
// interchange path of its field (the form readiness problems use, so the app goes there the
// same way). One table of field labels, in the words of the screens; tests/unit/search checks
// that every text field of the model (text-fields.ts) has one.
//
// Places: "point 2b, the complaint as agreed", "point 2b, analysis" (the finding on point 2b),
// "D1, notes", "D1, page 2" (a page of its attached file), "D1, letter.docx" (a file without
// pages), "interview I2, summary", "chronology, 3 March 2024", "recommendation 3",
// "Jane Smith (SW1), job title", "IP review, point 2b, comment", "investigation, methodology".
import { formatDate } from '../calendar/dates.ts';
import { collections, parentOf, type CollectionName, type SectionName } from '../case-model/index.ts';
import type { SearchTarget } from './types.ts';

export const fieldLabels: { collections: Record<CollectionName, Record<string, string>>; sections: Record<SectionName, Record<string, string>> } = {
  collections: {
    people: { name: 'name', label: 'label', jobTitle: 'job title', organisation: 'organisation', aliases: 'other names', address: 'address', addressAs: 'form of address' },
    points: {
      summary: 'summary', detail: 'the complaint as agreed', period: 'period covered', desiredOutcome: 'outcome the complainant wants',
      outOfScopeReason: 'why it is out of scope',
    },
    evidence: { title: 'title', source: 'source', notes: 'notes' },
    interviews: { summary: 'summary' },
    chronology: { event: 'event' },
    findings: { evidence: 'evidence', analysis: 'analysis', conclusion: 'conclusion', noRecommendationReason: 'why no recommendation' },
    recommendations: { text: 'text', owner: 'owner' },
    ipReviewPoints: { comment: 'comment' },
    adjudicationPoints: { reasons: 'reasons' },
    adjudicationActions: { action: 'action', owner: 'owner', reasons: 'reasons' },
    panelPoints: { representations: 'representations', view: "the panel's view" },
    panelRecommendations: { text: 'text', directorReasons: "the Director's reasons" },
    notNames: {},
    factCheckRounds: { sentTo: 'sent to' },
    factCheckComments: { text: 'comment', from: 'from', change: 'what was changed', reason: 'reason not accepted' },
  },
  sections: {
    case: { title: 'title', references: 'references', classification: 'classification' },
    authority: { name: 'name', service: 'service', address: 'address', complaintsManager: 'complaints manager', directorTitle: "director's title" },
    complaint: { background: 'background' },
    statement: { agreedHow: 'how it was agreed' },
    extension: { reason: 'reason' },
    investigation: { introduction: 'introduction', methodology: 'methodology', legalFramework: 'legal framework', background: 'background', conclusion: 'conclusion' },
    ipReview: { overall: 'overall view', process: 'the process', recommendationsComment: 'comments on the recommendations' },
    adjudication: { apology: 'apology', remedy: 'remedy' },
    panel: { venue: 'venue', documents: 'documents considered' },
    anonymisation: {},
    factCheck: {},
  },
};

/** Each section as the user calls it (it starts a place: "case details, title"). */
export const sectionLabels: Record<SectionName, string> = {
  case: 'case details', authority: 'council', complaint: 'complaint', statement: 'Statement of Complaint', extension: 'extension',
  investigation: 'investigation', ipReview: 'IP review', adjudication: 'adjudication', panel: 'review panel',
  anonymisation: 'anonymisation', factCheck: 'fact-check',
};

/** A field's label; a field the table does not know yet is named from its own name ("witnessNote": "witness note"). */
function labelOf(table: Record<string, string>, field: string): string {
  return table[field] ?? field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/** What naming a place needs to know about the case as it is now (numbers and refs change). */
export interface PlaceLookup {
  pointNumber(pointId: string): string | undefined;
  person(id: string): { name: string; label: string } | undefined;
  evidence(id: string): { ref: string; title: string; fileName?: string } | undefined;
  interviewRef(id: string): string | undefined;
  chronologyDate(id: string): string | undefined;
  /** The number of a recommendation (or panel recommendation). */
  recommendationNumber(collection: 'recommendations' | 'panelRecommendations', id: string): string | undefined;
  /** A record's index in its list, as the interchange format orders it. */
  indexOf(collection: CollectionName, key: string): number;
}

export interface NamedPlace {
  place: string;
  group: string;
  groupLabel: string;
  path: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The interchange path of a record: "statement.points[1]", "findings[0]". */
function recordPath(collection: CollectionName, index: number): string {
  const parent = parentOf(collection);
  const field = collections[collection].field;
  return `${parent ? `${parent}.` : ''}${field}[${index}]`;
}

export function namePlace(target: SearchTarget, lookup: PlaceLookup): NamedPlace {
  if (target.kind === 'section') {
    const section = sectionLabels[target.section];
    return {
      place: `${section}, ${labelOf(fieldLabels.sections[target.section], target.field)}`,
      group: `section:${target.section}`, groupLabel: capital(section), path: `${target.section}.${target.field}`,
    };
  }
  if (target.kind === 'file') {
    const e = lookup.evidence(target.evidenceId);
    const ref = e?.ref ?? target.evidenceId;
    return {
      place: target.page !== undefined ? `${ref}, page ${target.page}` : `${ref}, ${e?.fileName ?? 'attached file'}`,
      group: `evidence:${target.evidenceId}`, groupLabel: e ? `${ref} ${e.title}` : ref,
      path: `${recordPath('evidence', lookup.indexOf('evidence', target.evidenceId))}.attachment`,
    };
  }
  const { collection, key, field } = target;
  const label = labelOf(fieldLabels.collections[collection], field);
  const path = `${recordPath(collection, lookup.indexOf(collection, key))}.${field}`;
  const point = () => `point ${lookup.pointNumber(key) ?? key}`;
  const inSection = (section: SectionName, place: string): NamedPlace =>
    ({ place, group: `section:${section}`, groupLabel: capital(sectionLabels[section]), path });
  switch (collection) {
    case 'points':
    case 'findings':
      return { place: `${point()}, ${label}`, group: `point:${key}`, groupLabel: capital(point()), path };
    case 'people': {
      const p = lookup.person(key);
      return { place: `${p ? `${p.name} (${p.label})` : key}, ${label}`, group: 'people', groupLabel: 'People', path };
    }
    case 'evidence': {
      const e = lookup.evidence(key);
      const ref = e?.ref ?? key;
      return { place: `${ref}, ${label}`, group: `evidence:${key}`, groupLabel: e ? `${ref} ${e.title}` : ref, path };
    }
    case 'interviews': {
      const ref = `interview ${lookup.interviewRef(key) ?? key}`;
      return { place: `${ref}, ${label}`, group: `interview:${key}`, groupLabel: capital(ref), path };
    }
    case 'chronology': {
      const date = lookup.chronologyDate(key);
      return { place: `chronology, ${date ? formatDate(date) : key}`, group: 'chronology', groupLabel: 'Chronology', path };
    }
    case 'recommendations': {
      const name = `recommendation ${lookup.recommendationNumber('recommendations', key) ?? key}`;
      return { place: field === 'text' ? name : `${name}, ${label}`, group: 'recommendations', groupLabel: 'Recommendations', path };
    }
    case 'ipReviewPoints': return inSection('ipReview', `IP review, ${point()}, ${label}`);
    case 'adjudicationPoints': return inSection('adjudication', `adjudication, ${point()}, ${label}`);
    case 'panelPoints': return inSection('panel', `review panel, ${point()}, ${label}`);
    case 'adjudicationActions': {
      const name = `adjudication action ${lookup.indexOf('adjudicationActions', key) + 1}`;
      return inSection('adjudication', field === 'action' ? name : `${name}, ${label}`);
    }
    case 'panelRecommendations': {
      const name = `panel recommendation ${lookup.recommendationNumber('panelRecommendations', key) ?? key}`;
      return inSection('panel', field === 'text' ? name : `${name}, ${label}`);
    }
    case 'factCheckRounds': return inSection('factCheck', `fact-check round ${lookup.indexOf('factCheckRounds', key) + 1}, ${label}`);
    case 'factCheckComments': return inSection('factCheck', `fact-check comment ${lookup.indexOf('factCheckComments', key) + 1}, ${label}`);
    // Not indexed (text-fields.ts): a mark's word is found where it stands.
    case 'notNames': return inSection('anonymisation', `“not a name here” mark, ${label}`);
    default: {
      const never: never = collection;
      throw new Error(`no place for collection ${String(never)}`);
    }
  }
}

/** Hits grouped by what namePlace groups them under, each group where its best hit ranks. */
export function groupHits<H extends { group: string; groupLabel: string }>(hits: readonly H[]): Array<{ group: string; label: string; hits: H[] }> {
  const groups = new Map<string, { group: string; label: string; hits: H[] }>();
  for (const hit of hits) {
    let g = groups.get(hit.group);
    if (!g) groups.set(hit.group, (g = { group: hit.group, label: hit.groupLabel, hits: [] }));
    g.hits.push(hit);
  }
  return [...groups.values()];
}
