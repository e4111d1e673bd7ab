// The end of Stage 3: the Director's response to the panel's recommendations (Regulation 20:
// within 15 working days of the report, having considered it together with the Stage 2
// Independent Person, with written reasons for any departure from the panel). Readiness and
// the Overview read its progress from here; the panel report prints it once its date is recorded.
import type { PanelData, PanelRecommendationData } from '../interchange/schema.ts';

export const DIRECTOR_RESPONSE_LABELS = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
} as const satisfies Record<NonNullable<PanelRecommendationData['directorResponse']>, string>;

/** Whether the response departs from the panel's recommendation, so that reasons are owed. */
export function departsFromPanel(r: PanelRecommendationData): boolean {
  return r.directorResponse !== undefined && r.directorResponse !== 'accepted';
}

/** A departure from the panel with no written reasons. */
export function owesReasons(r: PanelRecommendationData): boolean {
  return departsFromPanel(r) && !r.directorReasons?.trim();
}

/** Whether recording the response has begun: its date, or a response to any recommendation. */
export function directorResponseBegun(panel: PanelData | undefined): boolean {
  return Boolean(panel?.directorResponseDate) || Boolean(panel?.recommendations.some((r) => r.directorResponse));
}

export interface DirectorResponseProgress {
  /** Panel recommendations with a response recorded, of all of them. */
  answered: number;
  total: number;
  /** Panel recommendations departed from without reasons. */
  withoutReasons: PanelRecommendationData[];
}

export function directorResponseProgress(panel: PanelData | undefined): DirectorResponseProgress {
  const recs = panel?.recommendations ?? [];
  return { answered: recs.filter((r) => r.directorResponse).length, total: recs.length, withoutReasons: recs.filter(owesReasons) };
}
