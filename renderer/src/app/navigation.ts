// Places in the workspace: a screen, and optionally the point or field to show. Readiness
// problems link to a place, so the user goes straight to what needs doing.
export type ScreenName = 'overview' | 'statement' | 'findings' | 'ipReview' | 'panel' | 'evidence' | 'people' | 'documents';

export type EvidenceTab = 'documents' | 'interviews' | 'chronology';

export interface Place {
  screen: ScreenName;
  /** Findings: the point to open. */
  pointId?: string | undefined;
  /** Evidence: the tab to show and the item to open in it. */
  tab?: EvidenceTab | undefined;
  recordId?: string | undefined;
  /** An element id to focus once the screen is shown. */
  focusId?: string | undefined;
  /** A text field to focus once the screen is shown: its refKey (the field's data-text-ref). */
  focusText?: string | undefined;
}

export type Navigate = (place: Place) => void;

export const screenTitles: Record<ScreenName, string> = {
  overview: 'Overview',
  statement: 'Statement of Complaint',
  findings: 'Findings',
  ipReview: 'IP review',
  panel: 'Review panel',
  evidence: 'Evidence',
  people: 'People',
  documents: 'Documents',
};
