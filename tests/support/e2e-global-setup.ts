import { ensureSiteBuilt } from '../e2e/support/site-build.js';
import { ensureBuiltCli } from './built-cli.js';
import { ensureSystemPackages } from './system-packages.js';

/**
 * Before the end-to-end tests: Debian's Chromium and tmux present, the CLI
 * built, and the site built into site/dist once for the whole run (when its
 * inputs changed since the last build). Each file's own `ensureSiteBuilt`
 * then finds it current, so no file carries the build's time, and no two
 * files could ever build site/dist at once.
 */
export default async function setup(): Promise<void> {
  ensureSystemPackages();
  ensureBuiltCli();
  await ensureSiteBuilt();
}
