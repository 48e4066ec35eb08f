/**
 * A span of simulated time written by an author in an `after` attribute, as
 * plain data. Parts add up: calendar parts (weeks, days, working days) move the
 * day and keep the London wall-clock time; hours and minutes are elapsed time.
 */
export interface Duration {
  /** A tidy spelling of the duration, e.g. `1 day 2 hours`. */
  text: string;
  /** Calendar weeks (7 calendar days each), same local time. */
  weeks: number;
  /** Calendar days, same local time. */
  days: number;
  /** Working days (weekends and bank holidays skipped), same local time. */
  workingDays: number;
  /** Elapsed hours. */
  hours: number;
  /** Elapsed minutes. */
  minutes: number;
  /**
   * For `next working day at HH:mm`: the London time on the next working day
   * after today. When set, every other part is zero.
   */
  nextWorkingDayAt?: string;
}
