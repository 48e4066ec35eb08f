import { ProcessError } from './process-error.js';

// An ISO 8601 date-time that names its offset, so it means one instant
// whatever the host's time zone is.
const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether `value` is an ISO 8601 date-time with a UTC offset (or `Z`).
 *
 * @example
 * isInstant('2025-03-03T09:00:00+00:00'); // true
 * isInstant('2025-03-03T09:00'); // false: no offset
 */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && isoWithOffset.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Milliseconds since the Unix epoch for an ISO date-time with offset: the
 * number a `SimulatedClock` is set to. Throws `ProcessError` for anything else.
 *
 * @example
 * toEpochMs('1970-01-01T01:00:00+01:00'); // 0
 */
export function toEpochMs(at: string): number {
  if (!isInstant(at)) {
    throw new ProcessError(
      `"${at}" is not a date-time with an offset`,
      'Write event times like 2025-03-03T09:00:00+00:00 (ISO 8601 with the UTC offset).',
    );
  }
  return Date.parse(at);
}
