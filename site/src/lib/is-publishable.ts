/**
 * The parts of a `scenarios` collection entry the site reads. Spelled out
 * rather than taken from Astro's generated types so `tsc` passes before
 * `astro sync` has run.
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
