/**
 * The calendar-file builder, loaded when it is needed. Building an .ics
 * file needs the `ics` library and its schema checker, a quarter of the
 * deadline calculator's JavaScript; a web page that offers the file as a
 * download loads them only when someone asks for it, as a separate chunk.
 */
import type { BuildDeadlineCalendar } from './build-deadline-calendar.js';

/**
 * Loads {@link BuildDeadlineCalendar} (and the `ics` library) on first use.
 *
 * @example
 * const buildDeadlineCalendar = await loadDeadlineCalendarBuilder();
 * const ics = buildDeadlineCalendar(table, { now: new Date() });
 */
export async function loadDeadlineCalendarBuilder(): Promise<BuildDeadlineCalendar> {
  const module = await import('./build-deadline-calendar.js');
  return module.buildDeadlineCalendar;
}
