/**
 * The `scenarios` content collection's loader: the library read as data
 * (readScenarioLibrary), checked here so a bad scenario stops the build
 * before anything is bundled. Each entry holds only the file and the digest
 * of its text; the parsed models go to the parsed-scenario registry for the
 * pages (see parsed-scenario-registry.ts for why not the store). Unlike
 * Astro's glob loader it never hands a scenario file to @astrojs/mdx, so no
 * scenario becomes a compiled module in any chunk. In `astro dev` it reads
 * the folder again when a scenario file changes.
 */
import { dirname, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isScenarioFileName } from '../../../engine/index.js';
import { checkInWorkers } from './check-in-workers.js';
import { rememberParsedScenarios } from './parsed-scenario-registry.js';
import { readScenarioLibraryEntries, type ReadScenarioLibraryOptions } from './read-scenario-library.js';

/** What the store holds for each scenario: enough for the pages to find the parsed model, and for Astro to see a change. */
// A type, not an interface: Astro's store takes a Record<string, unknown>.
export type ScenarioEntryData = {
  /** The file, as messages name it. */
  file: string;
  /** scenarioDigest of the file and its text. */
  digest: string;
};

/** Options for {@link scenarioLoader}: where the library is, and for which build. */
export type ScenarioLoaderOptions = Omit<ReadScenarioLibraryOptions, 'onSkippedDraft' | 'checkFiles'>;

/**
 * @example
 * ```ts
 * defineCollection({ loader: scenarioLoader({ folder: 'scenarios', protocols: siteProtocols, production: import.meta.env.PROD }) });
 * ```
 */
export function scenarioLoader(options: ScenarioLoaderOptions): Loader {
  async function sync({ store, logger }: Pick<LoaderContext, 'store' | 'logger'>): Promise<void> {
    const scenarios = await readScenarioLibraryEntries({
      ...options,
      onSkippedDraft: (file, errorCount) => logger.warn(`${file} is a draft with ${errorCount} error${errorCount === 1 ? '' : 's'}; it is left out of this build.`),
      // A large library is checked in worker threads (check-in-workers.ts says why).
      checkFiles: checkInWorkers({ onFallback: (message) => logger.warn(message) }),
    });
    rememberParsedScenarios(scenarios);
    store.clear();
    for (const { file, digest, scenario } of scenarios) {
      const data: ScenarioEntryData = { file, digest };
      store.set({ id: scenario.id, data, digest });
    }
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
