/**
 * A benchmark's in-page script, bundled for the browser with esbuild (one
 * IIFE, minified, production React), to be evaluated in Chromium by the
 * benchmarks that time work inside a page.
 */
import { build } from 'esbuild';

/**
 * @example
 * const script = await bundlePageScript(root, 'tests/bench/pages/search-page.ts');
 * await page.addScriptTag({ content: script });
 */
export async function bundlePageScript(root: string, entry: string): Promise<string> {
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return bundled.outputFiles[0]!.text;
}
