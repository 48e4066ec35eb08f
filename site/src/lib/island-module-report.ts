import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** One chunk the browser loads, and the source modules bundled into it. */
export interface IslandChunk {
  /** The chunk's file name under the site's output, e.g. `_astro/ScenarioPlayer.Bx1.js`. */
  readonly fileName: string;
  /** Every module in the chunk, relative to the package root (`node_modules/...` for packages). */
  readonly modules: readonly string[];
}

/** Where the report is written: beside the built site, never inside what is published. */
export const islandModuleReportPath = 'site/.build/island-modules.json';

/**
 * Records, for every chunk of the client build, the modules Rollup bundled
 * into it, so a test can check what the browser really receives rather than
 * what the imports say (tests/e2e/site/island-bundles.test.ts). Only the client
 * build is recorded: pages render at build time and may use the whole engine.
 */
export function islandModuleReport(root: string, reportPath = islandModuleReportPath): AstroIntegration {
  return {
    name: 'common-ground:island-module-report',
    hooks: {
      'astro:build:setup': ({ target, updateConfig }) => {
        if (target !== 'client') return;
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
                const file = `${root}/${reportPath}`;
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
