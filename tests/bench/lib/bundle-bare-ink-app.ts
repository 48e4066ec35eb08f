/**
 * Bundles tests/bench/fixtures/bare-ink-app.tsx the way cli/tools/build-cli.mjs
 * bundles the terminal app: one ES module for Node 20, production React,
 * whitespace and syntax minified, and the same Ink plugins
 * (cli/tools/ink-bundle-plugins.mjs). Returns the bundle's path.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { inkDevtoolsOnDemand, yogaWithoutFetch } from '../../../cli/tools/ink-bundle-plugins.mjs';

/**
 * @example
 * const app = await bundleBareInkApp(root); // node_modules/.cache/common-ground-bench/bare-ink-app.mjs
 */
export async function bundleBareInkApp(root: string): Promise<string> {
  const outfile = join(root, 'node_modules', '.cache', 'common-ground-bench', 'bare-ink-app.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['tests/bench/fixtures/bare-ink-app.tsx'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    banner: { js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);" },
    define: { 'process.env.NODE_ENV': '"production"' },
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [inkDevtoolsOnDemand, yogaWithoutFetch],
  });
  return outfile;
}
