// Who may sit on the Stage 3 review panel. Regulation 19 of the 2006 Regulations: the
// Independent Person of Stage 2 may not. The Panel screen refuses them at the checkbox and
// readiness blocks the panel report if a file names them anyway, in the same words.
import type { PersonData } from '../interchange/schema.ts';

export const IP_MAY_NOT_SIT = 'the Stage 2 Independent Person may not sit on the review panel (Regulation 19)';

/** Why this person may not be a panel member, or undefined when they may. */
export function panelMembershipRefusal(person: Pick<PersonData, 'role'> | undefined): string | undefined {
  return person?.role === 'independent-person' ? IP_MAY_NOT_SIT : undefined;
}
