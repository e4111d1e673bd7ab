// The words the app shows for the casefile's coded values, in British English.
import type { DocumentKind } from '../../../shared/api.ts';
import { DOCUMENT_NAMES, OUTCOME_LABELS } from '../../../shared/documents/context.ts';
import type { DeadlineStatus } from '../../../shared/deadlines/index.ts';
import type { CaseHeaderData, OutcomeValue, PersonData } from '../../../shared/interchange/schema.ts';

/** The documents' words for the outcomes, but a short "No finding" that fits a badge. */
export const outcomeLabels: Record<OutcomeValue, string> = { ...OUTCOME_LABELS, 'no-finding': 'No finding' };

export const personRoleLabels: Record<PersonData['role'], string> = {
  complainant: 'Complainant',
  child: 'Child',
  representative: 'Representative',
  advocate: 'Advocate',
  parent: 'Parent',
  carer: 'Carer',
  staff: 'Staff',
  'investigating-officer': 'Investigating Officer',
  'independent-person': 'Independent Person',
  'adjudicating-officer': 'Adjudicating officer',
  'panel-chair': 'Panel chair',
  'panel-member': 'Panel member',
  'complaints-manager': 'Complaints manager',
  other: 'Other',
};

/** The user's own part in the case (case.role). */
export const caseRoleLabels: Record<CaseHeaderData['role'], string> = {
  'investigating-officer': 'Investigating Officer',
  'independent-person': 'Independent Person',
  'panel-chair': 'Review panel chair',
  'panel-member': 'Review panel member',
  'adjudicating-officer': 'Adjudicating officer',
};

/** The documents' names as the documents and the CLI print them, so the app never calls one otherwise. */
export const documentLabels: Record<DocumentKind, string> = DOCUMENT_NAMES;

export const documentPurposes: Record<DocumentKind, string> = {
  statement: 'The numbered points agreed with the complainant, and the matters excluded.',
  'io-report': 'The investigation: evidence, analysis and a finding on every point.',
  'ip-report': "The Independent Person's view of the process and of each finding.",
  'adjudication-letter': 'The council’s decision on each point and its action plan.',
  'panel-report': 'The Stage 3 review panel’s view and recommendations.',
};

export const deadlineStatusLabels: Record<DeadlineStatus, string> = {
  'not-started': 'Not started',
  running: 'Running',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  met: 'Met',
  late: 'Met late',
};
