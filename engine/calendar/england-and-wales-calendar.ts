import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The default calendar: weekends plus the built-in England and Wales bank
 * holidays for 1995–2100 (weekends only outside those years).
 *
 * @example
 * englandAndWalesCalendar.isWorkingDay('2023-05-08'); // false (the Coronation)
 */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar();
