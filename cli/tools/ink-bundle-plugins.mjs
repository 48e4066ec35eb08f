// The esbuild plugins every bundle of an Ink app needs: the terminal app's
// (build-cli.mjs), and the bare Ink app the start-up benchmark measures as
// its floor (tests/bench/benchmarks/cli-start.bench.ts), so that floor is
// bundled exactly as the app is.
import { readFile } from 'node:fs/promises';

// Ink loads its React devtools hook with `import()` only when DEV=true. In a
// bundle without splitting that module would be inlined and its static
// `import 'react-devtools-core'` (not installed) hoisted to the top, breaking
// every start; left a dynamic import of the package, DEV=true gets Ink's own
// "not installed" warning instead, as before.
export const inkDevtoolsOnDemand = {
  name: 'ink-devtools-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (args.importer.includes('/node_modules/ink/') ? { path: 'react-devtools-core', external: true } : undefined));
  },
};
// yoga-layout (Ink's layout engine) carries its WebAssembly as a base64
// `data:` URL and, wherever `fetch` exists, reads it through `fetch`: in
// Node that loads undici and decodes the URL with it, 20-30 ms of every
// start of the full-screen app. Told there is no `fetch` (in that file
// alone), its Emscripten loader decodes the same string itself. No upstream
// issue found: the loader is Emscripten's generic `getBinaryPromise`.
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // A new yoga-layout that loads its binary differently must be looked at again, not silently slow.
      if (!source.includes('typeof fetch')) throw new Error(`${args.path} no longer tests \`typeof fetch\`: check how it loads its WebAssembly (cli/tools/ink-bundle-plugins.mjs, yoga-without-fetch)`);
      return { contents: source.replaceAll('typeof fetch', '"undefined"'), loader: 'js' };
    });
  },
};
