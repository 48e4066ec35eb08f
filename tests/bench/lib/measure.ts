/**
 * Timing helpers for in-process benchmarks. Each figure is measured several
 * times after a warm-up, and the harness reports the median with its spread.
 */
import { performance } from 'node:perf_hooks';
import { summarise, type Summary } from './stats.js';

/** Options for {@link sampleRate} and {@link sampleDuration}. */
export interface SampleOptions {
  /** Measured repetitions (default 11). */
  runs?: number;
  /** Unmeasured repetitions first, so the JIT has settled (default 2). */
  warmup?: number;
}

/** Keeps results alive so the optimiser cannot drop the work being timed. */
let sink: unknown;

/** Stops dead-code elimination of a benchmark's result. */
export function consume(value: unknown): void {
  sink = value;
}

/** The last consumed value (exported only so `sink` is observably used). */
export function lastConsumed(): unknown {
  return sink;
}

/**
 * Runs `batch` repeatedly and returns the summary of its rate in operations
 * per second, where one call of `batch` performs `operations` operations.
 *
 * @example
 * sampleRate(() => { for (const x of inputs) consume(f(x)); }, inputs.length);
 */
export function sampleRate(batch: () => void, operations: number, options: SampleOptions = {}): Summary {
  const runs = options.runs ?? 11;
  for (let i = 0; i < (options.warmup ?? 2); i += 1) batch();
  const rates: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    batch();
    const seconds = (performance.now() - start) / 1000;
    rates.push(operations / seconds);
  }
  return summarise(rates);
}

/**
 * Runs `work` repeatedly and returns the summary of how long it took in
 * milliseconds.
 *
 * @example
 * sampleDuration(() => parse(source), { runs: 7 });
 */
export function sampleDuration(work: () => void, options: SampleOptions = {}): Summary {
  const runs = options.runs ?? 11;
  for (let i = 0; i < (options.warmup ?? 2); i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return summarise(times);
}
