import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The axe-core build injected into pages. */
export const axeScriptPath = require.resolve('axe-core/axe.min.js');

/** The WCAG levels every page must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One axe violation, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Options for {@link runAxe}. */
export interface RunAxeOptions {
  /** Viewport width; default 1280. */
  width?: number;
  /** Run after the page has done this (e.g. waited for search results). */
  ready?: (page: import('playwright-core').Page) => Promise<void>;
}

/**
 * Runs axe-core on a URL and returns its violations for the WCAG 2.2 AA
 * tags. The site's CSP forbids injected scripts, so the check runs in a
 * separate context with `bypassCSP: true`; only axe's own run uses it.
 *
 * @example
 * ```ts
 * expect(formatViolations(await runAxe(browser, `${origin}/guidance/`))).toEqual('');
 * ```
 */
export async function runAxe(browser: Browser, url: string, options: RunAxeOptions = {}): Promise<AxeViolation[]> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: options.width ?? 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (options.ready) await options.ready(page);
    await page.addScriptTag({ path: axeScriptPath });
    return await axeViolationsIn(page);
  } finally {
    await context.close();
  }
}

/**
 * Runs axe (already on the page, or put there by `evaluate`, which runs
 * outside the page's Content-Security-Policy so the page keeps its own) in
 * a page or frame as it is now, and returns its WCAG 2.2 AA violations.
 * `preload: false` stops axe fetching the stylesheets itself, which a page
 * whose policy allows no connections (a learning-platform package) refuses.
 *
 * @example
 * ```ts
 * expect(formatViolations(await axeViolationsIn(frame, { inject: true, preload: false }))).toBe('');
 * ```
 */
export async function axeViolationsIn(target: Page | Frame, options: { inject?: boolean; preload?: boolean } = {}): Promise<AxeViolation[]> {
  if (options.inject && !(await target.evaluate(() => 'axe' in window))) await target.evaluate(readFileSync(axeScriptPath, 'utf8'));
  return target.evaluate(
    async ({ tags, preload }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, ...(preload === false ? { preload: false } : {}) });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
    },
    { tags: [...wcagTags], preload: options.preload },
  );
}

/** Violations as readable lines, or '' when there are none, so a failure shows what and where. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n    ${violation.targets.join('\n    ')}`)
    .join('\n');
}
