/**
 * The parts of a scenario file the draft rule reads: its id, and the
 * `status` from its frontmatter (unknown when the frontmatter is unreadable).
 */
export interface ScenarioEntry {
  id: string;
  filePath?: string | undefined;
  data: { status?: 'draft' | 'published' | undefined };
}

/**
 * Whether a scenario belongs in this build: drafts appear while authoring
 * (`astro dev`) and are left out of production builds.
 *
 * @example
 * ```ts
 * isPublishable({ id: 'x', data: { status: 'draft' } }, true); // false
 * ```
 */
export function isPublishable(entry: ScenarioEntry, production: boolean): boolean {
  return !production || entry.data.status !== 'draft';
}
