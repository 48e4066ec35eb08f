/**
 * The benchmark harness's command line: `--only group,group` and `--write`.
 */

/** What a run was asked to do. */
export interface BenchOptions {
  /** The groups to measure, in table order. */
  groups: string[];
  /** Update the committed results file instead of the git-ignored cache. */
  write: boolean;
}

/** A mistake on the harness's command line, with how to put it right. */
export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * Reads the harness's arguments against the known groups (in table order).
 *
 * @example
 * parseBenchOptions(['--only', 'site,calendar'], ['calendar', 'parse', 'site']);
 * // { groups: ['calendar', 'site'], write: false }
 * @throws {BenchUsageError} for an unknown group or option, or `--only` with nothing after it.
 */
export function parseBenchOptions(argv: readonly string[], known: readonly string[]): BenchOptions {
  const listed = `The groups are: ${known.join(', ')}.`;
  let only: string[] | undefined;
  let write = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--write') write = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[(i += 1)] : arg.slice('--only='.length);
      const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
      if (names.length === 0) throw new BenchUsageError('--only needs a comma-separated list of groups.', `For example: npm run bench -- --only calendar,parse. ${listed}`);
      const unknown = names.filter((name) => !known.includes(name));
      if (unknown.length > 0) throw new BenchUsageError(`Unknown benchmark group${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}.`, listed);
      only = [...(only ?? []), ...names];
    } else throw new BenchUsageError(`Unknown option "${arg}".`, 'The options are --only group,group and --write (update tests/bench/results/latest.json).');
  }
  return { groups: known.filter((name) => (only ? only.includes(name) : true)), write };
}
