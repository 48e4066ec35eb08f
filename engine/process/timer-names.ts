/**
 * Names shared by the machine and its shells for deadline timers.
 */

/** Prefix of the id of each deadline timer; the check id follows, e.g. `deadline:1.limit`. */
export const DEADLINE_TIMER_PREFIX = 'deadline:';

/**
 * The name of the delay that times check `checkId`, as listed in the
 * machine's `setup({ delays })`.
 *
 * @example
 * dueDelayName('5.referral'); // 'due:5.referral'
 */
export function dueDelayName(checkId: string): string {
  return `due:${checkId}`;
}
