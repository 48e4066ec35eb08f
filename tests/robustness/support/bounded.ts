/**
 * Keeps each fuzz input bounded in time: a parser that takes longer than a
 * generous cap on one small input is treated as hanging. The cap is far
 * above normal so a loaded CI machine does not make it flaky; a real
 * catastrophic-backtracking or quadratic blow-up still trips it.
 */
import { performance } from 'node:perf_hooks';

/** Most milliseconds any single fuzz input may take. */
export const PER_INPUT_CAP_MS = 5_000;

/**
 * Runs `work`, throwing if it took longer than `capMs`.
 *
 * @example
 * const result = bounded(() => parseCaseFile(text, 'x.case.yaml'));
 */
export function bounded<T>(work: () => T, capMs = PER_INPUT_CAP_MS): T {
  const start = performance.now();
  const result = work();
  const elapsed = performance.now() - start;
  if (elapsed > capMs) throw new Error(`One input took ${Math.round(elapsed)} ms (cap ${capMs} ms): treat as a hang.`);
  return result;
}

/** Async form of {@link bounded}. */
export async function boundedAsync<T>(work: () => Promise<T>, capMs = PER_INPUT_CAP_MS): Promise<T> {
  const start = performance.now();
  const result = await work();
  const elapsed = performance.now() - start;
  if (elapsed > capMs) throw new Error(`One input took ${Math.round(elapsed)} ms (cap ${capMs} ms): treat as a hang.`);
  return result;
}
