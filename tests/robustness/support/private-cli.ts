/**
 * A private copy of the built CLI for tests that run it many times: another
 * test (or another engineer) rebuilding dist/ mid-run cannot pull it away.
 * The CLI finds its bundled scenarios beside package.json, so the three are
 * copied together.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_STAMP } from '../../../cli/tools/ensure-built.mjs';
import { ensureBuiltCli, root } from '../../support/built-cli.js';

/**
 * Copies dist/, scenarios/ and package.json into `dir`/app and returns the
 * copied dist/cli.js.
 *
 * @example
 * const cli = privateCli(mkdtempSync(join(tmpdir(), 'cg-')));
 */
export function privateCli(dir: string): string {
  // Only a dist/ whose build never finished is built here (a stopped build leaves dist/cli.js without its bundles); a stale one is the global setup's to rebuild.
  if (!existsSync(join(root, BUILD_STAMP))) ensureBuiltCli();
  const app = join(dir, 'app');
  cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
  cpSync(join(root, 'scenarios'), join(app, 'scenarios'), { recursive: true });
  cpSync(join(root, 'package.json'), join(app, 'package.json'));
  return join(app, 'dist', 'cli.js');
}
