// Places in the workspace: a screen, and optionally the point or field to show. Readiness
// problems link to a place, so the user goes straight to what needs doing.
//
// The screens, in the order the navigation lists them (roughly the order of the work: the
// case and who is in it, the investigation, the reports and decisions, the documents), are
// listed here and nowhere else: add a screen by adding it to `screens` and `screenTitles`,
// and its component in Workspace.tsx.
export const screens = [
  'overview', 'case', 'complaint', 'people', 'statement', 'evidence', 'findings', 'ioReport', 'ipReview', 'adjudication', 'panel', 'documents',
] as const;
export type ScreenName = (typeof screens)[number];

export type EvidenceTab = 'documents' | 'interviews' | 'chronology';

export interface Place {
  screen: ScreenName;
  /** Findings: the point to open. */
  pointId?: string | undefined;
  /** People: the person whose card to open. */
  personId?: string | undefined;
  /** Evidence: the tab to show and the item to open in it. */
  tab?: EvidenceTab | undefined;
  recordId?: string | undefined;
  /** An element id to focus once the screen is shown. */
  focusId?: string | undefined;
  /** A text field to focus once the screen is shown: its refKey (the field's data-text-ref). */
  focusText?: string | undefined;
  /** Words to select in the field focused, the first found (a search hit's terms). */
  selectWords?: string[] | undefined;
}

export type Navigate = (place: Place) => void;

export const screenTitles: Record<ScreenName, string> = {
  overview: 'Overview',
  case: 'Case details',
  complaint: 'Complaint',
  people: 'People',
  statement: 'Statement of Complaint',
  evidence: 'Evidence',
  findings: 'Findings',
  ioReport: 'IO report',
  ipReview: 'IP review',
  adjudication: 'Adjudication',
  panel: 'Review panel',
  documents: 'Documents',
};
