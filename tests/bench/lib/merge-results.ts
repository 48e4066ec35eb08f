/**
 * Which rows a run prints and stores: the groups it measured, and for every
 * other group the most recent figures from the earlier results files (the
 * git-ignored cache and the committed file), marked as kept.
 */
import type { GroupTiming, ResultsFile, StoredRow } from './results-file.js';

/** A row as the table shows it: measured in this run, or kept from an earlier one. */
export type MarkedRow = StoredRow & { kept: boolean };

/** When `file` last measured `group`: its recorded timing, else its newest row; '' when never. */
function measuredAt(file: ResultsFile, group: string): string {
  const timing = file.groups?.[group]?.measuredAt;
  if (timing) return timing;
  return file.rows.filter((row) => row.benchmark === group).reduce((newest, row) => (row.measuredAt > newest ? row.measuredAt : newest), '');
}

/**
 * The earlier file with the most recent figures for `group`, or undefined.
 * ISO timestamps compare as strings; on a tie the first file wins.
 *
 * @example
 * newestSource([cache, committed], 'site'); // whichever measured the site last
 */
export function newestSource(files: readonly (ResultsFile | undefined)[], group: string): ResultsFile | undefined {
  let best: ResultsFile | undefined;
  let bestAt = '';
  for (const file of files) {
    if (!file) continue;
    const at = measuredAt(file, group);
    if (at > bestAt) {
      best = file;
      bestAt = at;
    }
  }
  return best;
}

/**
 * Each group's most recent recorded duration, for the estimate.
 *
 * @example
 * previousDurations([cache, committed], ['calendar', 'site']); // { calendar: 21000, site: undefined }
 */
export function previousDurations(files: readonly (ResultsFile | undefined)[], groups: readonly string[]): Record<string, number | undefined> {
  const durations: Record<string, number | undefined> = {};
  for (const group of groups) {
    const withTiming = files.filter((file): file is ResultsFile => file?.groups?.[group] !== undefined);
    durations[group] = newestSource(withTiming, group)?.groups?.[group]?.durationMs;
  }
  return durations;
}

/** Options for {@link mergeResults}. */
export interface MergeOptions {
  /** Every group, in table order. */
  order: readonly string[];
  /** The groups this run measured. */
  measuredGroups: readonly string[];
  /** This run's rows and group timings. */
  rows: readonly StoredRow[];
  groups: Readonly<Record<string, GroupTiming>>;
  /** Earlier results files. */
  previous: readonly (ResultsFile | undefined)[];
}

/**
 * This run's rows (new) and, for each group it did not measure, the most
 * recent earlier rows (kept), in table order; and the group timings to store.
 * Rows of groups the harness no longer has are dropped.
 *
 * @example
 * mergeResults({ order: ['calendar', 'site'], measuredGroups: ['calendar'], rows, groups, previous: [cache, committed] });
 */
export function mergeResults(options: MergeOptions): { rows: MarkedRow[]; groups: Record<string, GroupTiming> } {
  const rows: MarkedRow[] = [];
  const groups: Record<string, GroupTiming> = {};
  for (const group of options.order) {
    if (options.measuredGroups.includes(group)) {
      rows.push(...options.rows.filter((row) => row.benchmark === group).map((row) => ({ ...row, kept: false })));
      const timing = options.groups[group];
      if (timing) groups[group] = timing;
      continue;
    }
    const source = newestSource(options.previous, group);
    if (!source) continue;
    rows.push(...source.rows.filter((row) => row.benchmark === group).map((row) => ({ ...row, kept: true })));
    const timing = source.groups?.[group];
    if (timing) groups[group] = timing;
  }
  return { rows, groups };
}
