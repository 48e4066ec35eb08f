/**
 * The built CLI for tests that run it as a user would. Vitest's global setup
 * (`tests/support/global-setup.ts`) builds it once, before any test file
 * runs, when it is missing or older than a source: test files never rebuild
 * it themselves, so one file cannot delete dist/ under another's feet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const cli = join(root, 'dist/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|json|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.js when it is missing or older than cli/ or engine/. */
export function ensureBuiltCli(): void {
  const stale = !existsSync(cli) || statSync(cli).mtimeMs < Math.max(newestSource(join(root, 'cli')), newestSource(join(root, 'engine')));
  if (stale) execFileSync(process.execPath, [join(root, 'cli/tools/build-cli.mjs')], { cwd: root, stdio: 'pipe' });
}
