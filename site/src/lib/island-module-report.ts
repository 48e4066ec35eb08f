import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** One chunk of a build, and the source modules bundled into it. */
export interface IslandChunk {
  /** The chunk's file name under the build's output, e.g. `_astro/ScenarioPlayer.Bx1.js`. */
  readonly fileName: string;
  /** Every module in the chunk, relative to the package root (`node_modules/...` for packages). */
  readonly modules: readonly string[];
}

/** Where the client build's report is written: beside the built site, never inside what is published. */
export const islandModuleReportPath = 'site/.build/island-modules.json';

/** Where the server build's report (the code that renders the pages) is written. */
export const serverModuleReportPath = 'site/.build/server-modules.json';

/** Options for {@link islandModuleReport}. */
export interface ModuleReportOptions {
  /**
   * A folder for both reports instead of `site/.build` (relative to `root`
   * or absolute), so a test's own build does not overwrite the main build's.
   */
  folder?: string | undefined;
}

/**
 * The two report files for a report folder, or the default ones.
 *
 * @example
 * moduleReportPaths(); // { client: 'site/.build/island-modules.json', server: 'site/.build/server-modules.json' }
 */
export function moduleReportPaths(folder?: string): { client: string; server: string } {
  if (folder === undefined || folder === '') return { client: islandModuleReportPath, server: serverModuleReportPath };
  return { client: join(folder, 'island-modules.json'), server: join(folder, 'server-modules.json') };
}

/**
 * Records, for every chunk of the client build and of the server build, the
 * modules Rollup bundled into it, so tests can check what was really built
 * rather than what the imports say: the client report is what the browser
 * receives (tests/e2e/site/island-bundles.test.ts), the server report shows
 * that no scenario file was ever compiled as a module
 * (tests/e2e/site/scenarios-as-data.test.ts). Astro deletes the server
 * chunks after a static build, so the report is the only trace of them.
 */
export function islandModuleReport(root: string, options: ModuleReportOptions = {}): AstroIntegration {
  const paths = moduleReportPaths(options.folder);
  return {
    name: 'common-ground:island-module-report',
    hooks: {
      'astro:build:setup': ({ target, updateConfig }) => {
        const reportPath = target === 'client' ? paths.client : paths.server;
        updateConfig({
          plugins: [
            {
              name: 'common-ground:island-module-report',
              generateBundle(_options, bundle) {
                const chunks: IslandChunk[] = [];
                for (const output of Object.values(bundle)) {
                  if (output.type !== 'chunk') continue;
                  const modules = output.moduleIds
                    .filter((id) => !id.startsWith('\0'))
                    .map((id) => relative(root, id.split('?')[0]!));
                  chunks.push({ fileName: output.fileName, modules });
                }
                const file = isAbsolute(reportPath) ? reportPath : join(root, reportPath);
                mkdirSync(dirname(file), { recursive: true });
                writeFileSync(file, `${JSON.stringify(chunks, null, 2)}\n`);
              },
            },
          ],
        });
      },
    },
  };
}
