/** Builds dist/cli.js when it is missing or older than cli/ or engine/; returns whether it built. */
export function ensureBuiltCli(options?: { quiet?: boolean }): boolean;
