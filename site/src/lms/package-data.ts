/**
 * What a learning-platform package's `scenario.js` sets before the player
 * runs (written by engine/lms/scorm-package.ts): the scenario, the site its
 * guidance links open, and the xAPI store it reports to, if any.
 */
import type { PackageData } from '../../../engine/runtime.js';

export type { PackageData };

/**
 * The data the package's script left on the window, or null when it is missing.
 * @example
 * const data = readPackageData(window);
 */
export function readPackageData(win: { COMMON_GROUND_PACKAGE?: unknown }): PackageData | null {
  const data = win.COMMON_GROUND_PACKAGE as Partial<PackageData> | undefined;
  if (!data || typeof data !== 'object' || !data.scenario || typeof data.scenario !== 'object') return null;
  return { scenario: data.scenario, siteUrl: typeof data.siteUrl === 'string' ? data.siteUrl : null, xapi: data.xapi ?? null };
}
