// A person's parts in the complaint (complaint.complainantIds, childIds, representativeIds), as
// the People screen shows them and as adding someone with one of those roles sets them.
import type { ComplaintData, PersonData } from '../../../../shared/interchange/schema.ts';

export type ComplaintPart = 'complainantIds' | 'childIds' | 'representativeIds';

export const partLabels: Record<ComplaintPart, string> = {
  complainantIds: 'Complainant',
  childIds: 'Child in the complaint',
  representativeIds: 'Representative',
};

export function complaintPartsOf(complaint: ComplaintData, personId: string): ComplaintPart[] {
  return (['complainantIds', 'childIds', 'representativeIds'] as const).filter((k) => complaint[k]?.includes(personId));
}

/** The part of the complaint a person added with this role takes: the complainant, the child or the representative. */
export function partForRole(role: PersonData['role']): ComplaintPart | undefined {
  switch (role) {
    case 'complainant': return 'complainantIds';
    case 'child': return 'childIds';
    case 'representative': return 'representativeIds';
    default: return undefined;
  }
}
