/**
 * The scenario validator: every check the authoring guide promises, run over
 * a parsed scenario, returning all findings at once. It does no I/O: the
 * caller passes the text in.
 */
import { stageAfter, stageByNumber, stageNumbersChoice } from '../protocol/stage-by-number.js';
import { citableSectionIds } from '../guidance/citable-sections.js';
import { scenarioPrivacyCheck } from '../privacy/scenario-privacy-check.js';
import { DEFAULT_PROTOCOL } from '../protocol/built-in-protocol-data.js';
import { findProtocol, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import { makeFinding, sortFindings, type Finding, type SourcePoint } from './finding.js';
import type { FindingCode } from './finding-codes.js';
import { parseDuration } from './parse-duration.js';
import { assembleScenario, parseScenarioParts, type ParsePartsOptions, type ScenarioParts } from './parse-scenario.js';
import { buildSceneGraph, canReachAny, findLoops, reachableFrom } from './scenario-graph.js';
import type { Scenario } from './scenario-model.js';
import { isPrincipleId, principleIds } from './scenario-vocabulary.js';
import { lintScenario } from './lint-scenario.js';
import { guidanceLinks, sceneNarratives } from './guidance-links.js';

/** The part of a protocol the validator needs. */
export type ValidationProtocol = Pick<Protocol, 'id' | 'name' | 'stages' | 'routes' | 'capacity' | 'immediateRisk' | 'followingResolution'>;

/** A further check run after the built-in ones and the personal-data guard. */
export type ExtraScenarioCheck = (scenario: Scenario, source: string) => Finding[];

/** Options for {@link validateScenario} and {@link checkScenarioSource}. */
export interface ValidateOptions {
  /** The protocol to check against; defaults to the one the frontmatter names, looked up in `protocols`. */
  protocol?: ValidationProtocol;
  /** The protocols known by id; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
  /** Checks to run as well (only when a scenario could be built). */
  extraChecks?: readonly ExtraScenarioCheck[];
  /** The file text, passed to extra checks; `checkScenarioSource` sets it. */
  source?: string;
  /**
   * Whether `checkScenarioSource` and `validateScenarioParts` run the
   * personal-data guard (`scenarioPrivacyCheck`) before any `extraChecks`;
   * on unless `false`.
   */
  privacy?: boolean;
}

const MIN_ENDINGS = 3;

/** Where findings about the file as a whole point. */
const FILE_START: SourcePoint = { line: 1, column: 1 };

/** Where a frontmatter field is, or the top of the file when unknown. */
const fieldAt = (parts: ScenarioParts, field: string): SourcePoint => parts.fieldPositions[field] ?? FILE_START;

/** Collects findings for one file. */
class Checker {
  readonly findings: Finding[] = [];
  constructor(readonly file: string) {}
  add(code: FindingCode, message: string, hint: string, at: SourcePoint | undefined, severity: 'error' | 'warning' = 'error'): void {
    this.findings.push(makeFinding(severity, code, message, hint, this.file, at));
  }
}

function checkGuidanceId(check: Checker, id: string, at: SourcePoint | undefined, how: string, citable: ReadonlySet<string>): void {
  if (!citable.has(id)) {
    check.add('unknown-guidance-section', `${how} "${id}", which is not a section of the guidance for this scenario's protocol.`, 'Use one of the section ids listed in scenarios/README.md, e.g. timescales-are-maximums, or a stage section the protocol names, e.g. stage-1.', at);
  }
}

/** Checks that need only the body (scenes and endings). */
function checkBody(check: Checker, body: NonNullable<ScenarioParts['body']>, start: string | undefined, startAt: SourcePoint, protocol: ValidationProtocol): void {
  const stageCount = protocol.stages.length;
  const lastStage = protocol.stages.at(-1)?.stage ?? 0;
  // A scene before the process starts (stage 0) is allowed; any other stage must be one the protocol has.
  const outOfRange = (stage: number) => stage > 0 && !stageByNumber(protocol, stage);
  const stageHint = `Use ${stageNumbersChoice(protocol)}.`;
  const citable = citableSectionIds(protocol);
  const scenes = Object.values(body.scenes);
  const endings = Object.values(body.endings);
  const isTarget = (id: string) => Object.hasOwn(body.scenes, id) || Object.hasOwn(body.endings, id);

  // Ids of choices, and of Reflect/Record prompts (which test plans fill in), are unique per file.
  const choiceIds = new Map<string, SourcePoint>();
  const inputIds = new Map<string, SourcePoint>();
  for (const scene of scenes) {
    for (const choice of scene.choices) {
      const previous = choiceIds.get(choice.id);
      if (previous) check.add('duplicate-id', `Another choice already has the id "${choice.id}" (line ${previous.line}).`, 'Give every <Choice> in the file its own id; test plans refer to choices by id.', choice.position);
      else choiceIds.set(choice.id, choice.position);
    }
    for (const input of [...scene.reflects, ...scene.records]) {
      const previous = inputIds.get(input.id);
      if (previous) check.add('duplicate-id', `Another <Reflect> or <Record> already has the id "${input.id}" (line ${previous.line}).`, 'Give every <Reflect> and <Record> its own id; test plans fill them in by id.', input.position);
      else inputIds.set(input.id, input.position);
    }
  }

  for (const scene of scenes) {
    for (const choice of scene.choices) {
      if (!isTarget(choice.to)) check.add('unknown-target', `Choice "${choice.id}" leads to "${choice.to}", but there is no scene or ending with that id.`, 'Fix the `to` id, or add the <Scene> or <Ending> it should lead to.', choice.position);
      if (choice.label === '') check.add('missing-label', `Choice "${choice.id}" has no label.`, 'Start the choice with one sentence saying what the learner does, before its <Feedback>.', choice.position);
      if (!choice.feedback) check.add('missing-feedback', `Choice "${choice.id}" has no <Feedback>.`, 'Add one <Feedback cite="…"> inside the choice explaining its consequence with reference to the guidance.', choice.position);
      if (choice.afterText !== undefined) {
        const parsed = parseDuration(choice.afterText);
        if (!parsed.ok) check.add('bad-duration', `Choice "${choice.id}": ${parsed.message}`, parsed.hint, choice.position);
      }
      if (choice.feedback) {
        for (const id of choice.feedback.cite) checkGuidanceId(check, id, choice.feedback.position, 'Feedback cites', citable);
        for (const principle of [...choice.feedback.shows, ...choice.feedback.misses]) {
          if (!isPrincipleId(principle)) check.add('unknown-principle', `Feedback names the principle "${principle}", which is not on the list.`, `Use principles from: ${principleIds.join(', ')}.`, choice.feedback.position);
        }
      }
    }
    for (const event of scene.events) {
      if (event.to !== undefined && !isTarget(event.to)) check.add('unknown-target', `An event in scene "${scene.id}" leads to "${event.to}", but there is no scene or ending with that id.`, 'Fix the `to` id, or add the <Scene> or <Ending> it should lead to.', event.position);
      if (event.afterText !== undefined) {
        const parsed = parseDuration(event.afterText);
        if (!parsed.ok) check.add('bad-duration', `Event in scene "${scene.id}": ${parsed.message}`, parsed.hint, event.position);
      }
    }
    const eventsWithTo = scene.events.filter((event) => event.to !== undefined);
    if (eventsWithTo.length > 1 || (eventsWithTo.length === 1 && scene.choices.length > 0)) {
      check.add('conflicting-ways-on', `Scene "${scene.id}" has ${eventsWithTo.length > 1 ? 'more than one <Event to>' : 'an <Event to> as well as choices'}; an event with \`to\` must be the only way on.`, 'Keep either the choices or a single <Event to>; move the others to another scene.', (eventsWithTo[1] ?? eventsWithTo[0])?.position);
    }
    if (scene.next) {
      const next = scene.next;
      if (!isTarget(next.to)) check.add('unknown-target', `The <Continue> of scene "${scene.id}" leads to "${next.to}", but there is no scene or ending with that id.`, 'Fix the `to` id, or add the <Scene> or <Ending> it should lead to.', next.position);
      if (next.afterText !== undefined) {
        const parsed = parseDuration(next.afterText);
        if (!parsed.ok) check.add('bad-duration', `The <Continue> of scene "${scene.id}": ${parsed.message}`, parsed.hint, next.position);
      }
      if (scene.choices.length > 0 || eventsWithTo.length > 0) {
        check.add('conflicting-ways-on', `Scene "${scene.id}" has a <Continue> as well as ${scene.choices.length > 0 ? 'choices' : 'an <Event to>'}; a <Continue> must be the only way on.`, 'A scene is either a decision (its choices) or a narrative step (one <Continue>): split it into two scenes.', next.position);
      }
    }
    if (scene.choices.length === 0 && eventsWithTo.length === 0 && !scene.next) {
      check.add('dead-end', `Scene "${scene.id}" has no way on: no <Choice>, no <Continue> and no <Event to>.`, 'Add <Choice to="…"> elements for a decision, or a <Continue to="…" /> if the story just moves on, or make it an <Ending> if the story stops here.', scene.position);
    }
    for (const narrative of sceneNarratives(scene)) {
      for (const link of guidanceLinks(narrative.mdast)) checkGuidanceId(check, link.id, link.at, 'A link points to guidance section', citable);
    }
    if (outOfRange(scene.stage)) {
      check.add('stage-out-of-range', `Scene "${scene.id}" is at stage ${scene.stage}, but ${protocol.name} has ${stageCount} stages.`, stageHint, scene.position);
    }
    const steps = protocol.capacity?.steps.map((step) => step.id) ?? [];
    if (scene.capacity !== undefined && steps.length > 0 && !steps.includes(scene.capacity)) {
      check.add('bad-attribute-value', `Scene "${scene.id}" marks the mental-capacity step "${scene.capacity}", which ${protocol.name} does not have.`, `Use one of: ${steps.join(', ')}.`, scene.position);
    }
    // Stage moves: stay, go up one, go down any, or end. Skipping ahead is a
    // teaching device only when marked as a mistake and explained.
    const moves = [...scene.choices, ...(scene.next ? [{ id: 'continue', to: scene.next.to, mistake: false, feedback: undefined, position: scene.next.position }] : [])];
    for (const choice of moves) {
      const target = Object.hasOwn(body.scenes, choice.to) ? body.scenes[choice.to] : undefined;
      if (!target || target.immediateRisk || scene.stage < 1 || target.stage < 1) continue;
      // The next stage in the protocol's order; past the last (or off the ladder), one number up.
      const next = stageAfter(protocol, scene.stage)?.stage ?? Math.max(scene.stage, lastStage) + 1;
      if (target.stage > next && !(choice.mistake && choice.feedback)) {
        check.add(
          'forbidden-stage-move',
          choice.mistake
            ? `Choice "${choice.id}" skips from stage ${scene.stage} to stage ${target.stage}; a skip marked \`mistake\` still needs <Feedback> explaining it.`
            : `Choice "${choice.id}" skips from stage ${scene.stage} to stage ${target.stage}; the process moves up one stage at a time.`,
          choice.mistake ? 'Add <Feedback> saying why skipping stages is wrong.' : `Lead to a stage ${next} scene instead, or mark the choice \`mistake\` and explain the skip in its <Feedback>.`,
          choice.position,
        );
      }
    }
  }
  for (const ending of endings) {
    for (const [name, value] of [['resolvedAt', ending.resolvedAt], ['stage', ending.stage]] as const) {
      if (value !== undefined && outOfRange(value)) check.add('stage-out-of-range', `Ending "${ending.id}" has ${name}={${value}}, but ${protocol.name} has ${stageCount} stages.`, stageHint, ending.position);
    }
    for (const link of guidanceLinks(ending.debrief.mdast)) checkGuidanceId(check, link.id, link.at, 'A link points to guidance section', citable);
  }

  const graph = buildSceneGraph(body.scenes);
  if (start !== undefined && Object.hasOwn(body.scenes, start)) {
    const reached = reachableFrom(graph, start);
    for (const scene of scenes) {
      if (!reached.has(scene.id)) check.add('unreachable-scene', `No path from the start ("${start}") reaches scene "${scene.id}".`, 'Add a <Choice to="…"> leading here from a scene the learner can reach, or remove the scene.', scene.position);
    }
    for (const ending of endings) {
      if (!reached.has(ending.id)) check.add('unreachable-ending', `No path from the start ("${start}") reaches ending "${ending.id}".`, 'Add a <Choice to="…"> leading here, or remove the ending.', ending.position);
    }
  } else if (start !== undefined) {
    const isEnding = Object.hasOwn(body.endings, start);
    check.add('unknown-target', isEnding ? `The start "${start}" is an ending, not a scene.` : `The start "${start}" is not the id of any scene.`, 'Set `start` to the id of a <Scene>, or remove it to start at the first scene in the file.', startAt);
  }
  const escapes = canReachAny(graph, new Set(Object.keys(body.endings)));
  for (const loop of findLoops(graph)) {
    if (loop.some((id) => escapes.has(id))) continue;
    const first = body.scenes[loop[0] as string];
    check.add('inescapable-loop', `Scenes ${loop.map((id) => `"${id}"`).join(', ')} lead only to each other; the learner can never reach an ending.`, 'Add a <Choice> from one of them to an ending or to a scene that leads to one.', first?.position);
  }

  if (endings.length > 0 || scenes.length > 0) {
    const outcomes = new Set(endings.map((ending) => ending.outcome));
    const missing = (['good', 'poor'] as const).filter((outcome) => !outcomes.has(outcome));
    if (endings.length < MIN_ENDINGS || missing.length > 0) {
      const parts = [
        ...(endings.length < MIN_ENDINGS ? [`has ${endings.length} ending${endings.length === 1 ? '' : 's'} (at least ${MIN_ENDINGS} are expected)`] : []),
        ...(missing.length > 0 ? [`has no ${missing.join(' or ')} ending`] : []),
      ];
      check.add('too-few-endings', `The scenario ${parts.join(' and ')}.`, 'Give learners at least three endings, including a good one and a poor one, so different choices lead to different debriefs.', { line: 1, column: 1 }, 'warning');
    }
  }
}

/** Checks that involve the frontmatter and the body together. */
function checkWithFrontmatter(check: Checker, parts: ScenarioParts, protocol: ValidationProtocol): void {
  const raw = parts.rawFrontmatter;
  const body = parts.body;
  if (body) {
    const summary = typeof raw?.summary === 'string' ? raw.summary : undefined;
    const lints = lintScenario({ scenes: Object.values(body.scenes), endings: Object.values(body.endings), summary, summaryAt: fieldAt(parts, 'summary') });
    for (const lint of lints) check.add(lint.code, lint.message, lint.hint, lint.at, 'warning');
  }
  if (raw?.status === 'draft') {
    check.add('draft', 'This scenario is a draft (status: draft), so it is left out of the published library.', 'Set status: published (or remove the line) when it has been reviewed.', fieldAt(parts, 'status'), 'warning');
  }
  if (!raw) return;
  const audience = raw.audience;
  const routes = Object.keys(protocol.routes);
  if (typeof audience === 'string' && !routes.includes(audience)) {
    check.add('unknown-route', `The audience "${audience}" is not a route of ${protocol.name}.`, `Use one of its routes: ${routes.join(', ')}.`, fieldAt(parts, 'audience'));
  }
  if (!body) return;
  const topics = Array.isArray(raw.topics) ? (raw.topics as unknown[]) : [];
  const scenes = Object.values(body.scenes);
  const capacityRoute = protocol.capacity?.audience;
  const capacityWhere = capacityRoute === undefined ? `${protocol.name} has no mental-capacity path` : `the audience is ${String(audience)}`;
  const capacityHint = capacityRoute === undefined ? 'Remove `capacity`: this protocol has no mental-capacity path.' : `Mental-capacity disagreements belong to the ${capacityRoute} route: set audience: ${capacityRoute}, or remove \`capacity\`.`;
  for (const scene of scenes) {
    if (scene.capacity !== undefined && audience !== capacityRoute) {
      check.add('capacity-misuse', `Scene "${scene.id}" marks the mental-capacity step "${scene.capacity}", but ${capacityWhere}.`, capacityHint, scene.position);
    }
  }
  if (topics.includes('capacity') && audience !== capacityRoute) {
    check.add('capacity-misuse', `The topic "capacity" is for mental-capacity disagreements, but ${capacityWhere}.`, capacityRoute === undefined ? 'Remove the capacity topic.' : `Set audience: ${capacityRoute}, or remove the capacity topic.`, fieldAt(parts, 'topics'));
  }
  const mismatch = (message: string, hint: string) => check.add('topic-mismatch', message, hint, fieldAt(parts, 'topics'), 'warning');
  if (scenes.some((scene) => scene.immediateRisk) && !topics.includes('immediate-risk')) {
    mismatch('A scene is marked immediateRisk, but the topics do not include "immediate-risk".', 'Add immediate-risk to topics so learners can find this scenario.');
  }
  if (scenes.some((scene) => scene.capacity !== undefined) && !topics.includes('capacity')) {
    mismatch('A scene marks a mental-capacity step, but the topics do not include "capacity".', 'Add capacity to topics.');
  }
  const panelStages = protocol.stages.filter((stage) => stage.panel).map((stage) => stage.stage);
  const panelWords = panelStages.length === 0 ? 'no panel stage' : `stage${panelStages.length > 1 ? 's' : ''} ${panelStages.join(', ')}`;
  const reachesPanel = scenes.some((scene) => panelStages.includes(scene.stage));
  if (reachesPanel && !topics.includes('escalation-panel')) {
    mismatch(`The scenario reaches the escalation panel (${panelWords} of ${protocol.name}), but the topics do not include "escalation-panel".`, 'Add escalation-panel to topics.');
  }
  if (!reachesPanel && topics.includes('escalation-panel')) {
    mismatch(`The topics include "escalation-panel", but no scene is at the panel (${panelWords} of ${protocol.name}).`, 'Remove escalation-panel from topics, or add the panel stages.');
  }
}

/** The protocol the scenario names, or a finding and the default protocol so the other checks still run. */
function resolveProtocolOf(check: Checker, parts: ScenarioParts, options: ValidateOptions): ValidationProtocol {
  if (options.protocol) return options.protocol;
  const name = typeof parts.rawFrontmatter?.protocol === 'string' ? parts.rawFrontmatter.protocol : DEFAULT_PROTOCOL;
  const protocol = findProtocol(name, options.protocols);
  if (protocol) return protocol;
  const known = Object.keys(options.protocols ?? {}).length > 0 ? Object.keys(options.protocols!) : [DEFAULT_PROTOCOL];
  check.add('unknown-protocol', `There is no protocol called "${name}".`, `Use one of: ${known.join(', ')}; or load your partnership's protocol file with --protocol FILE.`, fieldAt(parts, 'protocol'));
  return findProtocol(DEFAULT_PROTOCOL)!;
}

function runExtraChecks(check: Checker, scenario: Scenario | undefined, options: ValidateOptions): void {
  if (!scenario || !options.extraChecks) return;
  for (const extra of options.extraChecks) {
    try {
      check.findings.push(...extra(scenario, options.source ?? ''));
    } catch (error) {
      // A broken plug-in check must not hide the other findings.
      check.add('check-failed', `An extra check failed: ${error instanceof Error ? error.message : String(error)}`, 'This is a bug in the check, not in the scenario; please report it.', FILE_START);
    }
  }
}

/** Every check on parts read by `parseScenarioParts`, and the scenario they make (assembled once). */
function checkParts(parts: ScenarioParts, file: string, options: ValidateOptions): { scenario: Scenario | undefined; findings: Finding[] } {
  const check = new Checker(file);
  const protocol = resolveProtocolOf(check, parts, options);
  if (parts.body) {
    const first = parts.body.order.find((id) => Object.hasOwn(parts.body?.scenes ?? {}, id));
    const declared = typeof parts.rawFrontmatter?.start === 'string' ? parts.rawFrontmatter.start : undefined;
    checkBody(check, parts.body, declared ?? first, fieldAt(parts, 'start'), protocol);
  }
  checkWithFrontmatter(check, parts, protocol);
  const scenario = assembleScenario(parts, file);
  // The personal-data guard runs by default: nothing with real personal data may ship.
  if (scenario && options.privacy !== false) check.findings.push(...scenarioPrivacyCheck(scenario, parts.texts));
  runExtraChecks(check, scenario, options);
  return { scenario, findings: sortFindings([...parts.findings, ...check.findings]) };
}

/**
 * Runs every check on a parsed scenario and returns all findings, sorted by
 * position. Parse findings are not included (the scenario no longer knows
 * them); use {@link checkScenarioSource} to get both.
 *
 * @example
 * const { scenario } = parseScenario(text, file);
 * if (scenario) validateScenario(scenario, { protocols: catalogueWith([ourProtocol]) });
 */
export function validateScenario(scenario: Scenario, options: ValidateOptions = {}): Finding[] {
  const parts: ScenarioParts = {
    frontmatter: scenario.frontmatter,
    rawFrontmatter: { ...scenario.frontmatter, start: scenario.start },
    fieldPositions: {},
    body: { scenes: scenario.scenes, endings: scenario.endings, order: scenario.order },
    // Without its file there is no text for the privacy guard to read.
    texts: { strings: [], body: { text: '', at: FILE_START } },
    findings: [],
  };
  const check = new Checker(scenario.file);
  const protocol = resolveProtocolOf(check, parts, options);
  checkBody(check, parts.body as NonNullable<ScenarioParts['body']>, scenario.start, FILE_START, protocol);
  checkWithFrontmatter(check, parts, protocol);
  runExtraChecks(check, scenario, options);
  return sortFindings(check.findings);
}

/** The scenario carrying its protocol when that protocol is a partnership's own (not built in). */
function withOwnProtocol(scenario: Scenario, protocols: ProtocolCatalogue | undefined): Scenario {
  const name = scenario.frontmatter.protocol;
  const found = findProtocol(name, protocols);
  if (found === undefined || found === findProtocol(name)) return scenario;
  return { ...scenario, protocolDefinition: found };
}

/**
 * Parses and validates a scenario file's text: every finding at once, from
 * MDX syntax to unreachable endings, sorted by position. Never throws.
 *
 * @example
 * const { scenario, findings } = checkScenarioSource(text, 'scenarios/closing-too-soon.mdx');
 * findings.filter((finding) => finding.severity === 'error').length; // 0 for a valid file
 */
export function checkScenarioSource(source: string, file: string, options: ValidateOptions = {}): { scenario?: Scenario; findings: Finding[] } {
  return checkScenarioSourceWith(source, file, options, {});
}

/**
 * {@link checkScenarioSource} with the MDX parse step given: the one code
 * path behind it and the studio's incremental checker
 * (`createScenarioChecker`), which differ only in how the text becomes
 * mdast. Never throws.
 *
 * @example
 * checkScenarioSourceWith(text, file, {}, { parseRoot: createIncrementalMdxParser().parse });
 */
export function checkScenarioSourceWith(source: string, file: string, options: ValidateOptions, parse: ParsePartsOptions): { scenario?: Scenario; findings: Finding[] } {
  let parts: ScenarioParts | undefined;
  try {
    parts = parseScenarioParts(source, file, parse);
    const { scenario, findings } = checkParts(parts, file, { ...options, source });
    return scenario ? { scenario: withOwnProtocol(scenario, options.protocols), findings } : { findings };
  } catch (error) {
    // A bug in a check (or in a catalogue passed in) is this file's finding,
    // so one file never stops a validate run or the app's start; what the
    // parser found before it is kept.
    return { findings: sortFindings([...(parts?.findings ?? []), internalErrorFinding(error, file)]) };
  }
}

/**
 * The finding for an error thrown inside the checks of one file: a bug in
 * Common Ground (or in a check plugged into it), not in the scenario.
 *
 * @example
 * internalErrorFinding(new Error('boom'), 'a.mdx').code; // 'check-failed'
 */
export function internalErrorFinding(error: unknown, file: string): Finding {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return makeFinding('error', 'check-failed', `Checking this file failed inside Common Ground (${reason.replace(/\s+/g, ' ').slice(0, 200)}), so it was not fully checked.`, 'This is a bug in Common Ground, not in your scenario; please report it with this file. Other files are still checked.', file, FILE_START);
}
