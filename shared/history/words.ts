// The words of the history, composed here once for every place that shows it (the app's History
// disclosures and Overview, `impartial log`, the warning about an older copy).
import { MONTHS } from '../calendar/dates.ts';
import { ROLE_NAMES } from '../documents/context.ts';
import type { HistoryActor, HistoryEntry } from './entry.ts';

/** Field names in the user's words, where splitting the camel case is not enough. */
const FIELD_WORDS: Record<string, string> = {
  pointIds: 'points',
  sourceIds: 'sources',
  attendeeIds: 'attendees',
  memberIds: 'members',
  personId: 'person interviewed',
  chairId: 'chair',
  adjudicatorId: 'adjudicator',
  complainantIds: 'complainants',
  childIds: 'children',
  representativeIds: 'representatives',
  recommendationIds: 'recommendations',
  noRecommendationReason: 'reason for no recommendation',
  desiredOutcome: 'desired outcome',
  outOfScopeReason: 'reason out of scope',
  clockStart: 'clock start',
  closureDays: 'closure days',
  directorTitle: "Director's title",
  complaintsManager: 'complaints manager',
  stage1ResponseDate: 'Stage 1 response date',
  stage2RequestDate: 'Stage 2 request date',
  directorResponseDate: "Director's response date",
  legalFramework: 'legal framework',
  recommendationsComment: 'comment on the recommendations',
  meetingOffered: 'meeting offered',
  ref: 'reference',
};

/** "desiredOutcome" -> "desired outcome". */
export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "Jane Smith (Investigating Officer)", "the Investigating Officer", or "not recorded" for a change made before who was recorded. */
export function whoWords(who: HistoryActor | undefined): string {
  if (!who) return 'not recorded';
  const role = who.role ? ROLE_NAMES[who.role] : undefined;
  if (who.name) return role ? `${who.name} (${role})` : who.name;
  return role ? `the ${role}` : 'not recorded';
}

/** Who made a change, as a list of changes shows it: the start of the chained history was Impartial's own doing. */
export function entryWho(entry: Pick<HistoryEntry, 'action' | 'who'>): string {
  return entry.action === 'history-start' ? 'Impartial' : whoWords(entry.who);
}

/** The values a change shows, field by field: what it was and what it became (a record added
 *  has only "after", one removed only "before"). */
export function changedValues(entry: Pick<HistoryEntry, 'fields' | 'before' | 'after'>, nameOf: (id: string) => string | undefined = () => undefined): Array<{ field: string; before?: string; after?: string }> {
  const fields = entry.fields ?? Object.keys(entry.after ?? entry.before ?? {});
  // Ids mean nothing to a reader: a field holding them says what they stand for, where known.
  const words = (field: string, value: unknown) => {
    if (!/Ids?$/.test(field)) return valueWords(value);
    const name = (id: unknown) => (typeof id === 'string' ? nameOf(id) ?? id : id);
    return valueWords(Array.isArray(value) ? value.map(name) : name(value));
  };
  return fields.map((field) => ({
    field: fieldWords(field),
    ...(entry.before ? { before: words(field, entry.before[field]) } : {}),
    ...(entry.after ? { after: words(field, entry.after[field]) } : {}),
  }));
}

/** The words of a change to one record or section, stored with the row: "updated finding on point 2: analysis". */
export function describeChange(verb: 'added' | 'updated' | 'removed', record: string, fields: readonly string[] = []): string {
  return verb === 'updated' && fields.length > 0 ? `updated ${record}: ${fields.map(fieldWords).join(', ')}` : `${verb} ${record}`;
}

/** A value as the history shows it: text as it is, a list joined, nothing as "(empty)". */
export function valueWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((v) => (typeof v === 'string' ? v : valueWords(v))).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // An evidence item's file: its name and size say which file it was.
    if (typeof o.fileName === 'string' && typeof o.size === 'number') return `${o.fileName}, ${o.size} bytes`;
    const parts = Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => `${fieldWords(k)}: ${valueWords(v)}`);
    return parts.length > 0 ? parts.join('; ') : '(empty)';
  }
  return String(value);
}

/** The changes made after `seq`, said for a casefile older than the copy seen here. */
export function missingChangesWords(count: number, after: string | undefined, formatTime: (iso: string) => string): string {
  const changes = count === 1 ? '1 change' : `${count} changes`;
  return after ? `${changes} made after ${formatTime(after)} ${count === 1 ? 'is' : 'are'} missing` : `${changes} ${count === 1 ? 'is' : 'are'} missing`;
}

/** "3 March 2026 14:02", in the local time where the code runs. */
export function timeWords(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const hh = String(at.getHours()).padStart(2, '0');
  const mm = String(at.getMinutes()).padStart(2, '0');
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()} ${hh}:${mm}`;
}
