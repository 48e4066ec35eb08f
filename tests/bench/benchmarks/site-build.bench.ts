/**
 * The site: build time for the bundled library and with 500 and 2,000
 * generated scenarios added (in temporary copies of the project), what
 * each added scenario costs against the bare MDX parse of its file,
 * JavaScript shipped per page type, and the search over the 500-scenario
 * site (search.bench.ts).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { copyProject } from '../lib/project-copy.js';
import { shippedJavaScript } from '../lib/shipped-javascript.js';
import { summarise, type Summary, singleSummary } from '../lib/stats.js';
import { benchSearch } from './search.bench.js';
import { timeProcess } from '../lib/time-process.js';

const RUNS = Number(process.env.BENCH_SITE_RUNS ?? 3);
const GENERATED = 500;
/** The large library, for linear growth; built once unless BENCH_SITE_LARGE_RUNS says more (each build takes minutes). */
const LARGE = 2000;
const LARGE_RUNS = Number(process.env.BENCH_SITE_LARGE_RUNS ?? 1);

/** Builds the site in `dir` `runs` times; returns the times in ms. `step` is told before each build. */
async function timeBuilds(dir: string, runs: number, step: () => void): Promise<number[]> {
  const astro = join(dir, 'node_modules', 'astro', 'astro.js');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    step();
    const run = await timeProcess(process.execPath, [astro, 'build', '--silent'], {
      cwd: dir,
      // The copy's node_modules is the project's (linked), and so would be
      // Astro's cache folder with the content store in it: each copy gets its
      // own, or a build running elsewhere at the same time (a test's) could
      // hand this one its scenarios (astro.config.mjs).
      env: { ASTRO_TELEMETRY_DISABLED: '1', COMMON_GROUND_ASTRO_CACHE: join(dir, '.astro-cache') },
      timeoutMs: 600_000,
    });
    if (run.exitCode !== 0) throw new Error(`astro build failed: ${run.output.trim().split('\n').slice(-3).join(' / ')}`);
    times.push(run.ms);
  }
  return times;
}

/** The first `index.html` one level under `folder` of the built site, e.g. a scenario page. */
function firstPageUnder(dist: string, folder: string): string | undefined {
  const base = join(dist, folder);
  if (!existsSync(base)) return undefined;
  const child = readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return child === undefined ? undefined : `${folder}/${child}/index.html`;
}

function javaScriptRows(dist: string): BenchRow[] {
  const pages: { type: string; page: string | undefined; target?: string; limit?: number }[] = [
    { type: 'guidance page', page: firstPageUnder(dist, 'guidance'), target: '0 bytes', limit: 0 },
    { type: 'library', page: 'scenarios/index.html' },
    { type: 'scenario player', page: firstPageUnder(dist, 'scenarios'), target: '< 120 KB gzip', limit: 120 * 1024 },
    { type: 'calculator', page: 'calculator/index.html' },
    { type: 'search', page: 'search/index.html' },
  ];
  return pages.map(({ type, page, target, limit }) => {
    const figure = `JavaScript shipped (gzip), ${type}`;
    if (!page || !existsSync(join(dist, page))) return skippedRow('site', figure, 'bytes', 'page not built yet', target);
    const js = shippedJavaScript(dist, page);
    const single: Summary = { n: 1, median: js.gzipBytes, q1: js.gzipBytes, q3: js.gzipBytes, min: js.gzipBytes, max: js.gzipBytes };
    return {
      group: 'site',
      figure: `${figure} (/${page.replace(/index\.html$/, '')})`,
      unit: 'bytes',
      summary: single,
      ...(target ? { target } : {}),
      status: limit === undefined ? ('report' as const) : limit === 0 ? judge(js.gzipBytes, '<=', 0) : judge(js.gzipBytes, '<', limit),
      note: `${js.files.length} modules, ${js.inlineScripts} inline scripts, ${Math.round(js.rawBytes / 1024)} KB raw`,
    };
  });
}

/** Times the bare MDX parse of the files in `folder`, in a fresh process, `runs` times (tests/bench/scripts/bare-mdx-parse.mjs). */
async function timeBareParse(root: string, folder: string, runs: number): Promise<Summary> {
  const script = join(root, 'tests', 'bench', 'scripts', 'bare-mdx-parse.mjs');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const run = await timeProcess(process.execPath, [script, folder], { cwd: root, timeoutMs: 600_000 });
    if (run.exitCode !== 0) throw new Error(`the bare parse failed: ${run.output.trim().split('\n').slice(-3).join(' / ')}`);
    times.push((JSON.parse(run.output.trim().split('\n').pop()!) as { ms: number }).ms);
  }
  return summarise(times);
}

/** A folder holding only the generated scenarios of a project copy, for the bare parse. */
function generatedOnly(copyDir: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-generated-'));
  const scenarios = join(copyDir, 'scenarios');
  for (const name of readdirSync(scenarios).filter((file) => file.startsWith('bench-generated-'))) copyFileSync(join(scenarios, name), join(dir, name));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const one = singleSummary;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The site figures: the build with the bundled library (the baseline),
 * with 500 and with 2,000 generated scenarios added, the cost of each added
 * scenario against the bare MDX parse of its file (measured in the same run),
 * the JavaScript shipped, and the search (search.bench.ts) over the bundled
 * and the 500-scenario sites. `progress`, when given, hears of each step
 * (the group runs for minutes; the harness prints these as progress).
 */
export async function benchSiteBuild(root: string, progress?: (step: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const plain = copyProject(root);
  const big = copyProject(root, { generatedScenarios: GENERATED });
  const generated = generatedOnly(big.dir);
  let large: { dir: string; remove: () => void } | undefined;
  const total = 2 * RUNS + LARGE_RUNS;
  let done = 0;
  const step = (what: string) => () => progress?.(`astro build ${(done += 1)} of ${total} (${what})`);
  try {
    // Alternated, so a change in the machine's load falls on both alike.
    const libraryTimes: number[] = [];
    const bigTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      libraryTimes.push(...(await timeBuilds(plain.dir, 1, step('bundled library'))));
      bigTimes.push(...(await timeBuilds(big.dir, 1, step(`+ ${GENERATED} generated scenarios`))));
    }
    progress?.(`bare MDX parse of the ${GENERATED} generated files`);
    const bare = await timeBareParse(root, generated.dir, RUNS);
    const library = summarise(libraryTimes);
    const withGenerated = summarise(bigTimes);
    rows.push({ group: 'site', figure: 'site build, bundled library', unit: 'ms', summary: library, status: 'report' });
    rows.push({
      group: 'site',
      figure: `site build, bundled library + ${GENERATED} generated scenarios`,
      unit: 'ms',
      summary: withGenerated,
      baseline: { label: 'bundled library build', unit: 'ms', summary: library },
      ratio: { value: withGenerated.median / library.median, label: 'x the library build' },
      target: '<= 45 s',
      status: judge(withGenerated.median, '<=', 45_000),
    });
    const perScenario = (withGenerated.median - library.median) / GENERATED;
    const barePerFile = bare.median / GENERATED;
    rows.push({
      group: 'site',
      figure: 'site build, cost of each added scenario',
      unit: 'ms',
      summary: one(perScenario),
      baseline: { label: 'bare MDX parse of its file (unified, remark-parse, remark-mdx, remark-frontmatter)', unit: 'ms', summary: one(barePerFile) },
      ratio: { value: perScenario / barePerFile, label: 'x the bare parse' },
      target: '<= 1.5x the bare parse',
      status: judge(perScenario / barePerFile, '<=', 1.5),
      note: `(${seconds(withGenerated.median)} - ${seconds(library.median)}) / ${GENERATED}; the bare parse of all ${GENERATED} files took ${seconds(bare.median)}`,
    });

    const plainDist = join(plain.dir, 'site', 'dist');
    const bigDist = join(big.dir, 'site', 'dist');
    rows.push(...javaScriptRows(plainDist));
    rows.push(...(await benchSearch(root, plainDist, bigDist, { progress: progress ?? (() => {}) })));
    big.remove();

    large = copyProject(root, { generatedScenarios: LARGE });
    const largeTimes = await timeBuilds(large.dir, LARGE_RUNS, step(`+ ${LARGE.toLocaleString('en-GB')} generated scenarios`));
    const withLarge = summarise(largeTimes);
    const perScenarioLarge = (withLarge.median - library.median) / LARGE;
    rows.push({
      group: 'site',
      figure: `site build, bundled library + ${LARGE.toLocaleString('en-GB')} generated scenarios: cost of each added scenario`,
      unit: 'ms',
      summary: one(perScenarioLarge),
      baseline: { label: `the same with ${GENERATED}`, unit: 'ms', summary: one(perScenario) },
      ratio: { value: perScenarioLarge / perScenario, label: `x the cost at ${GENERATED}` },
      target: `linear: at most 1.2x the cost at ${GENERATED}`,
      status: judge(perScenarioLarge / perScenario, '<=', 1.2),
      note: `the build took ${seconds(withLarge.median)}${LARGE_RUNS === 1 ? ' (one run)' : ''}`,
    });
  } finally {
    plain.remove();
    big.remove();
    generated.remove();
    large?.remove();
  }
  return rows;
}
