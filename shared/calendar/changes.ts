// The moves and one-off bank holidays of England and Wales that no rule predicts, each with the
// instrument that made it. Under the Banking and Financial Dealings Act 1971, s.1(2)-(3), the
// Crown may by Royal Proclamation move a bank holiday or appoint an extra one; the Government
// announces these on GOV.UK (https://www.gov.uk/bank-holidays) weeks to years ahead, once
// (the 2022 state funeral) only nine days ahead.
//
// To update: copy the "england-and-wales" part of https://www.gov.uk/bank-holidays.json into
// tests/fixtures/bank-holidays-england-wales-govuk.json (tests/fixtures/README.md says where it
// came from), run tests/unit/clock/bank-holidays.test.ts, add a row here for any day it finds
// missing or moved, with its source, and move CHANGES_AS_OF to the last day of the last year
// the list covers. Deadlines due after CHANGES_AS_OF are shown as provisional.
import type { IsoDate } from './dates.ts';

/**
 * The last day up to which the rules plus this table are known to give exactly the official
 * list: GOV.UK's bank holidays of England and Wales, as copied by ministryofjustice/
 * govuk-bank-holidays at commit 4a2b76d5be92948e6cdf1949a82e9084be506a9e (25 February 2026),
 * which runs from 2 January 2012 to 26 December 2028 and agrees with us on every day of it
 * (tests/unit/clock/bank-holidays.test.ts). Beyond that day the official list says nothing
 * yet, so a deadline after it is provisional: a holiday no rule predicts may still be added.
 */
export const CHANGES_AS_OF: IsoDate = '2028-12-31';

export interface HolidayChange {
  /** The bank holiday that the instrument creates (a move's new date, or a one-off day). */
  date: IsoDate;
  name: string;
  /** For a move: the date the rule would have given, which is then an ordinary working day. */
  replaces?: IsoDate;
  source: string;
}

const PROCLAMATION = 'Royal Proclamation under the Banking and Financial Dealings Act 1971, s.1';

export const HOLIDAY_CHANGES: readonly HolidayChange[] = [
  { date: '1981-07-29', name: 'Royal wedding bank holiday', source: `${PROCLAMATION}(3): wedding of the Prince of Wales and Lady Diana Spencer` },
  { date: '1995-05-08', replaces: '1995-05-01', name: 'Early May bank holiday (VE day)', source: `${PROCLAMATION}(2): moved for the 50th anniversary of VE Day` },
  { date: '1999-12-31', name: 'Millennium bank holiday', source: `${PROCLAMATION}(3): the millennium` },
  { date: '2002-06-04', replaces: '2002-05-27', name: 'Spring bank holiday', source: `${PROCLAMATION}(2): moved for the Golden Jubilee` },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday', source: `${PROCLAMATION}(3): the Golden Jubilee of Queen Elizabeth II` },
  { date: '2011-04-29', name: 'Royal wedding', source: `${PROCLAMATION}(3): wedding of Prince William and Catherine Middleton; GOV.UK bank holidays list` },
  { date: '2012-06-04', replaces: '2012-05-28', name: 'Spring bank holiday', source: `${PROCLAMATION}(2): moved for the Diamond Jubilee; GOV.UK bank holidays list` },
  { date: '2012-06-05', name: 'Queen’s Diamond Jubilee', source: `${PROCLAMATION}(3): the Diamond Jubilee of Queen Elizabeth II; GOV.UK bank holidays list` },
  { date: '2020-05-08', replaces: '2020-05-04', name: 'Early May bank holiday (VE day)', source: `${PROCLAMATION}(2): moved to Friday 8 May for the 75th anniversary of VE Day, announced June 2019; GOV.UK bank holidays list` },
  { date: '2022-06-02', replaces: '2022-05-30', name: 'Spring bank holiday', source: `${PROCLAMATION}(2): moved to Thursday 2 June for the Platinum Jubilee; GOV.UK bank holidays list` },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday', source: `${PROCLAMATION}(3): the Platinum Jubilee of Queen Elizabeth II; GOV.UK bank holidays list` },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', source: `${PROCLAMATION}(3), made 12 September 2022, announced 10 September 2022; GOV.UK bank holidays list` },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', source: `${PROCLAMATION}(3): the coronation, announced November 2022; GOV.UK bank holidays list` },
];
