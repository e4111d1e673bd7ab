// Places in the workspace: a screen, and optionally the point or field to show. Readiness
// problems link to a place, so the user goes straight to what needs doing.
export type ScreenName = 'overview' | 'statement' | 'findings' | 'ipReview' | 'adjudication' | 'panel' | 'evidence' | 'people' | 'documents';

export interface Place {
  screen: ScreenName;
  /** Findings: the point to open. */
  pointId?: string | undefined;
  /** An element id to focus once the screen is shown. */
  focusId?: string | undefined;
}

export type Navigate = (place: Place) => void;

export const screenTitles: Record<ScreenName, string> = {
  overview: 'Overview',
  statement: 'Statement of Complaint',
  findings: 'Findings',
  ipReview: 'IP review',
  adjudication: 'Adjudication',
  panel: 'Review panel',
  evidence: 'Evidence',
  people: 'People',
  documents: 'Documents',
};
