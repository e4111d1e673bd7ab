// An extension of the Stage 2 clock (docs/contracts/design.md section 4): agreed with a reason, and never
// beyond the limit of 65 working days from the clock start (England). Wales has no such cap.
import type { CaseData } from '../interchange/schema.ts';
import type { InterchangeIssue } from '../interchange/parse.ts';
import { formatDate, isIsoDate } from '../calendar/dates.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import { STAGE2_LIMIT_WD, stage2ClockStart } from './rules.ts';

/** The latest date the Stage 2 response may be extended to, or undefined when it cannot be known yet. */
export function stage2Limit(c: CaseData): string | undefined {
  if (c.case.procedure === 'wales-2014') return undefined;
  const start = stage2ClockStart(c).date;
  if (start === undefined || !isIsoDate(start)) return undefined;
  return addWorkingDays(start, STAGE2_LIMIT_WD, c.authority.closureDays ?? []);
}

/** The problems with the casefile's extension, at path `extension.newDeadline`; empty when it is fine. */
export function validateExtension(c: CaseData): InterchangeIssue[] {
  const newDeadline = c.extension?.newDeadline;
  if (newDeadline === undefined || !isIsoDate(newDeadline)) return [];
  if ((c.authority.closureDays ?? []).some((d) => !isIsoDate(d))) return []; // reported by the schema
  const start = stage2ClockStart(c);
  if (start.date === undefined || !isIsoDate(start.date)) return [];
  const path = 'extension.newDeadline';
  if (newDeadline <= start.date) {
    return [{ path, message: `${formatDate(newDeadline)} is not after the Stage 2 clock start (${formatDate(start.date)}, when ${start.past})` }];
  }
  const limit = stage2Limit(c);
  if (limit !== undefined && newDeadline > limit) {
    return [{
      path,
      message: `${formatDate(newDeadline)} is beyond the Stage 2 limit of ${STAGE2_LIMIT_WD} working days, ${formatDate(limit)} (from ${formatDate(start.date)}, when ${start.past}); an extension cannot go past it`,
    }];
  }
  return [];
}
