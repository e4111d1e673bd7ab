// The fact-check round (domain.md: drafts of the IO report are normally sent to the council to
// check facts before the final version), its rules stated once for the screen, readiness and
// the report's appendix: when a comment is answered, when a round is closed, and where a
// comment is, in words.
import { formatDate } from '../calendar/dates.ts';
import type { CaseData, FactCheckCommentData, FactCheckRoundData } from '../interchange/schema.ts';
import { factCheckChapters, factCheckResponses } from '../interchange/schema.ts';

export { factCheckChapters, factCheckResponses };
export type FactCheckChapter = (typeof factCheckChapters)[number];
export type FactCheckResponse = (typeof factCheckResponses)[number];

/** Each part of the report a comment may be on, as the report heads it. */
export const CHAPTER_LABELS: Record<FactCheckChapter, string> = {
  summary: 'Summary of findings',
  introduction: 'Introduction',
  'desired-outcomes': 'Outcomes sought',
  methodology: 'How the investigation was carried out',
  'legal-framework': 'Law, guidance and policy',
  background: 'Background',
  chronology: 'Chronology',
  'out-of-scope': 'Matters outside this investigation',
  conclusion: 'Conclusions',
  recommendations: 'Recommendations',
  appendices: 'Appendices',
  other: 'Elsewhere in the report',
};

export const RESPONSE_LABELS: Record<FactCheckResponse, string> = {
  accepted: 'Accepted and changed',
  'not-accepted': 'Not accepted',
};

/** Why a comment is not yet answered, or undefined when it is: a response, with what was changed or the reason. */
export function unanswered(comment: FactCheckCommentData): string | undefined {
  if (!comment.response) return 'has no response';
  if (comment.response === 'accepted' && !comment.change?.trim()) return 'is accepted but what was changed is not recorded';
  if (comment.response === 'not-accepted' && !comment.reason?.trim()) return 'is not accepted but no reason is given';
  return undefined;
}

export const commentsOf = (c: CaseData, roundId: string): FactCheckCommentData[] =>
  (c.factCheck?.comments ?? []).filter((m) => m.roundId === roundId);

export type RoundState =
  /** Sent, no comments recorded and not closed: waiting for the council. */
  | 'awaiting'
  /** Comments recorded, at least one not answered. */
  | 'open'
  /** Every comment answered, or closed with none received. */
  | 'closed';

export function roundState(c: CaseData, round: FactCheckRoundData): RoundState {
  const comments = commentsOf(c, round.id);
  if (comments.length === 0) return round.closedDate ? 'closed' : 'awaiting';
  return comments.every((m) => !unanswered(m)) ? 'closed' : 'open';
}

export const ROUND_STATE_LABELS: Record<RoundState, string> = { awaiting: 'Waiting for comments', open: 'Comments to answer', closed: 'Closed' };

/** Whether a round with no comments may be closed on `today`: only once its comments are due. */
export const mayCloseWithoutComments = (c: CaseData, round: FactCheckRoundData, today: string): boolean =>
  commentsOf(c, round.id).length === 0 && !round.closedDate && today >= round.dueDate;

/** "round 1", by the round's place in the list. */
export function roundName(c: CaseData, roundId: string): string {
  const i = (c.factCheck?.rounds ?? []).findIndex((r) => r.id === roundId);
  return i < 0 ? 'fact-check round' : `fact-check round ${i + 1}`;
}

/** Where a comment is, in words: "point 2, paragraph 14", "Methodology, paragraph 7". */
export function commentWhere(c: CaseData, comment: FactCheckCommentData): string {
  const point = comment.pointId ? c.statement.points.find((p) => p.id === comment.pointId) : undefined;
  const part = point ? `point ${point.number}` : comment.chapter ? CHAPTER_LABELS[comment.chapter] : undefined;
  return part ? `${part}, paragraph ${comment.paragraph}` : `paragraph ${comment.paragraph}`;
}

/** "sent 3 March 2025 to Jo Bloggs, comments due 17 March 2025" */
export function roundSummary(round: FactCheckRoundData): string {
  return `sent ${formatDate(round.sentDate)} to ${round.sentTo}, comments due ${formatDate(round.dueDate)}`;
}

/** The rounds the IO report's appendix lists: those that ask for it (all, unless told otherwise). */
export const roundsInAppendix = (c: CaseData): FactCheckRoundData[] => (c.factCheck?.rounds ?? []).filter((r) => r.appendix !== false);
