/**
 * `common-ground validate scenarios` as a user runs it (the built CLI, a
 * whole process): from cold, without the cache, against its floor (the bare
 * MDX parse of the same files in a fresh process, plus `node -e 0`); and a
 * second run after editing one file, with the cache warm, in a copy of the
 * library in a temporary folder with a cache folder of its own. Each
 * figure is measured alternately with its baselines, in the same run.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { summarise } from '../lib/stats.js';
import { timeProcess } from '../lib/time-process.js';

const COLD_RUNS = Number(process.env.BENCH_VALIDATE_RUNS ?? 7);
const EDIT_RUNS = 17;

/** Throws, quoting what validate printed, unless its summary line counts `expected` files. */
function expectFiles(output: string, expected: number): void {
  if (!new RegExp(`^${expected} files, `, 'm').test(output)) throw new Error(`validate did not check ${expected} files: ${output.trim().split('\n').slice(-2).join(' / ')}`);
}

/** A scenario's text with one more word in a paragraph past its middle: an edit an author makes. */
function editOnce(text: string): string {
  const at = text.indexOf(' the ', Math.floor(text.length / 2));
  if (at === -1) throw new Error('no " the " to edit after the middle of the file');
  return `${text.slice(0, at)} the very${text.slice(at + ' the'.length)}`;
}

/** The validate figures. */
export async function benchValidate(root: string): Promise<BenchRow[]> {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return [skippedRow('validate', '`validate scenarios`', 'ms', 'dist/cli.js is missing: run `npm run build`')];
  const node = process.execPath;
  const files = readdirSync(join(root, 'scenarios')).filter((name) => name.endsWith('.mdx') && name !== 'README.mdx' && !name.endsWith('.template.mdx')).sort();
  const bytes = files.reduce((sum, name) => sum + readFileSync(join(root, 'scenarios', name)).length, 0);
  const bare = join(root, 'tests', 'bench', 'scripts', 'bare-mdx-parse.mjs');

  // From cold: validate --no-cache, the bare parse in a fresh process, and node -e 0, in turn.
  const cold: number[] = [];
  const parse: number[] = [];
  const nodeStart: number[] = [];
  for (let i = -1; i < COLD_RUNS; i += 1) {
    const run = await timeProcess(node, [cli, 'validate', '--no-cache', 'scenarios'], { cwd: root, timeoutMs: 60_000 });
    expectFiles(run.output, files.length);
    const floor = await timeProcess(node, [bare, 'scenarios'], { cwd: root, timeoutMs: 60_000 });
    const start = await timeProcess(node, ['-e', '0'], { cwd: root });
    // The first round warms the file cache and is not counted.
    if (i < 0) continue;
    cold.push(run.ms);
    parse.push((JSON.parse(floor.output) as { ms: number }).ms);
    nodeStart.push(start.ms);
  }
  const coldSummary = summarise(cold);
  const floor = summarise(parse.map((ms, index) => ms + nodeStart[index]!));
  const coldRatio = coldSummary.median / floor.median;

  // After editing one file: a copy of the library, its cache filled once, then one file edited before each run (a different one each time).
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-bench-validate-'));
  const rows: BenchRow[] = [];
  try {
    const library = join(dir, 'scenarios');
    for (const name of files) cpSync(join(root, 'scenarios', name), join(library, name));
    const env = { COMMON_GROUND_CACHE_DIR: join(dir, 'cache') };
    expectFiles((await timeProcess(node, [cli, 'validate', 'scenarios'], { cwd: dir, env, timeoutMs: 60_000 })).output, files.length);
    const edited: number[] = [];
    const editBase: number[] = [];
    for (let i = 0; i < EDIT_RUNS; i += 1) {
      const file = join(library, files[i % files.length]!);
      writeFileSync(file, editOnce(readFileSync(file, 'utf8')));
      const run = await timeProcess(node, [cli, 'validate', 'scenarios'], { cwd: dir, env, timeoutMs: 60_000 });
      expectFiles(run.output, files.length);
      edited.push(run.ms);
      editBase.push((await timeProcess(node, ['-e', '0'], { cwd: dir })).ms);
    }
    const hit = await timeProcess(node, [cli, 'validate', 'scenarios'], { cwd: dir, env });
    const editSummary = summarise(edited);
    const editNode = summarise(editBase);
    rows.push(
      {
        group: 'validate',
        figure: `\`validate scenarios\` from cold (\`--no-cache\`), ${files.length} files (${formatNumber(bytes / 1000)} KB), whole process`,
        unit: 'ms',
        summary: coldSummary,
        baseline: { label: 'bare MDX parse of the same files in a process + `node -e 0`', unit: 'ms', summary: floor },
        ratio: { value: coldRatio, label: 'x the floor' },
        target: '<= 1.5x the floor',
        status: judge(coldRatio, '<=', 1.5),
        note: `bare parse ${formatNumber(summarise(parse).median)} ms, \`node -e 0\` ${formatNumber(summarise(nodeStart).median)} ms`,
      },
      {
        group: 'validate',
        figure: '`validate scenarios` again after editing one file (cache warm; each run edits another file)',
        unit: 'ms',
        summary: editSummary,
        baseline: { label: '`node -e 0`', unit: 'ms', summary: editNode },
        ratio: { value: coldSummary.median / editSummary.median, label: 'x faster than from cold' },
        target: '< 300 ms',
        status: judge(editSummary.median, '<', 300),
        note: `from cold ${formatNumber(coldSummary.median)} ms; with no file edited (every file cached) ${formatNumber(hit.ms)} ms`,
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
