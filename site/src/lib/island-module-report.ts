import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

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

/**
 * Where the report of Vite's worker build (the studio's checking worker) is
 * written. Vite builds a worker on its own, with `vite.worker.plugins`
 * rather than the page's plugins, and the page's build sees its chunk only
 * as an asset, so the worker needs a report of its own.
 */
export const workerModuleReportPath = 'site/.build/worker-modules.json';

/** Options for {@link islandModuleReport}. */
export interface ModuleReportOptions {
  /**
   * A folder for both reports instead of `site/.build` (relative to `root`
   * or absolute), so a test's own build does not overwrite the main build's.
   */
  folder?: string | undefined;
}

/** The report files of one build of the site. */
export interface ModuleReportPaths {
  /** What the browser receives: the islands' chunks. */
  client: string;
  /** The code that renders the pages. */
  server: string;
  /** The browser's workers (Vite's worker build). */
  worker: string;
}

/**
 * The report files for a report folder, or the default ones.
 *
 * @example
 * moduleReportPaths(); // { client: 'site/.build/island-modules.json', server: 'site/.build/server-modules.json', worker: 'site/.build/worker-modules.json' }
 */
export function moduleReportPaths(folder?: string): ModuleReportPaths {
  if (folder === undefined || folder === '') return { client: islandModuleReportPath, server: serverModuleReportPath, worker: workerModuleReportPath };
  return { client: join(folder, 'island-modules.json'), server: join(folder, 'server-modules.json'), worker: join(folder, 'worker-modules.json') };
}

/**
 * A report of what a build's chunks bundle, written to `reportPath`
 * (relative to `root`, or absolute) each time a bundle is generated. Its
 * `plugin()` may be called for several bundles of one build (Vite calls
 * `worker.plugins` for each worker it bundles): the report lists the chunks
 * of all of them.
 *
 * @example
 * const workers = moduleReport(process.cwd(), moduleReportPaths().worker);
 * // astro.config.mjs: vite: { worker: { plugins: () => [workers.plugin()] } }
 */
export function moduleReport(root: string, reportPath: string): { plugin(): Plugin } {
  const chunks = new Map<string, IslandChunk>();
  const file = isAbsolute(reportPath) ? reportPath : join(root, reportPath);
  return {
    plugin: () => ({
      name: 'common-ground:island-module-report',
      generateBundle(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          const modules = output.moduleIds.filter((id) => !id.startsWith('\0')).map((id) => relative(root, id.split('?')[0]!));
          chunks.set(output.fileName, { fileName: output.fileName, modules });
        }
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify([...chunks.values()], null, 2)}\n`);
      },
    }),
  };
}

/**
 * Records, for every chunk of the client build and of the server build, the
 * modules Rollup bundled into it, so tests can check what was really built
 * rather than what the imports say: the client report is what the browser
 * receives (tests/e2e/site/island-bundles.test.ts), the server report shows
 * that no scenario file was ever compiled as a module
 * (tests/e2e/site/scenarios-as-data.test.ts). Astro deletes the server
 * chunks after a static build, so the report is the only trace of them.
 * Workers are built apart from both, so their report is added in
 * astro.config.mjs (`vite.worker.plugins`, with {@link moduleReport}).
 */
export function islandModuleReport(root: string, options: ModuleReportOptions = {}): AstroIntegration {
  const paths = moduleReportPaths(options.folder);
  return {
    name: 'common-ground:island-module-report',
    hooks: {
      'astro:build:setup': ({ target, updateConfig }) => {
        // A fresh report for each build, so a chunk of an earlier build is never listed.
        updateConfig({ plugins: [moduleReport(root, target === 'client' ? paths.client : paths.server).plugin()] });
      },
    },
  };
}
