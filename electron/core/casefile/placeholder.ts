// The case a new casefile starts with when nothing is imported: the smallest valid case,
// titled after the file, for the user to fill in.
import { FORMAT, type CaseData } from '../../../shared/interchange/schema.ts';

import { PLACEHOLDER_AUTHORITY } from '../../../shared/case-model/placeholder.ts';

export { PLACEHOLDER_AUTHORITY };

export function placeholderCase(title: string): CaseData {
  return {
    format: FORMAT,
    case: { title, procedure: 'england-children-act-1989', stage: 2, role: 'investigating-officer' },
    authority: { name: PLACEHOLDER_AUTHORITY },
    people: [],
    complaint: { complainantIds: [] },
    statement: { points: [] },
  };
}
