// Bundles the terminal app ahead of time so that starting it never transpiles
// TypeScript: `node dist/cli.js` loads plain JavaScript only. Commands are
// split into chunks loaded on demand, so `deadlines --json` never pays for Ink.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'cli/main.ts' },
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
});
