/**
 * The built CLI for tests that run it as a user would. Vitest's global setup
 * (`tests/support/global-setup.ts`) builds it once, before any test file
 * runs, when its last build did not finish or is older than a source: test
 * files never rebuild it themselves, so one file cannot delete dist/ under
 * another's feet.
 */
import { join, resolve } from 'node:path';
import { ensureBuiltCli as ensureBuilt } from '../../cli/tools/ensure-built.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const cli = join(root, 'dist/cli.js');

/** Builds dist/ when its last build did not finish or is older than cli/ or engine/ (cli/tools/ensure-built.mjs). */
export function ensureBuiltCli(): void {
  ensureBuilt({ quiet: true });
}
