/**
 * The benchmark harness: runs every benchmark (or `--only group,group`),
 * prints one table and writes `tests/bench/results/latest.json`.
 * Benchmarks never fail the build: missed targets are reported, not thrown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchCalendar } from './benchmarks/calendar.bench.js';
import { benchCliStart } from './benchmarks/cli-start.bench.js';
import { benchParseScenario } from './benchmarks/parse-scenario.bench.js';
import { benchPlayLibrary } from './benchmarks/play-library.bench.js';
import { benchSiteBuild } from './benchmarks/site-build.bench.js';
import { skippedRow, type BenchRow } from './lib/bench-row.js';
import { formatTable } from './lib/format-table.js';

const root = process.cwd();

/** Every benchmark group, in the order the table shows them. */
const GROUPS: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = {
  calendar: benchCalendar,
  parse: benchParseScenario,
  runner: () => benchPlayLibrary(root),
  cli: () => benchCliStart(root),
  site: () => benchSiteBuild(root),
};

function selectedGroups(argv: string[]): string[] {
  const only = argv.indexOf('--only');
  if (only === -1) return Object.keys(GROUPS);
  return (argv[only + 1] ?? '').split(',').filter((name) => name in GROUPS);
}

const rows: BenchRow[] = [];
const startedAt = new Date();
for (const name of selectedGroups(process.argv.slice(2))) {
  const run = GROUPS[name];
  if (!run) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    rows.push(skippedRow(name, `${name} (failed to run)`, '', message));
  }
}

const table = formatTable(rows);
process.stdout.write(`${table}\n`);
const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageAtEnd: loadavg() };
process.stdout.write(`\n${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load average at end ${machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' ')}\n`);
const results = join(root, 'tests', 'bench', 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.json'), `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, rows }, null, 2)}\n`);
