/**
 * The benchmark results file (`latest.json`): every row with the group that
 * produced it and when, and each group's running time, which the next run
 * uses for its estimate. Reading tolerates files written before the group
 * times were recorded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchRow } from './bench-row.js';

/** A row with the benchmark group (a key of the harness's groups) that produced it and when. */
export type StoredRow = BenchRow & { benchmark: string; measuredAt: string };

/** How long one group took, and when. */
export interface GroupTiming {
  durationMs: number;
  measuredAt: string;
}

/** The machine a run was measured on. */
export interface MachineInfo {
  cpus: number;
  model: string;
  node: string;
  loadAverageAtEnd: number[];
}

/** The whole file. */
export interface ResultsFile {
  startedAt: string;
  machine?: MachineInfo;
  /** Each group's duration, by group name; absent in files from before it was recorded. */
  groups?: Record<string, GroupTiming>;
  rows: StoredRow[];
}

/**
 * Reads a results file, or `undefined` when it is missing or unreadable
 * (a half-written or hand-mangled cache file just means no earlier figures).
 *
 * @example
 * readResults('tests/bench/results/latest.json')?.rows.length;
 */
export function readResults(file: string): ResultsFile | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ResultsFile>;
    const rows = Array.isArray(parsed.rows) ? parsed.rows.filter((row) => typeof row?.benchmark === 'string' && typeof row.measuredAt === 'string') : [];
    return { startedAt: String(parsed.startedAt ?? ''), ...(parsed.machine ? { machine: parsed.machine } : {}), groups: parsed.groups ?? {}, rows };
  } catch {
    return undefined;
  }
}

/**
 * Writes a results file, creating its folder.
 *
 * @example
 * writeResults('node_modules/.cache/common-ground-bench/latest.json', results);
 */
export function writeResults(file: string, results: ResultsFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
