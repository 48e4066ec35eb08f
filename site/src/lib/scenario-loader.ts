/**
 * The `scenarios` content collection's loader: the library read as data
 * (readScenarioLibrary) and each Scenario model stored as an entry. Unlike
 * Astro's glob loader it never hands a scenario file to @astrojs/mdx, so no
 * scenario becomes a compiled module in any chunk. In `astro dev` it reads
 * the folder again when a scenario file changes.
 */
import { dirname, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isScenarioFileName } from '../../../engine/index.js';
import { readScenarioLibrary, type ReadScenarioLibraryOptions } from './read-scenario-library.js';

/** Options for {@link scenarioLoader}: where the library is, and for which build. */
export type ScenarioLoaderOptions = Omit<ReadScenarioLibraryOptions, 'onSkippedDraft'>;

/**
 * @example
 * ```ts
 * defineCollection({ loader: scenarioLoader({ folder: 'scenarios', protocols: siteProtocols, production: import.meta.env.PROD }) });
 * ```
 */
export function scenarioLoader(options: ScenarioLoaderOptions): Loader {
  async function sync({ store, logger }: Pick<LoaderContext, 'store' | 'logger'>): Promise<void> {
    const scenarios = await readScenarioLibrary({
      ...options,
      onSkippedDraft: (file, errorCount) => logger.warn(`${file} is a draft with ${errorCount} error${errorCount === 1 ? '' : 's'}; it is left out of this build.`),
    });
    store.clear();
    for (const scenario of scenarios) store.set({ id: scenario.id, data: { scenario } });
  }
  return {
    name: 'common-ground:scenarios',
    load: async (context) => {
      await sync(context);
      const folder = resolve(options.folder);
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        // Only files directly in the folder can be scenarios (templates/ is not read).
        if (dirname(resolve(path)) === folder && isScenarioFileName(path)) {
          sync(context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        }
      });
    },
  };
}
