/**
 * The page script of the studio keystroke benchmark, bundled for the browser
 * (esbuild, platform browser) and run in headless Chromium: it replays a
 * list of keystrokes on a scenario's text, re-checking after each with one
 * `createScenarioChecker` as the studio's worker does, and times each check
 * with `performance.now`; then times the full `checkScenarioSource` of some
 * of the same texts as the baseline.
 */
import { checkScenarioSource, createScenarioChecker } from '../../../engine/index.js';
import { applyKeystroke, type Keystroke, type KeystrokeTimings } from '../lib/keystrokes.js';

function run(text: string, file: string, keys: readonly Keystroke[], warmup: number, baselineEvery: number): KeystrokeTimings {
  const checker = createScenarioChecker();
  checker.check(text, file);
  const incremental: number[] = [];
  const full: number[] = [];
  let syntaxErrors = 0;
  let current = text;
  keys.forEach((key, index) => {
    current = applyKeystroke(current, key);
    const start = performance.now();
    const { findings } = checker.check(current, file);
    const ms = performance.now() - start;
    if (findings.some((finding) => finding.code === 'mdx-syntax')) syntaxErrors += 1;
    if (index < warmup) return;
    incremental.push(ms);
    if ((index - warmup) % baselineEvery === 0) {
      const fullStart = performance.now();
      checkScenarioSource(current, file);
      full.push(performance.now() - fullStart);
    }
  });
  return { incremental, full, syntaxErrors, userAgent: navigator.userAgent };
}

(globalThis as { runKeystrokes?: typeof run }).runKeystrokes = run;
