// When a fact-check round's comments are due: a number of working days from sending, counted by
// the one clock (shared/calendar), with the authority's closure days. Not a statutory deadline
// (no Regulation sets it, and `impartial deadlines` lists only those): councils usually ask for
// comments within two weeks, so ten working days is offered, and the user may enter another date.
import type { CaseData } from '../interchange/schema.ts';
import type { IsoDate } from '../calendar/dates.ts';
import { addWorkingDays } from '../calendar/working-days.ts';

export const FACT_CHECK_WD = 10;

/** The date comments on a draft sent on `sentDate` are due by default. */
export function factCheckDueDate(c: CaseData, sentDate: IsoDate): IsoDate {
  return addWorkingDays(sentDate, FACT_CHECK_WD, c.authority.closureDays ?? []);
}
