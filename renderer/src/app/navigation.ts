// Places in the workspace: a screen, and optionally the point or field to show. Readiness
// problems link to a place, so the user goes straight to what needs doing.
// The screens, their titles and their shortcut keys are listed once, in shared/screens.ts
// (the Electron Help menu lists the same keys).
import type { ScreenName } from '../../../shared/screens.ts';
export { screens, screenTitles } from '../../../shared/screens.ts';
export type { ScreenName } from '../../../shared/screens.ts';

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
