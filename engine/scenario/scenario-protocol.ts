/**
 * The protocol a scenario follows: the one it carries (a partnership's own
 * file, loaded with it), else the built-in or catalogued one it names.
 */
import { protocolById, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { Scenario } from './scenario-model.js';

/**
 * @throws {ProtocolError} when the scenario names a protocol nobody loaded.
 * @example
 * scenarioProtocol(scenario).stages.length; // 7 for a North Yorkshire scenario
 */
export function scenarioProtocol(scenario: Pick<Scenario, 'frontmatter' | 'protocolDefinition'>, protocols?: ProtocolCatalogue): Protocol {
  return scenario.protocolDefinition ?? protocolById(scenario.frontmatter.protocol, protocols);
}
