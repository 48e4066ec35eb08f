/**
 * Whether a deadline in a computed table rests on a time that was assumed
 * rather than given: the rule the terminal table and the web calculator both
 * use to mark a due time with an asterisk.
 */
import type { DeadlineCheck, StageDeadlines } from './deadline-table.js';

/**
 * True when the term that gave the check its time counts from an event whose
 * time was assumed at its latest permitted moment. A deadline pulled forward
 * by a cap on a given time (a safety deadline, the 13 working days from
 * raised) is exact, so it is not marked.
 *
 * @example
 * isCheckAssumed(table.stages[4]!, table.stages[4]!.checks[0]!); // true while the stage 4 discussion is assumed
 */
export function isCheckAssumed(stage: Pick<StageDeadlines, 'from'>, check: Pick<DeadlineCheck, 'countedFrom'>): boolean {
  return stage.from.some((item) => item.assumed && check.countedFrom.includes(item.event));
}
