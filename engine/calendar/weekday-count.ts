import type { DayNumber } from './iso-date.js';

// Shift so that Monday is 0 mod 7: day 0 (1970-01-01) was a Thursday.
const MONDAY_SHIFT = 3;

/**
 * How many Mondays-to-Fridays come before day `x` (a running total with an
 * arbitrary but fixed origin), so the weekdays in `[a, b)` are
 * `weekdaysBefore(b) - weekdaysBefore(a)`. O(1) integer arithmetic.
 *
 * @example
 * // Monday 2026-12-28 to Monday 2027-01-04 holds five weekdays.
 * weekdaysBefore(20822) - weekdaysBefore(20815); // 5
 */
export function weekdaysBefore(x: DayNumber): number {
  const s = x + MONDAY_SHIFT;
  const week = Math.floor(s / 7);
  return 5 * week + Math.min(s - 7 * week, 5);
}

/**
 * The weekday `w` with `weekdaysBefore(w + 1) === t`, that is the weekday at
 * running position `t` (inverse of {@link weekdaysBefore} on weekdays).
 *
 * @example
 * const monday = 20808; // 2026-12-21
 * weekdayAt(weekdaysBefore(monday) + 1) === monday; // true
 */
export function weekdayAt(t: number): DayNumber {
  const w = t - 1;
  const week = Math.floor(w / 5);
  return 7 * week + (w - 5 * week) - MONDAY_SHIFT;
}
