// Dates as British readers expect them ("Monday 9 December 2024"), from the shared calendar
// so the app and the documents say the same thing. A value that is not a date is shown as
// it is rather than breaking the screen.
import { formatDate, formatLongDate, isIsoDate, todayIso } from '../../../shared/calendar/dates.ts';

export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return isIsoDate(iso) ? formatLongDate(iso) : iso;
}

export function mediumDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return isIsoDate(iso) ? formatDate(iso) : iso;
}

export { todayIso };
