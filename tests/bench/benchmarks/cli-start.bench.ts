/**
 * Whole-process timings of the built CLI (`dist/cli.js`): `deadlines --json`
 * from spawn to exit, and the terminal app from spawn to the first frame of
 * the scenario list in a pseudo-terminal. Each is measured alternately with
 * `node -e 0` (the least a Node process can cost here), in the same run, and
 * judged on the ratio to it (issue 20: at most 2x), so a busy machine slows
 * both alike; the absolute figures stay in the row. The terminal app is also
 * measured beside its floor, a bare Ink app bundled the same way, so the
 * table shows how much of the start is the app's own work.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { summarise } from '../lib/stats.js';
import { bundleBareInkApp } from '../lib/bundle-bare-ink-app.js';
import { alternate, timeProcess } from '../lib/time-process.js';

const RUNS = 15;

/** Issue 20: each figure at most this many times its `node -e` baseline. */
const MAX_RATIO = 2;
const TARGET = `<= ${MAX_RATIO}x node -e 0`;

/** A title from the bundled library that the start menu lists. */
const SCENARIO_LIST_TEXT = /Closing too soon/;

/** The CLI process figures. */
export async function benchCliStart(root: string): Promise<BenchRow[]> {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    return [skippedRow('cli', 'CLI', 'ms', 'dist/cli.js is missing: run `npm run build`')];
  }
  const node = process.execPath;
  const rows: BenchRow[] = [];

  const deadlines = await alternate(
    () => timeProcess(node, [cli, 'deadlines', '--raised', '2026-12-18T16:30', '--json'], { cwd: root }),
    () => timeProcess(node, ['-e', '0'], { cwd: root }),
    RUNS,
  );
  JSON.parse(deadlines.lastOutput); // It must really have printed its JSON.
  const d = summarise(deadlines.subject);
  const nodeBase = summarise(deadlines.baseline);
  rows.push({
    group: 'cli',
    figure: '`deadlines --json`, whole process',
    unit: 'ms',
    summary: d,
    baseline: { label: '`node -e 0`', unit: 'ms', summary: nodeBase },
    ratio: { value: d.median / nodeBase.median, label: 'x node -e 0' },
    target: TARGET,
    status: judge(d.median / nodeBase.median, '<=', MAX_RATIO),
  });

  // The app opens its start menu when run with no arguments in a terminal.
  const dataDir = join(root, 'node_modules', '.cache', 'common-ground-bench', 'data');
  const env = { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' };
  const pty = { columns: 100, rows: 30 };
  const probe = await timeProcess(node, [cli], { cwd: root, env, pty, until: /Closing too soon|Usage:/ }).catch((error: Error) => error);
  if (probe instanceof Error || !SCENARIO_LIST_TEXT.test(probe.output)) {
    rows.push(
      skippedRow(
        'cli',
        'terminal app cold start to the scenario list (pty)',
        'ms',
        probe instanceof Error ? `the app did not show the scenario list: ${probe.message.split('\n')[0]}` : '`node dist/cli.js` prints usage: the start menu has not landed yet',
        `<= ${MAX_RATIO}x node -e in the same pty`,
      ),
    );
    return rows;
  }
  // The app, the bare Ink floor and `node -e`, in turn, so a busy machine slows all three alike.
  const bareInk = await bundleBareInkApp(root);
  const times = { app: [] as number[], floor: [] as number[], node: [] as number[] };
  for (let i = -2; i < RUNS; i += 1) {
    const app = await timeProcess(node, [cli], { cwd: root, env, pty, until: SCENARIO_LIST_TEXT });
    const floor = await timeProcess(node, [bareInk], { cwd: root, env, pty, until: /bare Ink floor/ });
    const base = await timeProcess(node, ['-e', 'process.stdout.write("ready")'], { cwd: root, env, pty, until: /ready/ });
    if (i < 0) continue; // Two warm-up rounds: the file cache, not the code, is what they warm.
    times.app.push(app.ms);
    times.floor.push(floor.ms);
    times.node.push(base.ms);
  }
  const a = summarise(times.app);
  const f = summarise(times.floor);
  const ptyBase = summarise(times.node);
  const baseline = { label: '`node -e` in the same pty', unit: 'ms', summary: ptyBase };
  const leftOver = MAX_RATIO * ptyBase.median - f.median;
  rows.push({
    group: 'cli',
    figure: 'terminal app cold start to the scenario list (pty)',
    unit: 'ms',
    summary: a,
    baseline,
    ratio: { value: a.median / ptyBase.median, label: 'x node -e' },
    target: `<= ${MAX_RATIO}x node -e in the same pty`,
    status: judge(a.median / ptyBase.median, '<=', MAX_RATIO),
    note: `the app's own work above the bare Ink floor: ${formatNumber(a.median - f.median)} ms`,
  });
  rows.push({
    group: 'cli',
    figure: 'the floor: a bare Ink app drawing a menu-shaped screen, bundled as the app is, to its first frame (pty)',
    unit: 'ms',
    summary: f,
    baseline,
    ratio: { value: f.median / ptyBase.median, label: 'x node -e' },
    status: 'report',
    note: `${leftOver > 0 ? `${MAX_RATIO}x node -e leaves ${formatNumber(leftOver)} ms for the app's own work` : `the floor alone is over ${MAX_RATIO}x node -e, by ${formatNumber(-leftOver)} ms`} (tests/bench/fixtures/bare-ink-app.tsx)`,
  });
  return rows;
}
