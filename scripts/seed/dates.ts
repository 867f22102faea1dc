/** The demo's dates: business dates counted from the business calendar's today (as the gateway stamps it). */
import { addDays, type BusinessCalendar, type BusinessDate } from '@chainlift/domain';
import { calendarOf, loadConfig } from '@chainlift/platform';

/** The business date `days` from today (negative: ago). */
export const seedDay = (
  days: number,
  calendar: BusinessCalendar = calendarOf(loadConfig()),
): BusinessDate => addDays(calendar.today(), days);
