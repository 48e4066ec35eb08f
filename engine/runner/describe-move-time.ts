/**
 * How long a move took, in words, for the feedback after it. A choice's
 * time is never shown before it is made (it would mark the slow ones as
 * mistakes), so this is where the learner learns it.
 */
import type { HistoryEntry } from './session-view.js';

/**
 * One sentence on the time a move took and the clock after it; a move to
 * the next working day "took until 09:00 on the next working day".
 *
 * @example
 * describeMoveTime(entry); // 'That took 1 day 18h 45m. It is now Thu 18 Mar 2027, 10:00.'
 */
export function describeMoveTime(entry: Pick<HistoryEntry, 'tookText' | 'beforeLabel' | 'afterLabel'>): string {
  if (entry.beforeLabel === entry.afterLabel) return `No time passed: it is still ${entry.afterLabel}.`;
  // "It is now" rather than "from … to …": the scene entered may add its own events' time.
  return `${entry.tookText === undefined ? 'Time moved on.' : `That took ${entry.tookText}.`} It is now ${entry.afterLabel}.`;
}
