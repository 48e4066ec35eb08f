/**
 * The working-day calendar: England and Wales working days (weekends, bank
 * holidays, local closures, the GOV.UK feed) and London wall-clock time.
 * Pure: files are read by the caller and passed in as text.
 */
export { CalendarError, type CalendarErrorLocation } from './calendar-error.js';
export { addCalendarDays, isIsoDate, isRealDate, isWeekendDate, type IsoDate } from './iso-date.js';
export type { Holiday, NonWorkingDay, NonWorkingReason } from './holiday.js';
export { BANK_HOLIDAY_FIRST_YEAR, BANK_HOLIDAY_LAST_YEAR, englandAndWalesBankHolidays } from './bank-holidays.js';
export { parseClosureDays } from './closure-days.js';
export { parseGovUkFeed } from './gov-uk-feed.js';
export {
  GOV_UK_DIVISION,
  govUkFeedHolidays,
  type GovUkFeed,
  type GovUkFeedDivision,
  type GovUkFeedEvent,
  type GovUkFeedHolidays,
} from './gov-uk-feed-model.js';
export {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from './working-day-calendar.js';
export { englandAndWalesCalendar } from './england-and-wales-calendar.js';
export type { CalendarOption } from './calendar-option.js';
export { isWorkingDay } from './is-working-day.js';
export { addWorkingDays } from './add-working-days.js';
export { countWorkingDaysBetween } from './count-working-days-between.js';
export { nextWorkingDay } from './next-working-day.js';
export { previousWorkingDay } from './previous-working-day.js';
export { addWorkingDaysByDayLoop } from './add-working-days-by-day-loop.js';
export {
  LONDON,
  addElapsedHours,
  endOfDayInLondon,
  formatLondon,
  formatLondonDate,
  formatLondonFullDate,
  formatLondonIso,
  isLondonDateTime,
  formatLondonLongDate,
  londonDateOf,
  fromDate,
  londonWallClock,
  parseLondonDateTime,
  toIsoDate,
  toIsoWithOffset,
  type LondonTime,
  type LondonWallClock,
} from './london-time.js';
