/**
 * The one rule for which files are scenarios, used by the terminal app, the
 * build-time cache, `validate`/`test` on a folder and the site's content
 * collection: an `.mdx` file that is not the folder's README and not an
 * authoring template. And the one rule for naming a new scenario's file
 * from its title, used by `common-ground new` and the studio (a scenario's
 * id is its file name).
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

/** The id a title with no letters or digits in it gets. */
const UNNAMED_ID = 'new-scenario';

/** The longest id made from a title, so a long title still makes a workable file name. */
const TITLE_ID_LENGTH = 60;

/**
 * A title in kebab-case, for a scenario's id and file name: lower case,
 * accents dropped, every run of other characters one hyphen, at most 60
 * characters; `new-scenario` when nothing is left.
 *
 * @example
 * kebabFromTitle('Closing too soon'); // 'closing-too-soon'
 * kebabFromTitle("Who's at the table? (Part 2)"); // 'who-s-at-the-table-part-2'
 * kebabFromTitle('!!!'); // 'new-scenario'
 */
export function kebabFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words.join('-').slice(0, TITLE_ID_LENGTH).replace(/-+$/, '') || UNNAMED_ID;
}

/**
 * The file name for a scenario with this title: {@link kebabFromTitle} and `.mdx`.
 *
 * @example
 * scenarioFileNameFor('Closing too soon'); // 'closing-too-soon.mdx'
 * scenarioFileNameFor('  '); // 'new-scenario.mdx'
 */
export function scenarioFileNameFor(title: string): string {
  return `${kebabFromTitle(title)}.mdx`;
}
