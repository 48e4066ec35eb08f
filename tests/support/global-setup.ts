import { ensureBuiltCli } from './built-cli.js';

/** Builds dist/cli.js once for the whole run, if any source is newer than it. */
export default function setup(): void {
  ensureBuiltCli();
}
