/**
 * A guard for parsed scenarios that arrive as JSON from elsewhere (a build
 * cache, a prop handed to the browser): the model carries its format version,
 * and a model from another version is refused with a clear message rather
 * than misread.
 */
import { readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import { ScenarioError } from './scenario-error.js';
import type { Scenario } from './scenario-model.js';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from './scenario-format.js';

/**
 * Returns the value as a {@link Scenario} when its `formatVersion` is the one
 * this code reads.
 *
 * @throws {ScenarioError} when the version is missing, older or newer.
 * @example
 * const scenario = assertScenarioFormat(JSON.parse(cachedText));
 */
export function assertScenarioFormat(value: unknown): Scenario {
  const record = isRecord(value) ? value : {};
  const file = typeof record.file === 'string' ? record.file : 'scenario';
  const reading = readFormat(record, SCENARIO_FORMAT);
  if (reading.status === 'readable' && isRecord(reading.data.scenes)) {
    // A model in an older format that is still read has been brought up to date.
    const model: unknown = reading.from === SCENARIO_FORMAT.current ? value : reading.data;
    return model as Scenario;
  }
  const which =
    reading.status === 'too-new'
      ? `is in scenario format ${reading.version}, newer than this version of Common Ground reads (${SCENARIO_FORMAT_VERSION})`
      : reading.status === 'too-old'
        ? `is in scenario format ${reading.version}, older than this version of Common Ground reads (${SCENARIO_FORMAT_VERSION})`
        : 'has no format version';
  throw new ScenarioError(`The parsed scenario ${which}.`, {
    file,
    hint: reading.status === 'too-new' ? 'Update Common Ground.' : 'Parse the .mdx file again with parseScenario.',
  });
}
