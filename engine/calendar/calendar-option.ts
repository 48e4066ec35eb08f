import type { WorkingDayCalendar } from './working-day-calendar.js';

/** The options every free calendar function takes. */
export interface CalendarOption {
  /** The calendar to use; England and Wales when absent. */
  readonly calendar?: WorkingDayCalendar;
}
