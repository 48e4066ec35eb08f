/** When a draft was saved, in the words the site writes times in (London time). */
import { formatLondonInWords, fromDate } from '../../../../engine/runtime.js';

/**
 * An ISO time as words, or '' when it is not a time.
 *
 * @example
 * draftTime('2026-11-20T10:42:00.000Z'); // 'Friday 20 November 2026, 10.42am'
 */
export function draftTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatLondonInWords(fromDate(date));
}
