// Bundles the terminal app ahead of time so that starting it never transpiles
// TypeScript: `node dist/cli.js` loads plain JavaScript only. Each command,
// and each module a command loads on demand, is a bundle of its own
// (cli/tools/bundle-apart.mjs), so `deadlines --json` never pays for Ink and
// the start menu never pays for the MDX parser.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApart } from './bundle-apart.mjs';
import { inkDevtoolsOnDemand, yogaWithoutFetch } from './ink-bundle-plugins.mjs';
import { computeBuildId } from './build-id.mjs';
import { BUILD_STAMP } from './ensure-built.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

// engine/ is pure (no top-level side effects, by the house rules), so tell
// esbuild it may drop whatever a command does not use from the engine's
// barrel files. Without this, `deadlines` loaded the scenario parser, MDX
// toolchain and search index code too.
const engineDir = fileURLToPath(new URL('../../engine/', import.meta.url));
const engineHasNoSideEffects = {
  name: 'engine-has-no-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      // Only our own modules can be in engine/: a package's imports need no second look.
      if (args.pluginData?.engineResolve || args.importer.includes('/node_modules/')) return undefined;
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

// acorn-jsx require()s acorn's CommonJS build while remark-mdx imports its
// ES module: two copies of the JavaScript parser. One is enough.
const oneAcorn = {
  name: 'one-acorn',
  setup(build) {
    build.onResolve({ filter: /^acorn$/ }, (args) => (args.kind === 'require-call' ? build.resolve('acorn', { kind: 'import-statement', resolveDir: args.resolveDir }) : undefined));
  },
};
const buildId = JSON.stringify(computeBuildId(root));

rmSync(new URL('../../dist', import.meta.url), { recursive: true, force: true });
await buildApart({
  entries: new Map([
    [`${root}cli/main.ts`, `${root}dist/cli.js`],
    [`${root}cli/tools/precompile-scenarios.ts`, `${root}dist/precompile-scenarios.js`],
    // `validate` keeps its folder: its command and cache in one file, the
    // parser and checks, loaded only when a file misses the cache, in the other.
    [`${root}cli/commands/validate-command.ts`, `${root}dist/validate/validate-command.js`],
    [`${root}cli/commands/validate-file.ts`, `${root}dist/validate/validate-file.js`],
  ]),
  // Commands and the modules they load on demand, one file each.
  lazyDir: `${root}dist/lazy`,
  ownDirs: [`${root}cli/`, engineDir],
  options: {
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    // Some bundled CommonJS packages call require(); give ESM bundles one.
    banner: {
      js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);",
    },
    // The build id keys the `validate` cache (cli/build-id.ts): new code never reads an old build's results.
    define: { 'process.env.NODE_ENV': '"production"', __COMMON_GROUND_BUILD_ID__: buildId },
    // Whitespace and syntax only: less to read and compile at every start,
    // while names stay readable in an internal error's message.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [inkDevtoolsOnDemand, yogaWithoutFetch, oneAcorn, engineHasNoSideEffects],
  },
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

// Last of all, the stamp that says the build finished: a build stopped part
// way (Ctrl-C during the first `npm start`) leaves dist/cli.js without the
// bundles it loads, and without this stamp, so the next start builds again
// instead of failing on a missing module.
writeFileSync(new URL(`../../${BUILD_STAMP}`, import.meta.url), `${buildId}\n`);
