/**
 * The benchmark harness: runs every benchmark (or `--only group,group`),
 * prints one table and writes `tests/bench/results/latest.json`.
 * Benchmarks never fail the build: missed targets are reported, not thrown.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchCalendar } from './benchmarks/calendar.bench.js';
import { benchCliStart } from './benchmarks/cli-start.bench.js';
import { benchLiveVote } from './benchmarks/live-vote.bench.js';
import { benchParseScenario } from './benchmarks/parse-scenario.bench.js';
import { benchPlayLibrary } from './benchmarks/play-library.bench.js';
import { benchSiteBuild } from './benchmarks/site-build.bench.js';
import { benchStudioKeystroke } from './benchmarks/studio-keystroke.bench.js';
import { benchValidate } from './benchmarks/validate.bench.js';
import { skippedRow, type BenchRow } from './lib/bench-row.js';
import { formatTable } from './lib/format-table.js';

const root = process.cwd();

/** Every benchmark group, in the order the table shows them. */
const GROUPS: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = {
  calendar: benchCalendar,
  parse: benchParseScenario,
  // `validate` from cold and after an edit, and the studio's check after a keystroke (Chromium).
  validate: async () => [...(await benchValidate(root)), ...(await benchStudioKeystroke(root))],
  runner: () => benchPlayLibrary(root),
  cli: () => benchCliStart(root),
  live: () => benchLiveVote(root),
  site: () => benchSiteBuild(root),
};

function selectedGroups(argv: string[]): string[] {
  const only = argv.indexOf('--only');
  if (only === -1) return Object.keys(GROUPS);
  return (argv[only + 1] ?? '').split(',').filter((name) => name in GROUPS);
}

/** A row with the benchmark (key of GROUPS) that produced it and when. */
type StoredRow = BenchRow & { benchmark: string; measuredAt: string };

const results = join(root, 'tests', 'bench', 'results');
const latestFile = join(results, 'latest.json');
const selected = selectedGroups(process.argv.slice(2));
const rows: StoredRow[] = [];
const startedAt = new Date();
for (const name of selected) {
  const run = GROUPS[name];
  if (!run) continue;
  process.stderr.write(`bench: ${name}…\n`);
  const measuredAt = new Date().toISOString();
  try {
    rows.push(...(await run()).map((row) => ({ ...row, benchmark: name, measuredAt })));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    rows.push({ ...skippedRow(name, `${name} (failed to run)`, '', message), benchmark: name, measuredAt });
  }
}
// `--only` re-measures some benchmarks: keep the others' last figures, in table order.
if (selected.length < Object.keys(GROUPS).length && existsSync(latestFile)) {
  const previous = (JSON.parse(readFileSync(latestFile, 'utf8')) as { rows?: StoredRow[] }).rows ?? [];
  const kept = previous.filter((row) => typeof row.benchmark === 'string' && !selected.includes(row.benchmark));
  const order = Object.keys(GROUPS);
  rows.push(...kept);
  rows.sort((a, b) => order.indexOf(a.benchmark) - order.indexOf(b.benchmark));
}

const table = formatTable(rows);
process.stdout.write(`${table}\n`);
const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageAtEnd: loadavg() };
process.stdout.write(`\n${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load average at end ${machine.loadAverageAtEnd.map((n) => n.toFixed(1)).join(' ')}\n`);
mkdirSync(results, { recursive: true });
writeFileSync(latestFile, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, rows }, null, 2)}\n`);
