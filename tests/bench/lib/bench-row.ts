/**
 * One line of the benchmark table: a figure, its median and spread, the
 * baseline measured in the same run, and the target it is judged against.
 */
import type { Summary } from './stats.js';

/** Whether a figure met its target. `report` figures have no target. */
export type BenchStatus = 'met' | 'missed' | 'report' | 'skipped';

/** A measured figure. */
export interface BenchRow {
  /** Which benchmark group it belongs to (e.g. `calendar`). */
  group: string;
  /** What was measured, in words. */
  figure: string;
  /** The unit of `summary` (e.g. `calls/s`, `ms`, `bytes`). */
  unit: string;
  /** Median and spread; absent for a skipped figure. */
  summary?: Summary;
  /** What it is compared with in the same run, and that baseline's figures. */
  baseline?: { label: string; unit: string; summary: Summary };
  /** A ratio worth reading beside the figure (e.g. "38x faster than the loop"). */
  ratio?: { value: number; label: string };
  /** The target in words (e.g. ">= 1,000,000 calls/s"). */
  target?: string;
  status: BenchStatus;
  /** Why it was skipped, or anything else a reader needs. */
  note?: string;
}

/**
 * Judges a figure against a threshold.
 *
 * @example
 * judge(1_200_000, '>=', 1_000_000); // 'met'
 */
export function judge(value: number, comparison: '>=' | '<=' | '<', threshold: number): BenchStatus {
  if (!Number.isFinite(value)) return 'missed';
  if (comparison === '>=') return value >= threshold ? 'met' : 'missed';
  if (comparison === '<=') return value <= threshold ? 'met' : 'missed';
  return value < threshold ? 'met' : 'missed';
}

/** Both met → met; any missed → missed. */
export function allMet(...statuses: BenchStatus[]): BenchStatus {
  if (statuses.includes('skipped')) return 'skipped';
  return statuses.every((status) => status === 'met') ? 'met' : 'missed';
}

/**
 * A row for a figure that could not be measured, with the reason.
 *
 * @example
 * skippedRow('cli', 'CLI cold start', 'ms', 'the play command is not built yet');
 */
export function skippedRow(group: string, figure: string, unit: string, note: string, target?: string): BenchRow {
  return { group, figure, unit, status: 'skipped', note, ...(target ? { target } : {}) };
}
