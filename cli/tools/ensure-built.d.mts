/** Written by build-cli.mjs when, and only when, a build has finished (relative to the package root). */
export const BUILD_STAMP: string;
/** Whether the package at `packageRoot` needs building: no finished build, or a source in cli/ or engine/ newer than it. */
export function needsBuild(packageRoot: string): boolean;
/** Builds dist/ when `needsBuild` says so; returns whether it built. */
export function ensureBuiltCli(options?: { quiet?: boolean }): boolean;
