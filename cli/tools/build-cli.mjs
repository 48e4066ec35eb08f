// Bundles the terminal app ahead of time so that starting it never transpiles
// TypeScript: `node dist/cli.js` loads plain JavaScript only. Commands are
// split into chunks loaded on demand, so `deadlines --json` never pays for Ink.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeBuildId } from './build-id.mjs';

// engine/ is pure (no top-level side effects, by the house rules), so tell
// esbuild it may drop whatever a command does not use from the engine's
// barrel files. Without this, `deadlines` loaded the scenario parser, MDX
// toolchain and search index code too (a 1.8 MB chunk) on every start.
const engineDir = fileURLToPath(new URL('../../engine/', import.meta.url));
const engineHasNoSideEffects = {
  name: 'engine-has-no-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.engineResolve) return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { engineResolve: true },
      });
      if (result.errors.length > 0 || !result.path.startsWith(engineDir)) return undefined;
      return { path: result.path, sideEffects: false };
    });
  },
};

// `validate` is built on its own, in two files without code splitting
// (dist/validate/): with splitting, esbuild ignores `sideEffects: false` (it
// would make chunks import each other, evanw/esbuild#1110), so every command
// that imports the engine's face loads the whole engine, parser included.
// Alone, its first file holds the command and its cache, and the second,
// loaded only when a file misses the cache, the parser and the checks.
const validateCommand = fileURLToPath(new URL('../commands/validate-command.ts', import.meta.url));
const validateApart = {
  name: 'validate-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/validate-command\.js$/ }, () => ({ path: './validate/validate-command.js', external: true }));
  },
};
const validateFileApart = {
  name: 'validate-file-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/validate-file\.js$/ }, (args) => (args.importer === validateCommand ? { path: './validate-file.js', external: true } : undefined));
  },
};
// acorn-jsx require()s acorn's CommonJS build while remark-mdx imports its
// ES module: two copies of the JavaScript parser. One is enough.
const oneAcorn = {
  name: 'one-acorn',
  setup(build) {
    build.onResolve({ filter: /^acorn$/ }, (args) => (args.kind === 'require-call' ? build.resolve('acorn', { kind: 'import-statement', resolveDir: args.resolveDir }) : undefined));
  },
};
const buildId = JSON.stringify(computeBuildId(fileURLToPath(new URL('../../', import.meta.url))));

rmSync(new URL('../../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'cli/main.ts', 'precompile-scenarios': 'cli/tools/precompile-scenarios.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  // Ink's optional devtools integration is never used in production.
  external: ['react-devtools-core'],
  // Some bundled CommonJS packages call require(); give ESM chunks one.
  banner: {
    js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [validateApart, engineHasNoSideEffects],
});
await build({
  entryPoints: { 'validate-command': 'cli/commands/validate-command.ts', 'validate-file': 'cli/commands/validate-file.ts' },
  outdir: 'dist/validate',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: {
    js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
  },
  // The build id keys the `validate` cache (cli/build-id.ts): new code never reads an old build's results.
  define: { 'process.env.NODE_ENV': '"production"', __COMMON_GROUND_BUILD_ID__: buildId },
  // Whitespace and syntax only (names kept): less to read and compile at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [validateFileApart, oneAcorn, engineHasNoSideEffects],
});

// The participant page the workshop server gives to tables' phones: one small
// script and one stylesheet (the site's tokens bundled in), built for phone
// browsers a few years old, loaded from the laptop alone (no CDN, no fonts).
await build({
  entryPoints: [
    { in: 'cli/live/participant/main.ts', out: 'participant' },
    { in: 'cli/live/participant/participant.css', out: 'participant' },
  ],
  outdir: 'dist/live',
  bundle: true,
  // The page imports the protocol through the engine's browser face; only what it uses is kept.
  plugins: [engineHasNoSideEffects],
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
});
copyFileSync(new URL('../live/participant/index.html', import.meta.url), new URL('../../dist/live/index.html', import.meta.url));

// The player inside a learning platform's package (`package scorm`): the site's
// React player and styles in one script and one stylesheet, an IIFE rather than
// modules because a package opened from a folder (file://) may not load modules.
await build({
  entryPoints: [{ in: 'site/src/lms/lms-main.tsx', out: 'player' }],
  outdir: 'dist/scorm-player',
  bundle: true,
  plugins: [engineHasNoSideEffects],
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  // The site's address comes from the package (its --site-url), not from a site build.
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.SITE': 'globalThis.COMMON_GROUND_SITE' },
  minify: true,
  logLevel: 'warning',
});

// Parse the bundled scenarios once now, so the start menu need not at every start.
execFileSync(process.execPath, [fileURLToPath(new URL('../../dist/precompile-scenarios.js', import.meta.url))], { stdio: 'inherit' });
