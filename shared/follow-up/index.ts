// What follows the decisions: the action plan tracked to completion, the payment in the remedy,
// the Director's response to the review panel, and who may sit on the panel.
export { ACTION_DECISION_LABELS, actionOwesReasons, actionState, trackActionPlan, type ActionPlanProgress, type ActionState, type TrackedAction } from './action-plan.ts';
export {
  DIRECTOR_RESPONSE_LABELS, departsFromPanel, directorResponseBegun, directorResponseProgress, owesReasons, type DirectorResponseProgress,
} from './director-response.ts';
export { IP_MAY_NOT_SIT, panelMembershipRefusal } from './panel-membership.ts';
export { formatPounds, parsePounds } from './payment.ts';
