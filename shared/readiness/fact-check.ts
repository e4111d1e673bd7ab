// The fact-check round as readiness sees it: the final IO report is not ready while a round is
// open, that is while a comment received is not answered (accepted with what was changed, or
// not accepted with a reason), or while a round is still waiting for comments (close it with
// none received once they are due). Each problem names the comment, so the app goes to it.
import { formatDate } from '../calendar/dates.ts';
import { commentWhere, roundName, roundState, unanswered } from '../fact-check/index.ts';
import type { CaseData } from '../interchange/schema.ts';
import type { ReadinessProblem } from './index.ts';

export function factCheckProblems(data: CaseData): ReadinessProblem[] {
  const out: ReadinessProblem[] = [];
  const rounds = data.factCheck?.rounds ?? [];
  const comments = data.factCheck?.comments ?? [];
  for (const [i, round] of rounds.entries()) {
    const name = roundName(data, round.id);
    const state = roundState(data, round);
    if (round.dueDate < round.sentDate) {
      out.push({ severity: 'blocking', message: `comments are due (${formatDate(round.dueDate)}) before the draft was sent (${formatDate(round.sentDate)})`,
        path: `factCheck.rounds[${i}].dueDate`, place: name, documents: ['io-report'], recordId: round.id });
    }
    if (state === 'awaiting') {
      out.push({ severity: 'blocking',
        message: `the draft sent on ${formatDate(round.sentDate)} is waiting for comments, due by ${formatDate(round.dueDate)}: record the comments received, or close the round if none came`,
        path: `factCheck.rounds[${i}]`, place: name, documents: ['io-report'], recordId: round.id });
    }
  }
  for (const [i, comment] of comments.entries()) {
    const round = rounds.find((r) => r.id === comment.roundId);
    const why = unanswered(comment);
    if (!round || !why) continue;
    out.push({
      severity: 'blocking',
      message: `the comment ${why}`,
      path: `factCheck.comments[${i}].${comment.response ? (comment.response === 'accepted' ? 'change' : 'reason') : 'response'}`,
      place: `${roundName(data, round.id)}, ${commentWhere(data, comment)}`,
      documents: ['io-report'],
      recordId: comment.id,
      ...(comment.pointId ? { pointId: comment.pointId } : {}),
    });
  }
  return out;
}
