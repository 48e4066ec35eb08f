/**
 * A guard for parsed scenarios that arrive as JSON from elsewhere (a build
 * cache, a prop handed to the browser): the model carries its format version,
 * and a model from another version is refused with a clear message rather
 * than misread.
 */
import { ScenarioError } from './scenario-error.js';
import { SCENARIO_FORMAT_VERSION, type Scenario } from './scenario-model.js';

/**
 * Returns the value as a {@link Scenario} when its `formatVersion` is the one
 * this code reads.
 *
 * @throws {ScenarioError} when the version is missing, older or newer.
 * @example
 * const scenario = assertScenarioFormat(JSON.parse(cachedText));
 */
export function assertScenarioFormat(value: unknown): Scenario {
  const record = typeof value === 'object' && value !== null ? (value as Partial<Scenario>) : {};
  const file = typeof record.file === 'string' ? record.file : 'scenario';
  const version = record.formatVersion;
  if (version === SCENARIO_FORMAT_VERSION && typeof record.scenes === 'object' && record.scenes !== null) return value as Scenario;
  const which =
    typeof version !== 'number'
      ? 'has no format version'
      : version > SCENARIO_FORMAT_VERSION
        ? `is in scenario format ${version}, newer than this version of Common Ground reads (${SCENARIO_FORMAT_VERSION})`
        : `is in scenario format ${version}, older than this version of Common Ground reads (${SCENARIO_FORMAT_VERSION})`;
  throw new ScenarioError(`The parsed scenario ${which}.`, {
    file,
    hint: typeof version === 'number' && version > SCENARIO_FORMAT_VERSION ? 'Update Common Ground.' : 'Parse the .mdx file again with parseScenario.',
  });
}
