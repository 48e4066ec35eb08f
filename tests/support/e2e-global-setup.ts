import { ensureAddressedSiteBuilt, ensureSiteBuilt } from '../e2e/support/site-build.js';
import { ensureBuiltCli } from './built-cli.js';
import { ensureSystemPackages } from './system-packages.js';

/**
 * Before the end-to-end tests: Debian's Chromium and tmux present, the CLI
 * built, and the site built once for the whole run (when its inputs changed
 * since the last build), both ways the tests need it: site/dist as published
 * by default, and the site for an address with its SCORM packages. The two
 * builds run side by side: one `astro build` of the bundled library keeps
 * only one of the two cores busy for much of its time. Each file's own
 * `ensureSiteBuilt` then finds them current, so no file carries a build's
 * time, and no two files could ever build the same folder at once.
 */
export default async function setup(): Promise<void> {
  ensureSystemPackages();
  ensureBuiltCli();
  await Promise.all([ensureSiteBuilt(), ensureAddressedSiteBuilt()]);
}
