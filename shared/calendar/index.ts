// The calendar of England and Wales: dates, bank holidays, working days.
export * from './dates.ts';
export { easterSunday } from './easter.ts';
export { bankHolidays, bankHolidayOn, type BankHoliday } from './bank-holidays.ts';
export { CHANGES_AS_OF, HOLIDAY_CHANGES, type HolidayChange } from './changes.ts';
export { addWorkingDays, countWorkingDays, isWorkingDay, nonWorkingWeekdays, type Closures, type NonWorkingWeekday } from './working-days.ts';
