/**
 * The benchmark harness: runs every benchmark group (or `--only group,group`),
 * prints one table and saves the results. Progress and an estimate of the
 * time left go to stderr, from each group's duration in the previous run.
 * Results go to a git-ignored cache unless `--write` asks for the committed
 * `tests/bench/results/latest.json` (tests/bench/lib/results-location.ts).
 * Benchmarks never fail the build: missed targets are reported, not thrown.
 */
import { cpus, loadavg } from 'node:os';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchCalendar } from './benchmarks/calendar.bench.js';
import { benchCliStart } from './benchmarks/cli-start.bench.js';
import { benchLiveVote } from './benchmarks/live-vote.bench.js';
import { benchParseScenario } from './benchmarks/parse-scenario.bench.js';
import { benchPlayLibrary } from './benchmarks/play-library.bench.js';
import { benchInstall } from './benchmarks/install.bench.js';
import { benchSiteBuild } from './benchmarks/site-build.bench.js';
import { benchStudioKeystroke } from './benchmarks/studio-keystroke.bench.js';
import { benchValidate } from './benchmarks/validate.bench.js';
import { BenchUsageError, parseBenchOptions } from './lib/bench-options.js';
import { skippedRow, type BenchRow } from './lib/bench-row.js';
import { describeRemaining, estimateRemaining, formatDuration, progressLine } from './lib/estimate-time.js';
import { formatTable, tableLegend } from './lib/format-table.js';
import { mergeResults, previousDurations } from './lib/merge-results.js';
import { readResults, writeResults, type GroupTiming, type StoredRow } from './lib/results-file.js';
import { resultsLocation } from './lib/results-location.js';

/** What a group gets: the project root, and a way to report a step inside a long group. */
interface GroupContext {
  root: string;
  /** Prints a progress line for a step inside the group, e.g. "astro build 2 of 6". */
  progress: (step: string) => void;
}

/**
 * Every benchmark group, in the order the table shows them. Adding a group
 * is one line here (and its import).
 */
const GROUPS: Record<string, (context: GroupContext) => BenchRow[] | Promise<BenchRow[]>> = {
  calendar: () => benchCalendar(),
  parse: () => benchParseScenario(),
  // `validate` from cold and after an edit, and the studio's check after a keystroke (Chromium).
  validate: async ({ root }) => [...(await benchValidate(root)), ...(await benchStudioKeystroke(root))],
  runner: ({ root }) => benchPlayLibrary(root),
  cli: ({ root }) => benchCliStart(root),
  live: ({ root }) => benchLiveVote(root),
  // The packed CLI installed globally, and engines against this Node.
  install: ({ root }) => benchInstall(root),
  // Builds at 500 and 2,000 scenarios, and the search over the 500-scenario site in Chromium.
  site: ({ root, progress }) => benchSiteBuild(root, progress),
};

const root = process.cwd();
const order = Object.keys(GROUPS);
let options;
try {
  options = parseBenchOptions(process.argv.slice(2), order);
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`error: ${error.message}\n  hint: ${error.hint}\n`);
  process.exit(2);
}
const { groups: selected, write } = options;
const location = resultsLocation(root, { write });
const previous = location.readFrom.map(readResults);
const durations = previousDurations(previous, selected);
const say = (line: string) => process.stderr.write(`${line}\n`);

say(`bench: ${selected.length} group${selected.length === 1 ? '' : 's'} (${selected.join(', ')}), ${describeRemaining(estimateRemaining(selected, durations, 0), 'in all')}.`);
const rows: StoredRow[] = [];
const timings: Record<string, GroupTiming> = {};
const startedAt = new Date();
const runStart = performance.now();
for (const [index, name] of selected.entries()) {
  const run = GROUPS[name];
  if (!run) continue;
  const groupStart = performance.now();
  const remaining = () => estimateRemaining(selected, durations, index, performance.now() - groupStart);
  say(progressLine(selected, index, remaining()));
  const measuredAt = new Date().toISOString();
  const progress = (step: string) => say(progressLine(selected, index, remaining(), step));
  try {
    rows.push(...(await run({ root, progress })).map((row) => ({ ...row, benchmark: name, measuredAt })));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    rows.push({ ...skippedRow(name, `${name} (failed to run)`, '', message), benchmark: name, measuredAt });
  }
  timings[name] = { durationMs: Math.round(performance.now() - groupStart), measuredAt };
}

const merged = mergeResults({ order, measuredGroups: selected, rows, groups: timings, previous });
const legend = tableLegend(merged.rows);
process.stdout.write(`${formatTable(merged.rows)}\n${legend ? `\n${legend}\n` : ''}`);
const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageAtEnd: loadavg() };
process.stdout.write(`\n${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load average at end ${machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' ')}\n`);
// Kept rows carry their own `measuredAt`; the file's `kept` flag would be stale by the next run.
writeResults(location.writeTo, { startedAt: startedAt.toISOString(), machine, groups: merged.groups, rows: merged.rows.map(({ kept: _kept, ...row }) => row) });
const shown = relative(root, location.writeTo);
say(
  `bench: done in ${formatDuration(performance.now() - runStart)}. Results written to ${shown}` +
    (write
      ? ' (committed: review the diff and commit it).'
      : ` (git-ignored); run with --write to update ${relative(root, location.committed)}.`),
);
