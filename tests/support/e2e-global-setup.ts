import { ensureBuiltCli } from './built-cli.js';
import { ensureSystemPackages } from './system-packages.js';

/** Before the end-to-end tests: Debian's Chromium and tmux present, the CLI built. */
export default function setup(): void {
  ensureSystemPackages();
  ensureBuiltCli();
}
