/**
 * Replaying a session: the learner's moves played against the scenario and
 * the process machine, from the raised time, on a simulated clock. Every
 * view, deadline and debrief is derived from this; the session itself holds
 * nothing but the moves.
 *
 * How scenario moves map to the process machine (`engine/process`):
 *
 * - **Time** passes only through `after`: first the chosen Choice's `after`
 *   (or a wait's duration), then, on entering a scene, each `<Event after>` in
 *   reading order. The machine's clock is moved along, so a deadline timer
 *   that falls due on the way fires at its due time and is recorded as missed.
 * - **Stages.** The machine's stage is the highest stage reached. A choice
 *   that leads to a node (scene, or an ending with its `stage`) of a higher
 *   stage ends the current stage at the moment it is TAKEN: `escalate` is
 *   sent then, before the choice's `after` passes. The next stage BEGINS when
 *   the node is entered, after that time: `stage.started` (`panel.met` for
 *   the protocol's meeting stage, 7 in North Yorkshire). So a choice such as
 *   "refer to the partnership next week" from stage 4 ends stage 4 now and
 *   starts stage 5 a week later, and the stage 5 referral deadline (within
 *   one working day of the stage 4 discussion) can be missed, as can stage 2's
 *   "immediate once discussion has taken place". Further stages stepped
 *   through on the same move escalate and start at the moment of entry. A move of
 *   more than one stage is still stepped through, so the machine stays
 *   consistent, but the history records a deviation ("skipped stages 2–4")
 *   and the debrief flags it; an immediate-risk scene may be entered from any
 *   stage, so it records none. A move to a lower stage sends nothing: the
 *   matter stays at the stage it reached.
 * - **Immediate risk.** An `immediateRisk` scene is where the learner must
 *   recognise it: nothing says so before they choose. Their move out of it
 *   (whatever it is) sends `risk.identified` (once per session) at the
 *   moment of the move, and the history marks that move, so the shells show
 *   the override with its feedback. Its deadlines stay as they were:
 *   they are maximums, and the view and debrief say so.
 * - **Mental capacity** (adult route only). Scenario authors keep stage
 *   numbers on capacity scenes and the format measures deadlines by those
 *   stages, whereas the machine treats the capacity path as leaving the stage
 *   ladder. So the runner keeps the ladder on the main actor and runs the
 *   capacity path on a second actor of the same machine: the first capacity
 *   scene sends it `capacity.disputed`, and each later scene at a further
 *   capacity step sends one `capacity.escalate` per step.
 * - **Endings.** An ending with `resolvedAt` sends `resolve` (or
 *   `recommendations.made` when the matter is at the meeting stage) at the
 *   moment it is reached, and `capacity.agreed` to the capacity path if one
 *   is open. An unresolved ending sends nothing: its deadlines stay pending,
 *   and any that fell due before the ending's time have already been
 *   recorded as missed.
 */
import { advanceProcessClock, replayProcess, sendProcessEvent, type RunningProcess } from '../process/run-process.js';
import type { ProcessContext } from '../process/process-context.js';
import type { ProcessInputEvent } from '../process/process-events.js';
import type { EndingNode, Scenario, ScenarioNode, SceneNode } from '../scenario/scenario-model.js';
// Single modules, not the scenario index, so a bundle of the runner (the
// terminal app's start, the site's player) does not pull in the MDX parser.
import { applyDuration } from '../scenario/apply-duration.js';
import type { Duration } from '../scenario/duration.js';
import { sceneWayOn } from '../scenario/scene-way-on.js';
import { shuffledForScene } from './choice-order.js';
import { parseDuration } from '../scenario/parse-duration.js';
import { formatLondonIso } from '../calendar/london-time.js';
import { stageAfter, stageBefore, stageByNumber } from '../protocol/stage-by-number.js';
import { presentFeedback } from './present.js';
import { RunnerError } from './runner-error.js';
import type { RunnerOptions } from './runner-options.js';
import { runnerSetup, type RunnerSetup } from './runner-setup.js';
import type { Session, SessionStep } from './session.js';
import type { Deviation, HistoryEntry } from './session-view.js';

/** A prompt the learner has written to, in the order first written. */
export interface WrittenResponse {
  /** The `<Reflect>` or `<Record>` id. */
  id: string;
  /** The scene it belongs to. */
  sceneId: string;
  /** The latest text. */
  text: string;
}

/** The state a session replays to. Internal data for views and debriefs; not for saving. */
export interface Playthrough {
  scenario: Scenario;
  setup: RunnerSetup;
  /** Simulated time now, ISO with the London offset. */
  now: string;
  /** The current scene or ending. */
  node: ScenarioNode;
  /** The stage of the current node (an ending without `stage` takes the stage of the scene before it). */
  nodeStage: number;
  /** When the current node was entered, before its events. */
  enteredAt: string;
  /** When each event of the current scene was shown, by event index. */
  eventTimes: string[];
  /** Every move except writes. */
  history: HistoryEntry[];
  /** What the learner wrote, by prompt. */
  responses: WrittenResponse[];
  /** The stage ladder. Its clock has been moved on to `now`. */
  process: RunningProcess;
  /** The events sent to the stage ladder, in order. */
  processLog: ProcessInputEvent[];
  /** The capacity path (adults), once a capacity scene is entered. */
  capacity: RunningProcess | null;
  /** When and where immediate risk was identified. */
  risk: { at: string; sceneId: string } | null;
  /** When the ending was reached; null while playing. */
  endedAt: string | null;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode | undefined {
  return (Object.hasOwn(scenario.scenes, id) ? scenario.scenes[id] : undefined) ?? (Object.hasOwn(scenario.endings, id) ? scenario.endings[id] : undefined);
}

/** The stages between two, for a deviation message: "stage 2" or "stages 2–4". */
function skippedText(skipped: number[]): string {
  const first = skipped[0];
  const last = skipped.at(-1);
  return skipped.length === 1 ? `skipped stage ${first}` : `skipped stages ${first}–${last}`;
}

class Replayer {
  readonly state: Playthrough;

  constructor(scenario: Scenario, setup: RunnerSetup, readonly seed: string | undefined) {
    const start = scenario.scenes[scenario.start];
    if (start === undefined) {
      throw new RunnerError('broken-session', `The scenario has no start scene "${scenario.start}".`, 'Validate the scenario; its `start` must name a scene.');
    }
    this.state = {
      scenario,
      setup,
      now: setup.raised,
      node: start,
      nodeStage: start.stage,
      enteredAt: setup.raised,
      eventTimes: [],
      history: [],
      responses: [],
      process: replayProcess(setup.machine, []),
      processLog: [],
      capacity: null,
      risk: null,
      endedAt: null,
    };
    this.enter(start, setup.raised, start.stage);
  }

  private context(): ProcessContext {
    return this.state.process.actor.getSnapshot().context;
  }

  private send(event: ProcessInputEvent): void {
    sendProcessEvent(this.state.process.actor, this.state.process.clock, event);
    this.state.processLog.push(event);
  }

  private advanceTo(instant: string): void {
    this.state.now = instant;
    advanceProcessClock(this.state.process.clock, instant);
    if (this.state.capacity !== null) advanceProcessClock(this.state.capacity.clock, instant);
  }

  /**
   * Steps the ladder up to `stage`, through each protocol stage on the way in
   * the protocol's order (whatever their numbers); returns the deviation if
   * stages were skipped.
   */
  private climbTo(stage: number, at: string, mayJump: boolean): Deviation[] {
    const context = this.context();
    if (context.resolution !== null) return [];
    const { protocol } = this.state.setup;
    // A stage escalated to when the choice was taken (see `endStageOnDecision`)
    // is reached but not yet begun; it begins now, on arrival, so the climb
    // starts from the stage before it. (The first stage is begun from the
    // start, so an awaiting stage always has one before it.)
    const awaitingStart = context.stages.find((record) => record.stage === context.stage)?.startedAt === null;
    const before = awaitingStart ? stageBefore(protocol, context.stage) : undefined;
    const from = before?.stage ?? context.stage;
    if (stage <= from) return [];
    const climbed: number[] = [];
    for (let next = stageAfter(protocol, from); next !== undefined && next.stage <= stage; next = stageAfter(protocol, next.stage)) {
      if (!(awaitingStart && next.stage === context.stage)) this.send({ type: 'escalate', at });
      this.send(next.meetingBy === undefined ? { type: 'stage.started', at } : { type: 'panel.met', at });
      climbed.push(next.stage);
    }
    // Every stage stepped through short of the one arrived at was jumped over.
    const skipped = climbed.filter((number) => number < stage);
    if (skipped.length === 0 || mayJump) return [];
    return [{ kind: 'skipped-stages', fromStage: from, toStage: stage, skipped, message: skippedText(skipped) }];
  }

  /**
   * Ends the current stage at the moment a choice towards a higher stage is
   * taken, before the choice's time passes, so the time it takes to get the
   * next stage going counts against the next stage's deadline.
   */
  private endStageOnDecision(target: ScenarioNode, scene: SceneNode, decidedAt: string): void {
    const context = this.context();
    const targetStage = target.kind === 'scene' ? target.stage : (target.stage ?? scene.stage);
    if (context.resolution !== null || targetStage <= context.stage) return;
    if (stageAfter(this.state.setup.protocol, context.stage) === undefined) return;
    this.send({ type: 'escalate', at: decidedAt });
  }

  private enterCapacityStep(scene: SceneNode, at: string): void {
    const { protocol, audience, machine, raised } = this.state.setup;
    const capacity = protocol.capacity;
    if (scene.capacity === undefined || capacity === undefined || capacity.audience !== audience) return;
    const steps = capacity.steps.map((step) => step.id);
    const target = steps.indexOf(scene.capacity);
    if (target < 0) return;
    if (this.state.capacity === null) {
      const running = replayProcess(machine, [], raised);
      advanceProcessClock(running.clock, at);
      sendProcessEvent(running.actor, running.clock, { type: 'capacity.disputed', at });
      this.state.capacity = running;
    }
    const running = this.state.capacity;
    const current = running.actor.getSnapshot().context.capacity;
    if (current === null || current.agreedAt !== null) return;
    for (let index = steps.indexOf(current.step); index < target; index += 1) {
      sendProcessEvent(running.actor, running.clock, { type: 'capacity.escalate', at });
    }
  }

  private settle(ending: EndingNode, at: string): void {
    if (ending.resolvedAt === undefined) return;
    const capacity = this.state.capacity;
    if (capacity !== null && capacity.actor.getSnapshot().context.capacity?.agreedAt === null) {
      sendProcessEvent(capacity.actor, capacity.clock, { type: 'capacity.agreed', at });
    }
    const context = this.context();
    if (context.resolution !== null) return;
    const definition = stageByNumber(this.state.setup.protocol, context.stage);
    const record = context.stages.find((stage) => stage.stage === context.stage);
    const atMeeting = definition?.meetingBy !== undefined && record?.startedAt != null;
    this.send(atMeeting ? { type: 'recommendations.made', at } : { type: 'resolve', at });
  }

  /** Enters a node at `at`: process events, then the scene's own events. Returns deviations. */
  private enter(node: ScenarioNode, at: string, fromStage: number): Deviation[] {
    const state = this.state;
    state.node = node;
    state.enteredAt = at;
    state.eventTimes = [];
    if (node.kind === 'ending') {
      state.nodeStage = node.stage ?? fromStage;
      const deviations = this.climbTo(state.nodeStage, at, false);
      this.settle(node, at);
      state.endedAt = at;
      this.advanceTo(at);
      return deviations;
    }
    state.nodeStage = node.stage;
    const deviations = node.stage >= 1 ? this.climbTo(node.stage, at, node.immediateRisk) : [];
    this.enterCapacityStep(node, at);
    let now = at;
    for (const event of node.events) {
      if (event.after !== undefined) now = applyDuration(now, event.after, state.setup.calendar);
      state.eventTimes.push(now);
    }
    this.advanceTo(now);
    return deviations;
  }

  private currentScene(step: SessionStep, index: number): SceneNode {
    const node = this.state.node;
    if (node.kind === 'ending') {
      throw new RunnerError(
        'finished',
        `Step ${index + 1} (${step.type}) comes after the ending "${node.id}".`,
        'The scenario is over: read the debrief, or restart the session to play again.',
      );
    }
    return node;
  }

  /** Applies one step; throws RunnerError when the scenario does not allow it. */
  apply(step: SessionStep, index: number): void {
    const state = this.state;
    const scene = this.currentScene(step, index);
    if (step.type === 'write') {
      const prompt = [...scene.reflects, ...scene.records].find((candidate) => candidate.id === step.promptId);
      if (prompt === undefined) {
        const ids = [...scene.reflects, ...scene.records].map((candidate) => candidate.id);
        throw new RunnerError(
          'unknown-prompt',
          `There is no reflection or record "${step.promptId}" in scene "${scene.id}".`,
          ids.length === 0 ? 'This scene asks for nothing to be written.' : `Write to one of: ${ids.join(', ')}.`,
        );
      }
      const existing = state.responses.find((response) => response.id === step.promptId);
      if (existing) existing.text = step.text;
      else state.responses.push({ id: step.promptId, sceneId: scene.id, text: step.text });
      return;
    }
    const before = state.now;
    const base = {
      stepIndex: index,
      fromSceneId: scene.id,
      fromStage: scene.stage,
      before,
      beforeLabel: formatLondonIso(before),
      hadRecommended: scene.choices.some((choice) => choice.recommended),
    };
    if (step.type === 'wait') {
      const parsed = parseDuration(step.duration);
      if (!parsed.ok) throw new RunnerError('bad-duration', `Cannot wait "${step.duration}": ${parsed.message}`, parsed.hint);
      this.advanceTo(applyDuration(before, parsed.duration, state.setup.calendar));
      state.history.push({
        ...base,
        kind: 'wait',
        toNodeId: scene.id,
        choiceId: null,
        label: `Wait ${parsed.duration.text}`,
        recommended: false,
        mistake: false,
        after: state.now,
        afterLabel: formatLondonIso(state.now),
        feedback: null,
        deviations: [],
        tookText: parsed.duration.text,
        identifiedRisk: false,
      });
      return;
    }
    let to: string;
    let label: string;
    let choice: SceneNode['choices'][number] | undefined;
    let wayOnAfter: Duration | undefined;
    if (step.type === 'continue') {
      const wayOn = sceneWayOn(scene);
      if (wayOn === undefined) {
        throw new RunnerError('nothing-to-continue', `Scene "${scene.id}" is a decision, with nothing to continue with.`, `Choose one of: ${scene.choices.map((c) => c.id).join(', ')}.`);
      }
      to = wayOn.to;
      wayOnAfter = wayOn.after;
      label = 'Continue';
    } else {
      choice = scene.choices.find((candidate) => candidate.id === step.choiceId);
      if (choice === undefined || sceneWayOn(scene) !== undefined) {
        throw invalidChoice(scene, step.choiceId, this.seed);
      }
      to = choice.to;
      label = choice.label;
    }
    const target = nodeOf(state.scenario, to);
    if (target === undefined) {
      throw new RunnerError('broken-session', `"${to}" is not a scene or ending of this scenario.`, 'Validate the scenario: every `to` must name a scene or ending.');
    }
    const identifiedRisk = scene.immediateRisk && state.risk === null;
    if (identifiedRisk) {
      this.send({ type: 'risk.identified', at: before });
      state.risk = { at: before, sceneId: scene.id };
    }
    const took = choice ? choice.after : wayOnAfter;
    const leaving = took === undefined ? before : applyDuration(before, took, state.setup.calendar);
    this.endStageOnDecision(target, scene, before);
    this.advanceTo(leaving);
    const deviations = this.enter(target, leaving, scene.stage);
    state.history.push({
      ...base,
      kind: step.type,
      toNodeId: target.id,
      choiceId: choice?.id ?? null,
      label,
      recommended: choice?.recommended ?? false,
      mistake: choice?.mistake ?? false,
      after: state.now,
      afterLabel: formatLondonIso(state.now),
      feedback: choice?.feedback ? presentFeedback(choice.feedback, state.setup.protocol) : null,
      deviations,
      tookText: took === undefined ? undefined : took.nextWorkingDayAt === undefined ? took.text : `until ${took.nextWorkingDayAt} on the next working day`,
      identifiedRisk,
    });
  }
}

/**
 * The error for a choice the current scene does not offer, listing the ones it does.
 *
 * @example
 * throw invalidChoice(scene, 'phone-later');
 */
export function invalidChoice(scene: SceneNode, asked: string, seed?: string): RunnerError {
  if (sceneWayOn(scene) !== undefined) {
    return new RunnerError('invalid-choice', `Scene "${scene.id}" moves on by Continue, not by a choice ("${asked}").`, 'Continue instead.');
  }
  const valid = shuffledForScene(scene.choices, scene.id, seed).map((choice, index) => `${index + 1}. ${choice.label} (${choice.id})`);
  return new RunnerError(
    'invalid-choice',
    `"${asked}" is not a choice in scene "${scene.id}".`,
    `Choose one of: ${valid.join('; ')}.`,
  );
}

/**
 * Replays a session against its scenario, deterministically: the same
 * scenario, session and options always give the same playthrough.
 *
 * @throws {RunnerError} `wrong-scenario` when the session belongs to another
 * scenario; otherwise the error of the first step the scenario does not allow.
 * @example
 * const play = replaySession(scenario, session);
 * play.node.id; play.now;
 */
export function replaySession(scenario: Scenario, session: Session, options: RunnerOptions = {}): Playthrough {
  const replayer = startReplay(scenario, session, options);
  session.steps.forEach((step, index) => replayer.apply(step, index));
  return replayer.state;
}

function startReplay(scenario: Scenario, session: Session, options: RunnerOptions): Replayer {
  if (session.scenarioId !== scenario.id) {
    throw new RunnerError(
      'wrong-scenario',
      `This session is for the scenario "${session.scenarioId}", not "${scenario.id}".`,
      `Open "${session.scenarioId}" to resume it, or start "${scenario.id}" afresh.`,
    );
  }
  return new Replayer(scenario, runnerSetup(scenario, options), session.seed);
}

/** A saved choice found again by its wording, its id having been renamed since the session was saved. */
export interface RelabelledChoice {
  /** Index of the step in the saved `session.steps`. */
  stepIndex: number;
  /** The id the choice was saved with. */
  from: string;
  /** The id of the one choice of the scene with the same wording now. */
  to: string;
  /** The wording. */
  label: string;
}

/** How much of a saved session still replays against a (changed) scenario. */
export interface SessionFit {
  /** The longest prefix of the steps that replays, renamed choices replaced by the ones with their wording. */
  steps: SessionStep[];
  /** The choices that were found again by their wording. */
  relabelled: RelabelledChoice[];
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The longest prefix of a saved session that still replays against the
 * scenario, step by step. A choice whose id is no longer in its scene is
 * taken to be renamed when exactly one choice of that scene has the wording
 * it had when saved (`labelOf`); that choice is used instead.
 *
 * @throws {RunnerError} `wrong-scenario` when the session belongs to another scenario.
 * @example
 * const { steps, relabelled } = fitSession(editedScenario, session, (id) => savedLabels[id]);
 */
export function fitSession(scenario: Scenario, session: Session, labelOf: (choiceId: string) => string | undefined, options: RunnerOptions = {}): SessionFit {
  const replayer = startReplay(scenario, session, options);
  const steps: SessionStep[] = [];
  const relabelled: RelabelledChoice[] = [];
  for (const [index, saved] of session.steps.entries()) {
    let step = saved;
    const node = replayer.state.node;
    const label = saved.type === 'choose' ? labelOf(saved.choiceId) : undefined;
    if (saved.type === 'choose' && label !== undefined && node.kind === 'scene' && !node.choices.some((choice) => choice.id === saved.choiceId)) {
      const matches = node.choices.filter((choice) => sameWords(choice.label, label));
      if (matches.length === 1) {
        step = { ...saved, choiceId: matches[0]!.id };
        relabelled.push({ stepIndex: index, from: saved.choiceId, to: matches[0]!.id, label });
      }
    }
    try {
      replayer.apply(step, index);
    } catch (error) {
      // A step the scenario no longer allows ends the fit; anything else is a bug.
      if (!(error instanceof RunnerError)) throw error;
      if (step !== saved) relabelled.pop();
      break;
    }
    steps.push(step);
  }
  return { steps, relabelled };
}
