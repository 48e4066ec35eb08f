/**
 * The public face of the scenario layer: the format (schema, vocabulary,
 * model), the parser, durations, and the validator with its findings.
 */
export {
  SCENARIO_FORMAT_VERSION,
  ScenarioFrontmatterSchema,
  CastMemberSchema,
  AcknowledgementSchema,
  ProvenanceSchema,
  isKebabId,
  type ScenarioFrontmatter,
  type ScenarioFrontmatterInput,
  type ScenarioCastMember,
  type ScenarioAcknowledgement,
} from './scenario.schema.js';
export {
  SCENARIO_TOPICS,
  SCENARIO_PRINCIPLES,
  topicIds,
  principleIds,
  topicLabel,
  principleLabel,
  isPrincipleId,
  type TopicId,
  type PrincipleId,
  type CapacityStep,
} from './scenario-vocabulary.js';
export { scenarioErrorMap } from './friendly-error-map.js';
export type {
  Scenario,
  SceneNode,
  EndingNode,
  EndingOutcome,
  ScenarioNode,
  ScenarioChoice,
  ChoiceFeedback,
  ScenarioEvent,
  ScenarioReflect,
  ScenarioRecord,
  SceneItem,
  Narrative,
  NarrativeRoot,
  NarrativeContent,
  SourcePosition,
} from './scenario-model.js';
export type { Duration } from './duration.js';
export { parseDuration, type DurationResult } from './parse-duration.js';
export { applyDuration } from './apply-duration.js';
export { COMPONENT_ATTRIBUTES, componentNames, type ComponentName } from './component-attributes.js';
export { parseScenario, parseScenarioParts, scenarioIdFromFile, type ParseResult, type ScenarioParts } from './parse-scenario.js';
export {
  validateScenario,
  validateScenarioParts,
  checkScenarioSource,
  type ValidateOptions,
  type ValidationProtocol,
  type ExtraScenarioCheck,
} from './validate-scenario.js';
export { scenarioProtocol } from './scenario-protocol.js';
export { buildSceneGraph, reachableFrom, canReachAny, findLoops, waysOn, type SceneGraph } from './scenario-graph.js';
export { formatFinding, makeFinding, sortFindings, hasErrors, type Finding, type FindingSeverity, type SourcePoint } from './finding.js';
export { FINDING_CODES, findingCodes, type FindingCode } from './finding-codes.js';
export { ScenarioError } from './scenario-error.js';
export { LocatedError, locatedFromFindings, type LocatedErrorDetails } from './located-error.js';
export { assertScenarioFormat } from './assert-scenario-format.js';
