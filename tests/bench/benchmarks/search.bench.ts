/**
 * The site's search, in Chromium, over two built sites: the bundled
 * library (the baseline, measured in the same run) and a large one (500
 * generated scenarios in `site-build.bench.ts`). For each: every byte the
 * search page downloads before it can show the first answer, raw and as
 * gzip would send it, and `runSearch`'s latency over a fixed list of
 * queries, run in the page by the site's own index loader. Both sites are
 * served by the e2e tests' static server and driven in Debian's headless
 * Chromium (never a downloaded one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../e2e/support/chromium.js';
import { startStaticServer } from '../../e2e/support/static-server.js';
import type { SearchTimings } from '../pages/search-page.js';
import { bundlePageScript } from '../lib/bundle-page-script.js';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { quantile, summarise, type Summary, singleSummary } from '../lib/stats.js';

/** Words to search for: stage and process terms and generated-scenario vocabulary. */
export const SEARCH_QUERIES: readonly string[] = [
  'working days', 'stage 3', 'escalation panel', 'threshold', 'line manager', 'immediate risk', 'information sharing',
  'capacity', 'chronology', 'safety plan', 'recommendations', 'designated safeguarding lead', 'timescales', 'referral',
  'respectful', 'attendance', 'home visit', 'learning subgroup', 'court of protection', 'case closure',
];

/** Rounds over the queries; the first warms the JIT and is not kept. */
const ROUNDS = 11;

/** The most the first answer may download, as gzip (issue 20). */
const FIRST_ANSWER_BUDGET = 300 * 1024;

/** Where the timing script pretends to live: a blank page on the site's origin, so it fetches the index as the search page does. */
const BLANK_PATH = '/__search-bench__/';

/** What the search page downloads before its first answer. */
interface Downloads {
  /** The page, its styles and scripts. */
  page: { raw: number; gzip: number; files: number };
  /** The search index files (JSON). */
  search: { raw: number; gzip: number; files: number };
}

/** One site's figures. */
interface SiteFigures {
  downloads: Downloads;
  timings: SearchTimings;
}

/** The page script (bundlePageScript). */
const pageScript = (root: string): Promise<string> => bundlePageScript(root, 'tests/bench/pages/search-page.ts');

/** Opens `/search/?q=…` in a fresh context and adds up every response until the page answers. */
async function measureDownloads(browser: Browser, origin: string, query: string): Promise<Downloads> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies: Array<Promise<{ json: boolean; body: Buffer } | undefined>> = [];
    page.on('response', (response) => {
      const json = (response.headers()['content-type'] ?? '').includes('json');
      bodies.push(response.body().then((body) => ({ json, body }), () => undefined));
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction((expected) => {
      const text = document.querySelector('.search-status')?.textContent ?? '';
      return (text.includes(`“${expected}”`) && !text.startsWith('Searching')) || text.startsWith('Search is not available');
    }, query);
    const status = (await page.locator('.search-status').textContent()) ?? '';
    if (status.startsWith('Search is not available')) throw new Error(`the search page could not search: ${status}`);
    const downloads: Downloads = { page: { raw: 0, gzip: 0, files: 0 }, search: { raw: 0, gzip: 0, files: 0 } };
    for (const entry of await Promise.all(bodies)) {
      if (!entry) continue;
      const part = entry.json ? downloads.search : downloads.page;
      part.raw += entry.body.length;
      part.gzip += gzipSync(entry.body).length;
      part.files += 1;
    }
    return downloads;
  } finally {
    await context.close();
  }
}

/** Times the queries in a blank page on the site's origin (no CSP to refuse the timing script). */
async function measureQueries(browser: Browser, origin: string, script: string): Promise<SearchTimings> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`**${BLANK_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>search bench</title>' }));
    await page.goto(`${origin}${BLANK_PATH}`);
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      ([queries, rounds]) =>
        (globalThis as unknown as { timeSearches: (q: readonly string[], r: number) => Promise<SearchTimings> }).timeSearches(queries, rounds),
      [SEARCH_QUERIES, ROUNDS] as const,
    );
  } finally {
    await context.close();
  }
}

async function measureSite(browser: Browser, dist: string, script: string): Promise<SiteFigures> {
  const server = await startStaticServer({ root: dist });
  try {
    const downloads = await measureDownloads(browser, server.origin, SEARCH_QUERIES[0]!);
    const timings = await measureQueries(browser, server.origin, script);
    return { downloads, timings };
  } finally {
    await server.close();
  }
}

const one = singleSummary;
const kb = (bytes: number) => `${formatNumber(bytes / 1024)} KB`;

/** Options for {@link benchSearch}. */
export interface BenchSearchOptions {
  /** What the large site is, for the figures' names. Default "500-scenario site". */
  label?: string;
  /** Hears of each step (the harness prints these as progress). */
  progress?: (step: string) => void;
}

/**
 * The search figures for two built sites: `libraryDist`, the bundled
 * library's `site/dist` (the baseline), and `largeDist`, the large site's.
 * Returns skipped rows when Chromium or either build is missing.
 *
 * @example
 * ```ts
 * rows.push(...(await benchSearch(root, join(plain.dir, 'site', 'dist'), join(big.dir, 'site', 'dist'))));
 * ```
 */
export async function benchSearch(root: string, libraryDist: string, largeDist: string, options: BenchSearchOptions = {}): Promise<BenchRow[]> {
  const label = options.label ?? '500-scenario site';
  const downloadFigure = `search: downloaded before the first answer, ${label}`;
  const latencyFigure = `search: query latency in Chromium, ${label}`;
  if (!existsSync(chromiumPath)) {
    return [skippedRow('search', downloadFigure, 'bytes', `no Chromium at ${chromiumPath}`), skippedRow('search', latencyFigure, 'ms', `no Chromium at ${chromiumPath}`)];
  }
  for (const dist of [libraryDist, largeDist]) {
    if (!existsSync(join(dist, 'search', 'index.html'))) {
      return [skippedRow('search', downloadFigure, 'bytes', `${dist} has no built search page`), skippedRow('search', latencyFigure, 'ms', `${dist} has no built search page`)];
    }
  }
  const script = await pageScript(root);
  const browser = await launchChromium();
  let small: SiteFigures;
  let large: SiteFigures;
  try {
    options.progress?.('search in Chromium, bundled library');
    small = await measureSite(browser, libraryDist, script);
    options.progress?.(`search in Chromium, ${label}`);
    large = await measureSite(browser, largeDist, script);
  } finally {
    await browser.close();
  }
  for (const [name, figures] of [['bundled library', small], [label, large]] as const) {
    if (figures.timings.hits.every((count) => count === 0)) throw new Error(`search over the ${name} found nothing for any query: the index is broken`);
  }

  const chrome = /Chrome\/([\d.]+)/.exec(large.timings.userAgent)?.[1] ?? 'unknown';
  const sorted = (times: readonly number[]) => [...times].sort((a, b) => a - b);
  const smallTimes = sorted(small.timings.queries);
  const largeTimes = sorted(large.timings.queries);
  const largeP50 = quantile(largeTimes, 0.5);
  const largeP95 = quantile(largeTimes, 0.95);
  const { search, page } = large.downloads;
  return [
    {
      group: 'search',
      figure: `${downloadFigure} (search index, gzip)`,
      unit: 'bytes',
      summary: one(search.gzip),
      baseline: { label: 'bundled library, same page', unit: 'bytes', summary: one(small.downloads.search.gzip) },
      ratio: { value: search.gzip / Math.max(1, small.downloads.search.gzip), label: 'x the bundled library' },
      target: '<= 300 KB gzip',
      status: judge(search.gzip, '<=', FIRST_ANSWER_BUDGET),
      note:
        `${search.files} index file${search.files === 1 ? '' : 's'}, ${kb(search.raw)} raw; the page, styles and scripts add ${kb(page.gzip)} gzip (${kb(page.raw)} raw, ${page.files} files); ` +
        `bundled library index ${kb(small.downloads.search.gzip)} gzip, ${kb(small.downloads.search.raw)} raw`,
    },
    {
      group: 'search',
      figure: `${latencyFigure} (p50)`,
      unit: 'ms',
      summary: summarise(largeTimes),
      baseline: { label: 'same queries, bundled library', unit: 'ms', summary: summarise(smallTimes) },
      ratio: { value: largeP50 / quantile(smallTimes, 0.5), label: 'x the bundled library' },
      target: 'p50 < 5 ms',
      status: judge(largeP50, '<', 5),
      note: `${SEARCH_QUERIES.length} queries x ${ROUNDS - 1} rounds; bundled library p50 ${formatNumber(quantile(smallTimes, 0.5))} ms, p95 ${formatNumber(quantile(smallTimes, 0.95))} ms; Chromium ${chrome}`,
    },
    {
      group: 'search',
      figure: `${latencyFigure} (p95)`,
      unit: 'ms',
      summary: one(largeP95),
      baseline: { label: 'bundled library p95', unit: 'ms', summary: one(quantile(smallTimes, 0.95)) },
      target: 'p95 < 15 ms',
      status: judge(largeP95, '<', 15),
      note: `max ${formatNumber(largeTimes.at(-1) ?? Number.NaN)} ms`,
    },
    {
      group: 'search',
      figure: `search: index download and load in Chromium, ${label}`,
      unit: 'ms',
      summary: one(large.timings.loadMs),
      baseline: { label: 'bundled library', unit: 'ms', summary: one(small.timings.loadMs) },
      status: 'report',
      note: 'from the first request to a queryable index, served from localhost (no network time)',
    },
  ];
}
