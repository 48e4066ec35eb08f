/**
 * The studio's live check, in Chromium: the largest bundled scenario, about
 * 200 keystrokes typed in bursts in different scenes (some deleted), each
 * followed by a re-check with `createScenarioChecker`, as the studio's
 * worker does. The page is a small script bundled with esbuild for the
 * browser and run in Debian's headless Chromium (never a downloaded one);
 * the baseline is the full `checkScenarioSource` of the same texts in the
 * same page.
 */
import { existsSync } from 'node:fs';
import { chromiumPath, launchChromium } from '../../e2e/support/chromium.js';
import { bundlePageScript } from '../lib/bundle-page-script.js';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { formatNumber } from '../lib/format-table.js';
import { loadLargestScenario } from '../lib/load-library.js';
import { planKeystrokes, type Keystroke, type KeystrokeTimings } from '../lib/keystrokes.js';
import { quantile, summarise } from '../lib/stats.js';

const KEYSTROKES = 200;
const WARMUP = 20;
const BASELINE_EVERY = 5;
const FIGURE = 're-check after a keystroke in the largest bundled scenario, in Chromium (p95)';

/** The page script (bundlePageScript). */
const pageScript = (root: string): Promise<string> => bundlePageScript(root, 'tests/bench/pages/keystroke-page.ts');

/** The keystroke figure. */
export async function benchStudioKeystroke(root: string): Promise<BenchRow[]> {
  if (!existsSync(chromiumPath)) return [skippedRow('validate', FIGURE, 'ms', `no Chromium at ${chromiumPath}`, '< 50 ms')];
  const { file, text } = loadLargestScenario(root);
  const keys = planKeystrokes(text, WARMUP + KEYSTROKES, 19);
  const script = await pageScript(root);
  const browser = await launchChromium();
  let timings: KeystrokeTimings;
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>keystrokes</title>');
    await page.addScriptTag({ content: script });
    timings = await page.evaluate(
      ([source, name, plan, warmup, every]) =>
        (globalThis as unknown as { runKeystrokes: (t: string, f: string, k: Keystroke[], w: number, e: number) => KeystrokeTimings }).runKeystrokes(source, name, plan, warmup, every),
      [text, file, keys, WARMUP, BASELINE_EVERY] as const,
    );
  } finally {
    await browser.close();
  }
  if (timings.syntaxErrors > 0) throw new Error(`${timings.syntaxErrors} keystrokes broke the MDX: they should all land in prose`);
  const sorted = [...timings.incremental].sort((a, b) => a - b);
  const fullSorted = [...timings.full].sort((a, b) => a - b);
  const p95 = quantile(sorted, 0.95);
  const fullP95 = quantile(fullSorted, 0.95);
  const chrome = /Chrome\/([\d.]+)/.exec(timings.userAgent)?.[1] ?? 'unknown';
  return [
    {
      group: 'validate',
      figure: `${FIGURE}, ${file} (${formatNumber(text.length / 1000)} KB)`,
      unit: 'ms',
      summary: summarise(timings.incremental),
      baseline: { label: 'full checkScenarioSource, same page', unit: 'ms', summary: summarise(timings.full) },
      ratio: { value: fullP95 / p95, label: 'x faster at p95' },
      target: 'p95 < 50 ms',
      status: judge(p95, '<', 50),
      note: `p50 ${formatNumber(quantile(sorted, 0.5))} ms, p95 ${formatNumber(p95)} ms, max ${formatNumber(sorted.at(-1) ?? Number.NaN)} ms over ${sorted.length} keystrokes; full check p50 ${formatNumber(quantile(fullSorted, 0.5))} ms, p95 ${formatNumber(fullP95)} ms; Chromium ${chrome}`,
    },
  ];
}
