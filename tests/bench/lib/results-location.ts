/**
 * Where a benchmark run writes its results and where it looks for earlier
 * ones. The committed `tests/bench/results/latest.json` changes only with
 * `--write`, so an ordinary run leaves the git tree clean; otherwise the
 * results go to a git-ignored cache beside the harness's own bundle.
 */
import { join } from 'node:path';

/** The files a run reads and writes. */
export interface ResultsLocation {
  /** Where this run's results go. */
  writeTo: string;
  /** Earlier results, most likely newest first; every one is read. */
  readFrom: string[];
  /** The committed file, for the closing message. */
  committed: string;
  /** The git-ignored file, for the closing message. */
  cache: string;
}

/**
 * The results files for a run in project `root`.
 *
 * @example
 * resultsLocation('/repo', { write: false }).writeTo;
 * // '/repo/node_modules/.cache/common-ground-bench/latest.json'
 */
export function resultsLocation(root: string, options: { write: boolean }): ResultsLocation {
  const committed = join(root, 'tests', 'bench', 'results', 'latest.json');
  const cache = join(root, 'node_modules', '.cache', 'common-ground-bench', 'latest.json');
  return { writeTo: options.write ? committed : cache, readFrom: [cache, committed], committed, cache };
}
