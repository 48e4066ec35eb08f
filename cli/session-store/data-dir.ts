/**
 * Where the app keeps its files: the user's data directory
 * (`env-paths('common-ground', { suffix: '' }).data`), or the folder named by
 * `COMMON_GROUND_DATA_DIR` (tests and portable installs use it).
 */
import envPaths from 'env-paths';
import { join } from 'node:path';

/** The environment variable that overrides the data directory. */
export const DATA_DIR_ENV = 'COMMON_GROUND_DATA_DIR';

/**
 * The data directory for this environment.
 * @example
 * resolveDataDir({ COMMON_GROUND_DATA_DIR: '/tmp/cg' }); // '/tmp/cg'
 */
export function resolveDataDir(env: Record<string, string | undefined>): string {
  const override = env[DATA_DIR_ENV];
  if (override !== undefined && override.trim() !== '') return override;
  return envPaths('common-ground', { suffix: '' }).data;
}

/** The folder saved sessions live in. */
export function sessionsDir(dataDir: string): string {
  return join(dataDir, 'sessions');
}

/** The folder debrief exports are written to. */
export function exportsDir(dataDir: string): string {
  return join(dataDir, 'exports');
}
