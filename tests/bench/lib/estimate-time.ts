/**
 * How long the rest of a benchmark run will take, from each group's
 * duration in the previous run. Pure arithmetic, so the progress lines on
 * stderr can be tested without running a benchmark.
 */

/** The remaining time of a run: known milliseconds, and the groups with no earlier duration. */
export interface Remaining {
  /** Milliseconds still expected from the groups whose duration is known. */
  ms: number;
  /** Groups still to run (or running) that have never been timed. */
  unknown: string[];
}

/**
 * What remains when group `current` (an index into `groups`) has been
 * running for `elapsedMs`: the rest of its previous duration (never below
 * zero, as a group may run long this time) plus every later group's.
 *
 * @example
 * estimateRemaining(['calendar', 'site'], { calendar: 20_000, site: 240_000 }, 0, 5_000);
 * // { ms: 255_000, unknown: [] }
 */
export function estimateRemaining(
  groups: readonly string[],
  durations: Readonly<Record<string, number | undefined>>,
  current: number,
  elapsedMs = 0,
): Remaining {
  let ms = 0;
  const unknown: string[] = [];
  groups.forEach((group, index) => {
    if (index < current) return;
    const duration = durations[group];
    if (duration === undefined || !Number.isFinite(duration)) unknown.push(group);
    else ms += index === current ? Math.max(0, duration - elapsedMs) : duration;
  });
  return { ms, unknown };
}

/**
 * A duration for people, rounded as an estimate deserves: seconds to the
 * nearest 10 under a minute, then whole minutes, then hours and minutes.
 *
 * @example
 * formatDuration(4_000); // 'under 10 s'
 * formatDuration(42_000); // '40 s'
 * formatDuration(150_000); // '3 min'
 * formatDuration(4_000_000); // '1 h 7 min'
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return 'under 10 s';
  if (seconds < 55) return `${Math.round(seconds / 10) * 10} s`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h${minutes % 60 === 0 ? '' : ` ${minutes % 60} min`}`;
}

/**
 * The estimate in words, saying which groups have no estimate yet. `left`
 * words it as time remaining (the default), `in all` as a whole run's.
 *
 * @example
 * describeRemaining({ ms: 180_000, unknown: [] }); // 'about 3 min left'
 * describeRemaining({ ms: 180_000, unknown: [] }, 'in all'); // 'about 3 min in all'
 * describeRemaining({ ms: 0, unknown: [] }); // 'almost done'
 * describeRemaining({ ms: 0, unknown: ['site'] }); // 'no estimate yet for site'
 * describeRemaining({ ms: 60_000, unknown: ['site'] }); // 'about 1 min left, plus site: no estimate yet'
 */
export function describeRemaining(remaining: Remaining, wording: 'left' | 'in all' = 'left'): string {
  const names = remaining.unknown.join(', ');
  const about = remaining.ms >= 10_000 ? `about ${formatDuration(remaining.ms)}` : 'under 10 s';
  // Nothing left of a known estimate (the group runs long this time) is "almost done", not a figure.
  const known = remaining.ms > 0 ? `${about} ${wording}` : '';
  if (remaining.unknown.length === 0) return known || 'almost done';
  return known ? `${known}, plus ${names}: no estimate yet` : `no estimate yet for ${names}`;
}

/**
 * One progress line for stderr.
 *
 * @example
 * progressLine(['calendar', 'parse'], 1, { ms: 180_000, unknown: [] });
 * // 'bench [2/2] parse… (about 3 min left)'
 * progressLine(['site'], 0, { ms: 60_000, unknown: [] }, 'astro build 2 of 6');
 * // 'bench [1/1] site: astro build 2 of 6… (about 1 min left)'
 */
export function progressLine(groups: readonly string[], current: number, remaining: Remaining, step?: string): string {
  const name = groups[current] ?? '?';
  return `bench [${current + 1}/${groups.length}] ${name}${step ? `: ${step}` : ''}… (${describeRemaining(remaining)})`;
}
