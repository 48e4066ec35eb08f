// `npm run bench`: bundles the TypeScript benchmark entry with esbuild (the
// same tool that builds the CLI) and runs it. The bundle goes under
// node_modules/.cache so that bare package imports resolve to the project's
// node_modules without being bundled. Arguments pass through, e.g.
// `npm run bench -- --only calendar,parse` or `-- --write` (update the committed results).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = `${root}node_modules/.cache/common-ground-bench/main.mjs`;
const entry = process.env.BENCH_ENTRY ?? 'tests/bench/main.ts';

await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: 'inline',
  logLevel: 'warning',
});

// A child process, so the benchmark starts with a clean heap and its own flags.
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
