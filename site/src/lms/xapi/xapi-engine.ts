/**
 * What this folder takes from the engine's browser face (`engine/runtime.ts`),
 * in one place, so the sender's modules show at a glance that they need
 * nothing of the authoring face.
 */
export { type KeyValueStore, type Scenario, type Session } from '../../../../engine/runtime.js';
export {
  anonymousActor,
  formatUuid,
  newStatements,
  readCmi5Launch,
  statementKind,
  type Cmi5Launch,
  type XapiAgent,
  type XapiAttempt,
  type XapiStatement,
  type XapiStatementKind,
} from '../../../../engine/runtime.js';
