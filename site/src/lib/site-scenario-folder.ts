/**
 * Which folder the site's scenario library is read from when the site is
 * built: `scenarios/` in the package, or the folder the environment variable
 * COMMON_GROUND_SCENARIOS names (a partnership's own library, or a test's
 * temporary copy, so the bundled library is never touched).
 */

/** The environment variable that chooses the scenario folder. */
export const SITE_SCENARIOS_VARIABLE = 'COMMON_GROUND_SCENARIOS';

/** The bundled library, relative to the package root. */
const BUNDLED_SCENARIOS = 'scenarios';

/**
 * The scenario folder, as the build should name it in messages (relative to
 * the package root unless the variable gave an absolute path).
 *
 * @example
 * siteScenarioFolder({}); // 'scenarios'
 * siteScenarioFolder({ COMMON_GROUND_SCENARIOS: '/tmp/library' }); // '/tmp/library'
 */
export function siteScenarioFolder(env: Readonly<Record<string, string | undefined>>): string {
  const value = env[SITE_SCENARIOS_VARIABLE]?.trim();
  return value === undefined || value === '' ? BUNDLED_SCENARIOS : value.replace(/[\\/]+$/, '') || '/';
}
