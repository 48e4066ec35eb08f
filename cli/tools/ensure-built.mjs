/**
 * Builds dist/ when its last build did not finish or is older than a source
 * in cli/ or engine/, so `npm start` and the tests always run what the
 * sources say.
 * The package has no `prepare` script: an installed CLI (a packed tarball,
 * built by `prepack`) must never try to build itself without its tools.
 *
 * Run directly (`node cli/tools/ensure-built.mjs`) it builds if needed; the
 * tests import `ensureBuiltCli` (typed in ensure-built.d.mts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Written by build-cli.mjs when, and only when, a build has finished (relative to the package root). */
export const BUILD_STAMP = 'dist/build-complete.txt';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|json|mjs|html|css)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Whether the package at `packageRoot` needs building: its last build did
 * not finish (no stamp: never built, or stopped part way), or a source in
 * cli/ or engine/ is newer than the stamp.
 */
export function needsBuild(packageRoot) {
  const stamp = join(packageRoot, BUILD_STAMP);
  return !existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(newestSource(join(packageRoot, 'cli')), newestSource(join(packageRoot, 'engine')));
}

/** Builds dist/ when {@link needsBuild} says so; returns whether it built. */
export function ensureBuiltCli(options = {}) {
  const stale = needsBuild(root);
  if (stale) execFileSync(process.execPath, [join(root, 'cli', 'tools', 'build-cli.mjs')], { cwd: root, stdio: options.quiet ? 'pipe' : 'inherit' });
  return stale;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuiltCli();
