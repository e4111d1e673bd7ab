// The statutory clocks of a casefile: every stage's deadline, explained.
export { computeDeadlines, deadlineOf, deadlineStatuses, DUE_SOON_WD, statusInWords, type Deadline, type DeadlineOptions, type DeadlineStatus } from './compute.ts';
export { deadlineKeys, englandRules, walesRules, rulesFor, stage2ClockStart, STAGE2_LIMIT_WD, STAGE2_RESPONSE_WD, type ClockRule, type DeadlineKey } from './rules.ts';
export { stage2Limit, validateExtension } from './extension.ts';
export { describeSkipped, listInWords } from './explain.ts';
export { factCheckDueDate, FACT_CHECK_WD } from './fact-check.ts';
