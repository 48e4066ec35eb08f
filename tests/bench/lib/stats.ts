/**
 * Summary statistics for repeated measurements: the median and its spread,
 * because a single run on a shared 2-core machine says little.
 */

/** The median and spread of a set of samples. */
export interface Summary {
  /** How many samples. */
  n: number;
  median: number;
  /** Lower and upper quartiles (the interquartile range is q3 - q1). */
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** The value at fraction `p` (0..1) of sorted samples, interpolating linearly. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? Number.NaN;
  return a + (b - a) * (position - lower);
}

/**
 * Summarises samples.
 *
 * @example
 * summarise([3, 1, 2]).median; // 2
 */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * The summary of a figure measured once (a size, a count, a ratio of medians).
 *
 * @example
 * singleSummary(17_127_678).median; // 17127678
 */
export function singleSummary(value: number): Summary {
  return { n: 1, median: value, q1: value, q3: value, min: value, max: value };
}
