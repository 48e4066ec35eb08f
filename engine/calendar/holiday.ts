import type { IsoDate } from './iso-date.js';

/** A named day off: a bank holiday or a local closure day. */
export interface Holiday {
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** What it is called, for example `'Boxing Day (substitute day)'`. */
  readonly name: string;
}

/** Why a day is not a working day. */
export type NonWorkingReason = 'weekend' | 'bank-holiday' | 'closure';

/** A day a working-day count steps over, and why (for explaining a deadline). */
export interface NonWorkingDay {
  /** The day, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /**
   * Why it does not count. A bank holiday or closure that falls on a weekend
   * is reported as the holiday, since its name says more than "weekend".
   */
  readonly reason: NonWorkingReason;
  /** The holiday or closure name; absent for a plain weekend. */
  readonly name?: string;
}
