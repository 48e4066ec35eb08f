/**
 * Reads the time of an event as given by a caller: an ISO 8601 string (with
 * an offset, or without one meaning Europe/London local time) or a Date, in
 * the years the bank-holiday calendar covers.
 */
import { checkCalendarYear } from '../calendar/check-london-date-time.js';
import { parseLondonDateTime, type LondonTime } from '../calendar/london-time.js';
import { ProtocolError } from './protocol-error.js';

/** An event time as callers give it. */
export type EventTimeInput = string | Date;

/**
 * Parses one event time into a moment (read in Europe/London), naming the event in
 * any error and tagging the error with the event's name.
 *
 * @throws {ProtocolError} for an impossible or unreadable time, or one
 * outside the years of the bank-holiday calendar (whose working days would
 * otherwise count weekends only).
 * @example
 * toIsoWithOffset(parseEventTime('2026-03-27T09:00', 'Disagreement raised', 'raised')); // '2026-03-27T09:00:00.000+00:00'
 */
export function parseEventTime(value: EventTimeInput, label: string, event: string): LondonTime {
  const time = readEventTime(value, label, event);
  const problem = checkCalendarYear(time, `The time given for "${label}" (${value instanceof Date ? value.toISOString() : value})`);
  if (problem) throw ProtocolError.aboutInput(event, problem.message, problem.hint);
  return time;
}

function readEventTime(value: EventTimeInput, label: string, event: string): LondonTime {
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) {
      throw ProtocolError.aboutInput(event, `The time given for "${label}" is not a valid date.`, 'Pass a real Date or an ISO 8601 string.');
    }
    return time;
  }
  try {
    return parseLondonDateTime(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      error instanceof Error && 'hint' in error && typeof error.hint === 'string'
        ? error.hint
        : 'Write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-22T10:00 (London time), or with an offset such as +01:00.';
    throw ProtocolError.aboutInput(event, `The time given for "${label}" (${value}) cannot be used: ${reason}`, hint);
  }
}
