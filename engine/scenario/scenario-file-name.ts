/**
 * The one rule for which files are scenarios, used by the terminal app, the
 * build-time cache, `validate`/`test` on a folder and the site's content
 * collection: an `.mdx` file that is not the folder's README and not an
 * authoring template.
 */

/**
 * True when a file name (or path) is a scenario by the rule above. Letter
 * case does not matter: `README.mdx` and `readme.MDX` are both the README.
 *
 * @example
 * isScenarioFileName('closing-too-soon.mdx');    // true
 * isScenarioFileName('README.mdx');              // false
 * isScenarioFileName('new-scenario.template.mdx'); // false
 */
export function isScenarioFileName(name: string): boolean {
  const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase();
  return base.endsWith('.mdx') && !base.startsWith('readme') && !base.endsWith('.template.mdx');
}

/**
 * The scenarios among the names of a folder's files, in a stable order.
 *
 * @example
 * scenarioFileNames(['b.mdx', 'README.mdx', 'a.mdx', 'a.plan.yaml']); // ['a.mdx', 'b.mdx']
 */
export function scenarioFileNames(names: readonly string[]): string[] {
  return names.filter(isScenarioFileName).sort();
}

/**
 * The same rule as glob patterns, for loaders that take globs (Astro's
 * content collections): every `.mdx` file directly in the folder, less the
 * README and templates. Subfolders, such as `templates/`, are never read.
 */
export const SCENARIO_FILE_GLOBS: readonly string[] = ['*.{mdx,MDX}', '![Rr][Ee][Aa][Dd][Mm][Ee]*', '!*.template.mdx'];
