/**
 * The file name a draft is checked under and downloaded as: its name in
 * kebab-case with `.mdx`, since a scenario's id is its file name. The same
 * rule as `common-ground new` (kebabFromTitle in cli/commands/new-command.ts,
 * which the CLI keeps to itself; one home in the engine would serve both).
 */

/**
 * @example
 * draftFileName('Closing too soon'); // 'closing-too-soon.mdx'
 * draftFileName('  '); // 'new-scenario.mdx'
 */
export function draftFileName(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return `${words.join('-').slice(0, 60).replace(/-+$/, '') || 'new-scenario'}.mdx`;
}
