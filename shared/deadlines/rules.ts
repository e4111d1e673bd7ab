// The statutory clocks (docs/contracts/design.md section 4, a contract; docs/contracts/domain.md
// "The stages and their clocks"): which date starts each clock, how many working days it allows, which date ends it.
import type { CaseData } from '../interchange/schema.ts';

export const deadlineKeys = [
  'stage1.response', 'stage1.limit', 'stage2.response', 'stage2.limit',
  'stage3.request', 'stage3.panel', 'stage3.report', 'stage3.response',
] as const;
export type DeadlineKey = typeof deadlineKeys[number];

/** An event of the procedure, as a complainant would say it: "when ... was agreed". */
export interface ClockEvent {
  date: string | undefined;
  /** Where the casefile keeps the date: "statement.agreedDate". */
  field: string;
  /** "the Statement of Complaint was agreed" */
  past: string;
  /** "the Statement of Complaint is agreed" */
  future: string;
}

export interface ClockRule {
  key: DeadlineKey;
  label: string;
  workingDays: number;
  start: (c: CaseData) => ClockEvent;
  end: (c: CaseData) => ClockEvent;
}

const received = (c: CaseData): ClockEvent => ({ date: c.complaint.receivedDate, field: 'complaint.receivedDate', past: 'the complaint was received', future: 'the complaint is received' });
const stage1Sent = (c: CaseData): ClockEvent => ({ date: c.complaint.stage1ResponseDate, field: 'complaint.stage1ResponseDate', past: 'the Stage 1 response was sent', future: 'the Stage 1 response is sent' });
const stage2Requested = (c: CaseData): ClockEvent => ({ date: c.complaint.stage2RequestDate, field: 'complaint.stage2RequestDate', past: 'Stage 2 was requested', future: 'Stage 2 is requested' });
const statementAgreed = (c: CaseData): ClockEvent => ({ date: c.statement.agreedDate, field: 'statement.agreedDate', past: 'the Statement of Complaint was agreed', future: 'the Statement of Complaint is agreed' });
const adjudicated = (c: CaseData): ClockEvent => ({ date: c.adjudication?.date, field: 'adjudication.date', past: 'the adjudication letter was sent', future: 'the adjudication letter is sent' });
const stage3Requested = (c: CaseData): ClockEvent => ({ date: c.panel?.requestDate, field: 'panel.requestDate', past: 'the council received the request for a review panel', future: 'the council receives a request for a review panel' });
const panelMet = (c: CaseData): ClockEvent => ({ date: c.panel?.meetingDate, field: 'panel.meetingDate', past: 'the review panel met', future: 'the review panel meets' });
const panelReported = (c: CaseData): ClockEvent => ({ date: c.panel?.reportDate, field: 'panel.reportDate', past: 'the panel report was sent', future: 'the panel report is sent' });
const directorResponded = (c: CaseData): ClockEvent => ({ date: c.panel?.directorResponseDate, field: 'panel.directorResponseDate', past: 'the council responded to the panel', future: 'the council responds to the panel' });

/** The Stage 2 clock start: the agreed Statement of Complaint, or the request when the casefile says so. */
export function stage2ClockStart(c: CaseData): ClockEvent {
  return c.case.clockStart === 'stage2-request' ? stage2Requested(c) : statementAgreed(c);
}

export const STAGE2_RESPONSE_WD = 25;
export const STAGE2_LIMIT_WD = 65;

export const englandRules: readonly ClockRule[] = [
  { key: 'stage1.response', label: 'Stage 1 response', workingDays: 10, start: received, end: stage1Sent },
  { key: 'stage1.limit', label: 'Stage 1 response, complex case (latest)', workingDays: 20, start: received, end: stage1Sent },
  { key: 'stage2.response', label: 'Stage 2 response', workingDays: STAGE2_RESPONSE_WD, start: stage2ClockStart, end: adjudicated },
  { key: 'stage2.limit', label: 'Stage 2 response, latest with an extension', workingDays: STAGE2_LIMIT_WD, start: stage2ClockStart, end: adjudicated },
  { key: 'stage3.request', label: 'Request for a review panel (Stage 3)', workingDays: 20, start: adjudicated, end: stage3Requested },
  { key: 'stage3.panel', label: 'Review panel meeting', workingDays: 30, start: stage3Requested, end: panelMet },
  { key: 'stage3.report', label: 'Review panel report', workingDays: 5, start: panelMet, end: panelReported },
  { key: 'stage3.response', label: 'Council’s response to the panel', workingDays: 15, start: panelReported, end: directorResponded },
];

// Wales (Social Services Complaints Procedure (Wales) Regulations 2014 and the Welsh
// Government's guidance): Stage 1 is local resolution, in which the authority should discuss
// the complaint with the complainant within 10 working days of acknowledging it (the
// acknowledgement is due within 2 working days of receipt). The casefile records no
// acknowledgement date, so the clock runs from receipt: the earlier, safer date. There is no
// 20-day complex-case limit at Stage 1, no 65-day cap at Stage 2 and no Stage 3 (a complainant
// goes to the Public Services Ombudsman for Wales). Stage 2, the formal investigation, must
// be answered within 25 working days of the request for it, whatever clockStart says.
export const walesRules: readonly ClockRule[] = [
  { key: 'stage1.response', label: 'Stage 1 local resolution discussion', workingDays: 10, start: received, end: stage1Sent },
  { key: 'stage2.response', label: 'Stage 2 response', workingDays: STAGE2_RESPONSE_WD, start: stage2Requested, end: adjudicated },
];

export function rulesFor(c: CaseData): readonly ClockRule[] {
  return c.case.procedure === 'wales-2014' ? walesRules : englandRules;
}
