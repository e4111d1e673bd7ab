// Writing the review panel's own fields (the meeting, its members, the Director's response
// dates) from the Review panel screen and its Director's response part.
import type { PanelData } from '../../../shared/interchange/schema.ts';
import { saveSection } from '../app/session.ts';
import { patchedSection } from '../app/section-edit.ts';

type Meeting = Omit<PanelData, 'points' | 'recommendations'>;

/** Writes the meeting's fields, keeping what is recorded and leaving out what is empty. */
export function saveMeeting(patch: Partial<Meeting>): void {
  const next = patchedSection('panel', { ...patch, ...(patch.documents ? { documents: patch.documents.filter((d) => d.trim()) } : {}) }) as Meeting;
  // A chair who is no longer a member is dropped with them.
  if (next.chairId && !next.memberIds.includes(next.chairId)) delete next.chairId;
  void saveSection('panel', next);
}
