/**
 * The site: build time for the bundled library and with 500 generated
 * scenarios added (both in temporary copies of the project), JavaScript
 * shipped per page type, and the search index's size and query latency over
 * the 500-scenario site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadSearchBundle } from '../../../engine/search/search-bundle.js';
import { runSearch } from '../../../engine/search/run-search.js';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { copyProject } from '../lib/project-copy.js';
import { shippedJavaScript } from '../lib/shipped-javascript.js';
import { quantile, summarise, type Summary } from '../lib/stats.js';
import { timeProcess } from '../lib/time-process.js';

const RUNS = Number(process.env.BENCH_SITE_RUNS ?? 3);
const GENERATED = 500;

/** Builds the site in `dir` `RUNS` times; returns the times in ms. */
async function timeBuilds(dir: string): Promise<Summary> {
  const astro = join(dir, 'node_modules', 'astro', 'astro.js');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const run = await timeProcess(process.execPath, [astro, 'build', '--silent'], {
      cwd: dir,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeoutMs: 600_000,
    });
    if (run.exitCode !== 0) throw new Error(`astro build failed: ${run.output.trim().split('\n').slice(-3).join(' / ')}`);
    times.push(run.ms);
  }
  return summarise(times);
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

/** Words to search for: stage and process terms and generated-scenario vocabulary. */
const QUERIES = [
  'working days', 'stage 3', 'escalation panel', 'threshold', 'line manager', 'immediate risk', 'information sharing',
  'capacity', 'chronology', 'safety plan', 'recommendations', 'designated safeguarding lead', 'timescales', 'referral',
  'respectful', 'attendance', 'home visit', 'learning subgroup', 'court of protection', 'case closure',
];

function searchLatency(dist: string): { summary: Summary; p95: number; raw: number; gzip: number; documents: number } {
  const text = readFileSync(join(dist, 'search-index.json'), 'utf8');
  const search = loadSearchBundle(JSON.parse(text));
  const times: number[] = [];
  for (let round = 0; round < 6; round += 1) {
    for (const query of QUERIES) {
      const start = performance.now();
      runSearch(search, query);
      // The first round warms the JIT; only later rounds are kept.
      if (round > 0) times.push(performance.now() - start);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const documents = Object.keys((JSON.parse(text) as { documents?: object }).documents ?? {}).length;
  return { summary: summarise(times), p95: quantile(sorted, 0.95), raw: Buffer.byteLength(text), gzip: gzipSync(text).length, documents };
}

/** The site figures. */
export async function benchSiteBuild(root: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const plain = copyProject(root);
  const big = copyProject(root, { generatedScenarios: GENERATED });
  try {
    const library = await timeBuilds(plain.dir);
    rows.push({ group: 'site', figure: 'site build, bundled library', unit: 'ms', summary: library, status: 'report' });
    const withGenerated = await timeBuilds(big.dir);
    rows.push({
      group: 'site',
      figure: `site build, bundled library + ${GENERATED} generated scenarios`,
      unit: 'ms',
      summary: withGenerated,
      baseline: { label: 'bundled library build', unit: 'ms', summary: library },
      ratio: { value: withGenerated.median / library.median, label: 'x the library build' },
      target: '< 60 s',
      status: judge(withGenerated.median, '<', 60_000),
    });
    const plainDist = join(plain.dir, 'site', 'dist');
    const bigDist = join(big.dir, 'site', 'dist');
    rows.push(...javaScriptRows(plainDist));
    if (existsSync(join(bigDist, 'search-index.json'))) {
      const small = searchLatency(plainDist);
      const large = searchLatency(bigDist);
      const scenarioPages = existsSync(join(bigDist, 'scenarios'))
        ? readdirSync(join(bigDist, 'scenarios')).filter((name) => name.startsWith('bench-generated-')).length
        : 0;
      const one = (value: number): Summary => ({ n: 1, median: value, q1: value, q3: value, min: value, max: value });
      rows.push({
        group: 'search',
        figure: `search index size, ${GENERATED}-scenario site (${large.documents} documents)`,
        unit: 'bytes',
        summary: one(large.raw),
        ratio: { value: large.gzip / 1024, label: ' KB gzip' },
        status: 'report',
        note: `bundled library only: ${Math.round(small.raw / 1024)} KB raw, ${Math.round(small.gzip / 1024)} KB gzip; ${scenarioPages} generated scenario pages built`,
      });
      rows.push({
        group: 'search',
        figure: `search query latency, ${GENERATED}-scenario site (p50; p95 ${large.p95.toFixed(2)} ms)`,
        unit: 'ms',
        summary: large.summary,
        baseline: { label: 'same queries, bundled library index', unit: 'ms', summary: small.summary },
        ratio: { value: large.summary.median / small.summary.median, label: 'x the small index' },
        target: 'p50 < 5 ms',
        status: judge(large.summary.median, '<', 5),
      });
    } else {
      rows.push(skippedRow('search', 'search index', 'bytes', 'search-index.json was not built'));
    }
  } finally {
    plain.remove();
    big.remove();
  }
  return rows;
}
