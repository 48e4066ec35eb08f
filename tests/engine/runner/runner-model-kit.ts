/**
 * Test helper for the runner's model-based test. The process machine is the
 * model: its graph (xstate/graph) over the stage ladder's events and its own
 * deadline timers, on simulated time. Each model path becomes a scenario
 * written for it and the learner's moves through that scenario, with what the
 * model expects the runner to show after every move. The runner is the system
 * under test; nothing here calls it.
 */
import { readFileSync } from 'node:fs';
import { createTestModel } from 'xstate/graph';
import { parseLondonDateTime, toIsoWithOffset } from '../../../engine/calendar/index.js';
import {
  advanceProcessClock,
  createProcessMachine,
  currentStage,
  sendProcessEvent,
  startProcess,
  summariseDeadlines,
  type ProcessContext,
  type ProcessEvent,
  type ProcessMachine,
  type RunningProcess,
} from '../../../engine/process/index.js';
import { computeDeadlines, loadProtocol, type DeadlineTable, type Protocol } from '../../../engine/protocol/index.js';
import type { SessionView } from '../../../engine/runner/index.js';

const MINUTE = 60_000;

/** One route of one protocol, raised at one moment, to explore. */
export interface ModelRoute {
  /** Shown in test names. */
  name: string;
  /** The protocol's data file under `engine/protocol/data/`. */
  protocolFile: string;
  /** The route id. */
  audience: string;
  /** When the disagreement was raised, London wall-clock time as frontmatter writes it. */
  raised: string;
  /** The disputed decision's time (London), when the scenario gives one. */
  disputedDecision?: string;
  /** Whether the model may identify immediate risk (once) on the way. */
  withRisk: boolean;
}

/**
 * Loads a protocol from its data file, not from the engine's built-in table,
 * so the model's rules are a copy the runner never sees. `edit` may change
 * the data first (to check that the test notices a wrong rule).
 */
export function loadModelProtocol(file: string, edit?: (data: { stages: Array<{ deadlines: Array<{ rule: Record<string, unknown> }> }> }) => void): Protocol {
  const data = JSON.parse(readFileSync(new URL(`../../../engine/protocol/data/${file}`, import.meta.url), 'utf8'));
  edit?.(data);
  return loadProtocol(data, file);
}

// ---------------------------------------------------------------------------
// Simulated time in the model
// ---------------------------------------------------------------------------

/** ISO in UTC, the form both sides are compared in. */
export const utc = (iso: string | number): string => new Date(iso).toISOString();

const ceilMinute = (ms: number): number => Math.ceil(ms / MINUTE) * MINUTE;

/**
 * The model's clock in a snapshot: its latest event, or just past the latest
 * deadline it has let pass. Every event is on a whole minute, and letting a
 * deadline pass moves the clock to the first whole minute after it (a timer
 * fires once time is strictly past due), so this is exact.
 */
export function modelNow(context: ProcessContext): number {
  let now = Date.parse(context.lastEventAt);
  for (const breach of context.breaches) now = Math.max(now, ceilMinute(Date.parse(breach.due) + 1));
  return now;
}

/**
 * Minutes between escalating to a stage and beginning it (the escalating
 * choice's `after`), by stage. Where it is 0 the matter is handed on by
 * Continue instead, after {@link HAND_OFF_MINUTES} under way.
 */
export const startDelayMinutes = (stage: number): number => [0, 60, 150][stage % 3]!;
/** Minutes a settling choice takes, by stage (0: no `after`). */
export const settleDelayMinutes = (stage: number): number => [45, 0, 30][stage % 3]!;
/** Minutes before immediate risk is identified (the choice to the risk scene). */
export const RISK_DELAY_MINUTES = 20;
/**
 * Minutes a hand-off by Continue takes: a choice into a hand-off scene, then
 * that scene's `<Event after to>`, whose time passes as the scene is entered.
 */
export const HAND_OFF_MINUTES = 40;
/** The part of {@link HAND_OFF_MINUTES} that is the hand-off scene's event. */
export const HAND_OFF_EVENT_MINUTES = 10;

// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

/** A route's model: the machine built from the protocol copy, and its graph. */
export interface RouteModel {
  route: ModelRoute;
  protocol: Protocol;
  /** `raised` as an instant. */
  raised: string;
  /** Other events known from the outset (the disputed decision). */
  knownEvents: Record<string, string>;
  machine: ProcessMachine;
  /** The stage with a meeting (begun by `panel.met`, ended by `recommendations.made`). */
  meetingStage: number | undefined;
  lastStage: number;
  testModel: ReturnType<typeof modelOf>;
}

function byDue<T extends { due: string }>(a: T, b: T): number {
  return Date.parse(a.due) - Date.parse(b.due);
}

/**
 * The events the model offers in a state. Time only passes over a deadline
 * by the machine's own `deadline.passed` (the clock running past it), never
 * inside another event, so the graph's snapshots are exactly what a live
 * actor on a simulated clock would hold. Offered, in this order:
 *
 * - a deadline that time has already passed (two due in the same minute):
 *   only that, as the clock passes both at once;
 * - under way: `escalate` (at once, or after the hand-off time when the
 *   next stage begins at once, see {@link startDelayMinutes}), settling
 *   (`recommendations.made` at the meeting stage, where the runner never
 *   sends `resolve`), and immediate risk;
 * - escalated, not yet begun: the start event after the stage's start delay;
 * - the next deadline passing.
 *
 * Every event but a deadline passing must come at or before the next due time.
 *
 * No `resolve` before a stage has begun and no learning report: the runner
 * begins a stage as its scene is entered and has no move for either.
 */
function modelEvents(model: Pick<RouteModel, 'meetingStage' | 'lastStage'>, withRisk: boolean) {
  return (snapshot: { context: ProcessContext }): ProcessEvent[] => {
    const { context } = snapshot;
    const now = modelNow(context);
    const pending = [...context.pending].sort(byDue);
    const overdue = pending.find((check) => Date.parse(check.due) < now);
    if (overdue !== undefined) return [{ type: 'deadline.passed', checkId: overdue.checkId, at: overdue.due }];
    const { phase, stage } = currentStage(snapshot);
    const next = pending[0];
    const fits = (at: number) => next === undefined || at <= Date.parse(next.due);
    const at = (minutes: number) => toIsoWithOffset(now + minutes * MINUTE);
    const events: ProcessEvent[] = [];
    if (phase === 'underway') {
      if (stage < model.lastStage) {
        // A stage begun at once is handed on by Continue, which takes its time before escalating.
        const handOff = startDelayMinutes(stage + 1) === 0 ? HAND_OFF_MINUTES : 0;
        if (fits(now + handOff * MINUTE)) events.push({ type: 'escalate', at: at(handOff) });
      }
      const settle = settleDelayMinutes(stage);
      if (fits(now + settle * MINUTE)) events.push({ type: stage === model.meetingStage ? 'recommendations.made' : 'resolve', at: at(settle) });
      if (withRisk && context.riskOverrides.length === 0 && fits(now + RISK_DELAY_MINUTES * MINUTE)) {
        events.push({ type: 'risk.identified', at: at(RISK_DELAY_MINUTES) });
      }
    } else if (phase === 'awaiting') {
      const delay = startDelayMinutes(stage);
      if (fits(now + delay * MINUTE)) events.push({ type: stage === model.meetingStage ? 'panel.met' : 'stage.started', at: at(delay) });
    }
    if ((phase === 'underway' || phase === 'awaiting') && next !== undefined) {
      events.push({ type: 'deadline.passed', checkId: next.checkId, at: next.due });
    }
    return events;
  };
}

/**
 * What tells two model states apart: the machine's state value, the stage,
 * the deadlines missed at this stage, how many were missed before, and
 * whether immediate risk has been identified. Not the times themselves, or
 * every path would be its own state.
 */
export function serialiseModelState(snapshot: { value: unknown; context: ProcessContext }): string {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    stage: context.stage,
    missedHere: context.breaches.filter((breach) => breach.stage === context.stage).map((breach) => breach.checkId).sort(),
    missedBefore: context.breaches.filter((breach) => breach.stage !== context.stage && breach.kind === 'deadline').length,
    risk: context.riskOverrides.length > 0,
  });
}

function modelOf(machine: ProcessMachine, model: Pick<RouteModel, 'meetingStage' | 'lastStage'>, withRisk: boolean) {
  const offered = modelEvents(model, withRisk);
  return createTestModel(machine, {
    events: offered,
    // Event types the model does not offer come through bare (no `at`); drop them.
    filterEvents: (_, event) => 'at' in event && typeof event.at === 'string',
    serializeState: serialiseModelState,
  });
}

/** Builds a route's model from its protocol copy. */
export function buildRouteModel(route: ModelRoute, protocol: Protocol): RouteModel {
  const raised = toIsoWithOffset(parseLondonDateTime(route.raised));
  const knownEvents: Record<string, string> =
    route.disputedDecision === undefined ? {} : { disputedDecision: toIsoWithOffset(parseLondonDateTime(route.disputedDecision)) };
  const machine = createProcessMachine({ protocol, audience: route.audience, raised, knownEvents });
  const stages = protocol.stages.map((stage) => stage.stage);
  const shape = {
    meetingStage: protocol.stages.find((stage) => stage.meetingBy !== undefined)?.stage,
    lastStage: Math.max(...stages),
  };
  return { route, protocol, raised, knownEvents, machine, ...shape, testModel: modelOf(machine, shape, route.withRisk) };
}

// ---------------------------------------------------------------------------
// What the model expects the runner to show
// ---------------------------------------------------------------------------

/** The part of a session view this test compares, in a form both sides produce. */
export interface Observation {
  now: string;
  stage: number;
  /** `underway` at a scene; `resolved` at a settled ending. */
  phase: string;
  riskIdentifiedAt: string | null;
  met: Array<{ checkId: string; due: string; at: string }>;
  missed: Array<{ checkId: string; due: string; happenedAt: string | null; lateByMs: number | null; lateByWorkingDays: number | null }>;
  aimsPassed: Array<{ checkId: string; due: string; happenedAt: string | null }>;
  pending: Array<{ checkId: string; due: string; kind: string }>;
  next: { checkId: string; due: string } | null;
}

const orNull = (iso: string | null): string | null => (iso === null ? null : utc(iso));

/** What the runner shows, read from its view. */
export function observeView(view: SessionView): Observation {
  const { deadlines } = view;
  return {
    now: utc(view.now),
    stage: view.stage.number,
    phase: view.node.kind === 'scene' ? 'underway' : view.node.resolvedAt === undefined ? 'ended unresolved' : 'resolved',
    riskIdentifiedAt: view.immediateRisk === null ? null : utc(view.immediateRisk.identifiedAt),
    met: deadlines.met.map((check) => ({ checkId: check.checkId, due: utc(check.due), at: utc(check.at) })),
    missed: deadlines.missed.map((check) => ({
      checkId: check.checkId,
      due: utc(check.due),
      happenedAt: orNull(check.happenedAt),
      lateByMs: check.lateByMs,
      lateByWorkingDays: check.lateByWorkingDays,
    })),
    aimsPassed: deadlines.aimsPassed.map((check) => ({ checkId: check.checkId, due: utc(check.due), happenedAt: orNull(check.happenedAt) })),
    pending: deadlines.pending.map((check) => ({ checkId: check.checkId, due: utc(check.due), kind: check.kind })),
    next: view.nextDeadline === null ? null : { checkId: view.nextDeadline.checkId, due: utc(view.nextDeadline.due) },
  };
}

/** What the model expects, read from its live actor. */
function observeModel(running: RunningProcess): Observation {
  const snapshot = running.actor.getSnapshot();
  const { context } = snapshot;
  const { stage, phase } = currentStage(snapshot);
  const summary = summariseDeadlines(snapshot);
  const pending = summary.pending.map((check) => ({ checkId: check.checkId, due: utc(check.due), kind: check.kind }));
  return {
    now: utc(running.clock.now()),
    stage,
    phase,
    riskIdentifiedAt: context.riskOverrides[0] === undefined ? null : utc(context.riskOverrides[0].at),
    met: summary.met.map((check) => ({ checkId: check.checkId, due: utc(check.due), at: utc(check.at) })),
    missed: summary.missed.map((breach) => ({
      checkId: breach.checkId,
      due: utc(breach.due),
      happenedAt: orNull(breach.happenedAt),
      lateByMs: breach.lateByMs,
      lateByWorkingDays: breach.lateByWorkingDays,
    })),
    aimsPassed: summary.aimsPassed.map((breach) => ({ checkId: breach.checkId, due: utc(breach.due), happenedAt: orNull(breach.happenedAt) })),
    pending,
    // At an ending the runner shows no next deadline.
    next: phase === 'resolved' || pending[0] === undefined ? null : { checkId: pending[0].checkId, due: pending[0].due },
  };
}

/**
 * Due times worked out afresh with `computeDeadlines` from the protocol copy,
 * from the event times the path has produced so far (each protocol event
 * with `assumeAt` happens at its stage's start or end), so the model's own
 * due times are checked against the rules, not taken on trust.
 */
class DueTimes {
  private readonly known: Record<string, string>;
  private readonly tables = new Map<string, DeadlineTable>();
  /** Due time of each measured check, as it stood just before its moment. */
  readonly atMeasure = new Map<string, string>();

  constructor(private readonly model: RouteModel) {
    this.known = { ...model.knownEvents };
    this.moment(model.protocol.stages[0]!.stage, 'start', model.raised);
  }

  private table(): DeadlineTable {
    const key = JSON.stringify(this.known);
    let table = this.tables.get(key);
    if (table === undefined) {
      const { protocol, route, raised } = this.model;
      table = computeDeadlines({ protocol, audience: route.audience, raised, events: this.known });
      this.tables.set(key, table);
    }
    return table;
  }

  /** The due time of `checkId` with what is known now. */
  now(checkId: string): string | undefined {
    const check = this.table().stages.flatMap((row) => row.checks).find((candidate) => candidate.id === checkId);
    return check === undefined ? undefined : utc(check.due);
  }

  /** Records stage `stage`'s start or end at `at`. */
  moment(stage: number, measuredAt: 'start' | 'end', at: string): void {
    const row = this.table().stages.find((candidate) => candidate.stage === stage);
    for (const check of row?.checks ?? []) if (check.measuredAt === measuredAt) this.atMeasure.set(check.id, utc(check.due));
    for (const [event, definition] of Object.entries(this.model.protocol.events)) {
      const assumed = definition.assumeAt;
      if (assumed === undefined || assumed.stage !== stage) continue;
      const deadline = this.model.protocol.stages.find((candidate) => candidate.stage === stage)?.deadlines.find((d) => d.id === assumed.deadline);
      if (deadline?.measuredAt === measuredAt) this.known[event] = at;
    }
  }
}

/** Each due time the model shows next to what `computeDeadlines` gives, where they differ. */
function dueTimeDisagreements(expected: Observation, dues: DueTimes): string[] {
  const problems: string[] = [];
  const compare = (checkId: string, shown: string, rule: string | undefined) => {
    if (shown !== rule) problems.push(`${checkId}: the model has ${shown}, computeDeadlines ${rule ?? 'no such check'}`);
  };
  for (const check of expected.met) compare(check.checkId, check.due, dues.atMeasure.get(check.checkId));
  for (const check of [...expected.missed, ...expected.aimsPassed]) {
    compare(check.checkId, check.due, check.happenedAt === null ? dues.now(check.checkId) : dues.atMeasure.get(check.checkId));
  }
  for (const check of expected.pending) compare(check.checkId, check.due, dues.now(check.checkId));
  return problems;
}

// ---------------------------------------------------------------------------
// From a model path to a scenario and moves
// ---------------------------------------------------------------------------

/** One move of the learner and what the model expects once it is made. */
export interface PlannedMove {
  /** What the runner is asked to do. */
  move: { kind: 'wait'; duration: string } | { kind: 'choose'; choiceId: string } | { kind: 'continue' };
  /** The model events it stands for, e.g. `escalate → deadline.passed 5.referral → stage.started`. */
  label: string;
  expected: Observation;
  /** Due times of the model that `computeDeadlines` does not give (should be none). */
  dueProblems: string[];
  /** The live model's state after the move, next to the graph's (should be equal). */
  liveState: string;
  graphState: string;
}

/** A model path ready to play through the runner. */
export interface PlannedPath {
  /** The model state it ends in and the events on the way, for the test name. */
  name: string;
  /** The scenario written for it. */
  source: string;
  /** What the runner shows before any move. */
  initial: Observation;
  moves: PlannedMove[];
}

interface SceneSpec {
  id: string;
  stage: number;
  immediateRisk: boolean;
  /** How the learner leaves it: a choice (with its time), a Continue (its event's time), or not at all. */
  way?: { kind: 'choice' | 'continue'; to: string; minutes: number; id: string };
}

type GraphState = { value: unknown; context: ProcessContext };

/** A duration the scenario format understands, in whole minutes of elapsed time. */
export function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? `${hours}h` : '', rest > 0 ? `${rest}m` : ''].filter(Boolean).join(' ');
}

function describeEvent(event: ProcessEvent): string {
  return event.type === 'deadline.passed' ? `deadline.passed ${event.checkId}` : event.type;
}

function describeState(snapshot: GraphState): string {
  const { stage, phase } = currentStage(snapshot);
  const missed = snapshot.context.breaches.map((breach) => breach.checkId);
  return `stage ${stage} ${phase}${missed.length > 0 ? `, passed ${missed.join(' ')}` : ''}${snapshot.context.riskOverrides.length > 0 ? ', risk' : ''}`;
}

const isStart = (event: ProcessEvent) => event.type === 'stage.started' || event.type === 'panel.met';

/**
 * Turns a model path into the learner's moves through a scenario written for
 * it, and plays the path on a live actor of the model machine on a simulated
 * clock to record what the runner should show after each move:
 *
 * - the clock running past deadlines while a stage is under way is a
 *   `waitFor` (a deadline missed by waiting);
 * - `escalate`, any deadlines passing, then the next stage's start event is
 *   one choice to a scene of the next stage whose `after` is the gap between
 *   them; when the next stage begins at once, the matter is handed on
 *   instead: a choice into a hand-off scene of the same stage, then Continue;
 * - settling is a choice to an ending resolved at the stage;
 * - immediate risk is a choice to an `immediateRisk` scene of the same stage.
 *
 * A path that ends part-way through one of these (escalated, not yet begun)
 * is finished with the model's own next events, since the runner only stops
 * between moves.
 */
export function planPath(model: RouteModel, path: { steps: Array<{ event: { type: string }; state: unknown }> }): PlannedPath {
  const offered = modelEvents(model, model.route.withRisk);
  const running = startProcess(model.machine);
  const dues = new DueTimes(model);
  const snapshot = () => running.actor.getSnapshot();
  // The path's events, and the graph's state after each. Only the state's
  // serialisation is used: xstate/graph keeps one snapshot per serialised
  // state, which may have come from another path.
  const events = path.steps.slice(1).map((step) => step.event as ProcessEvent);
  const graphStates = path.steps.slice(1).map((step) => step.state as GraphState);
  let graphState: GraphState | null = path.steps[0]!.state as GraphState;

  const scenes: SceneSpec[] = [{ id: 's0', stage: model.protocol.stages[0]!.stage, immediateRisk: false }];
  const endings: Array<{ id: string; resolvedAt: number }> = [];
  const moves: PlannedMove[] = [];
  const initial = observeModel(running);

  /** Sends one model event to the live model, keeping the due-time record. */
  const apply = (event: ProcessEvent) => {
    if (event.type === 'deadline.passed') {
      // The clock runs to the first whole minute past due; a timer already fired is not fired again.
      const after = ceilMinute(Date.parse(event.at) + 1);
      if (after > running.clock.now()) advanceProcessClock(running.clock, toIsoWithOffset(after));
      return;
    }
    const before = currentStage(snapshot());
    if (event.type === 'escalate' || event.type === 'resolve' || event.type === 'recommendations.made') dues.moment(before.stage, 'end', event.at);
    sendProcessEvent(running.actor, running.clock, event as Exclude<ProcessEvent, { type: 'deadline.passed' }>);
    if (isStart(event)) dues.moment(before.stage, 'start', event.at);
  };

  let index = 0;
  const group: ProcessEvent[] = [];
  /**
   * Takes the model's next event: the path's, or, once the path has run out
   * part-way through a move, the model's own (the start event if it fits,
   * else the next deadline passing). Returns it after sending it to the live model.
   */
  const take = (): ProcessEvent => {
    let event: ProcessEvent | undefined;
    if (index < events.length) {
      event = events[index];
      graphState = graphStates[index]!;
      index += 1;
    } else {
      const options = offered(snapshot());
      event = options.find(isStart) ?? options.find((candidate) => candidate.type === 'deadline.passed');
      graphState = null;
    }
    if (event === undefined) throw new Error(`The model offers nothing after ${group.map(describeEvent).join(' → ')}.`);
    group.push(event);
    apply(event);
    return event;
  };
  const record = (move: PlannedMove['move'], label = group.map(describeEvent).join(' → ')) => {
    const expected = observeModel(running);
    moves.push({
      move,
      label,
      expected,
      dueProblems: dueTimeDisagreements(expected, dues),
      liveState: serialiseModelState(snapshot()),
      // A move finished with the model's own events has no graph state to compare with.
      graphState: serialiseModelState(graphState ?? snapshot()),
    });
    group.length = 0;
  };
  const nextScene = (stage: number, immediateRisk = false): SceneSpec => {
    const scene: SceneSpec = { id: `s${scenes.length}`, stage, immediateRisk };
    scenes.push(scene);
    return scene;
  };

  while (index < events.length) {
    const scene = scenes.at(-1)!;
    const startedAt = running.clock.now();
    const first = events[index]!;
    const minutesFrom = (from: number, at: string) => (Date.parse(at) - from) / MINUTE;
    if (first.type === 'deadline.passed') {
      take();
      // Deadlines due in the same minute pass together; the graph passes them one by one.
      while (index < events.length && events[index]!.type === 'deadline.passed' && Date.parse(events[index]!.at) < running.clock.now()) take();
      if (graphState !== null && graphState.context.pending.some((check) => Date.parse(check.due) < modelNow(graphState!.context))) graphState = null;
      record({ kind: 'wait', duration: minutesText((running.clock.now() - startedAt) / MINUTE) });
    } else if (first.type === 'escalate' && Date.parse(first.at) > startedAt) {
      // Handed on by Continue: the choice into the hand-off scene and its event take the time.
      const handOff = nextScene(scene.stage);
      const minutes = minutesFrom(startedAt, first.at);
      scene.way = { kind: 'choice', to: handOff.id, minutes: minutes - HAND_OFF_EVENT_MINUTES, id: `${scene.id}-hand-off` };
      advanceProcessClock(running.clock, first.at);
      record({ kind: 'choose', choiceId: scene.way.id }, `${minutesText(minutes)} pass`);
      take();
      while (!isStart(group.at(-1)!)) take();
      const next = nextScene(currentStage(snapshot()).stage);
      handOff.way = { kind: 'continue', to: next.id, minutes: HAND_OFF_EVENT_MINUTES, id: `${handOff.id}-event` };
      record({ kind: 'continue' });
    } else if (first.type === 'escalate') {
      take();
      while (!isStart(group.at(-1)!)) take();
      const next = nextScene(currentStage(snapshot()).stage);
      scene.way = { kind: 'choice', to: next.id, minutes: minutesFrom(Date.parse(first.at), group.at(-1)!.at), id: `${scene.id}-escalate` };
      record({ kind: 'choose', choiceId: scene.way.id });
    } else if (first.type === 'risk.identified') {
      take();
      const next = nextScene(scene.stage, true);
      scene.way = { kind: 'choice', to: next.id, minutes: minutesFrom(startedAt, first.at), id: `${scene.id}-risk` };
      record({ kind: 'choose', choiceId: scene.way.id });
    } else {
      take();
      const ending = { id: `settled-${scene.stage}`, resolvedAt: scene.stage };
      endings.push(ending);
      scene.way = { kind: 'choice', to: ending.id, minutes: minutesFrom(startedAt, first.at), id: `${scene.id}-settle` };
      record({ kind: 'choose', choiceId: scene.way.id });
    }
  }

  const name = `${describeState(snapshot())}: ${moves.map((planned) => planned.label).join(' | ') || 'raised'}`;
  return { name, source: scenarioSource(model, scenes, endings), initial, moves };
}

// ---------------------------------------------------------------------------
// Scenario source
// ---------------------------------------------------------------------------

function choiceText(id: string, to: string, minutes: number, label: string): string {
  const after = minutes > 0 ? ` after="${minutesText(minutes)}"` : '';
  return `<Choice id="${id}" to="${to}"${after}>
${label}

<Feedback cite="stage-1" shows="timeliness">
Feedback for ${id}.
</Feedback>
</Choice>`;
}

function sceneText(scene: SceneSpec): string {
  const risk = scene.immediateRisk ? ' immediateRisk' : '';
  const body =
    scene.way?.kind === 'continue'
      ? `<Event after="${minutesText(scene.way.minutes)}" to="${scene.way.to}">\nThe matter is handed on.\n</Event>`
      : [
          ...(scene.way === undefined ? [] : [choiceText(scene.way.id, scene.way.to, scene.way.minutes, `Go on to ${scene.way.to}.`)]),
          // A way out in every scene with choices, so the one the path takes is one of several.
          choiceText(`${scene.id}-walk-away`, 'walked-away', 30, 'Let the matter drop.'),
        ].join('\n\n');
  return `<Scene id="${scene.id}" stage={${scene.stage}}${risk}>

Scene ${scene.id} at stage ${scene.stage}.

${body}

</Scene>`;
}

function scenarioSource(model: RouteModel, scenes: SceneSpec[], endings: Array<{ id: string; resolvedAt: number }>): string {
  const { route, protocol } = model;
  const frontmatter = [
    '---',
    'formatVersion: 1',
    `title: Model path of ${route.name}`,
    'summary: A scenario written by the runner model test for one path of the process machine.',
    `audience: ${route.audience}`,
    `protocol: ${protocol.id}`,
    `raised: ${route.raised}`,
    ...(route.disputedDecision === undefined ? [] : [`disputedDecision: ${route.disputedDecision}`]),
    'role: Health visitor',
    "agencies: [Health visiting, Children's social care]",
    'topics: [case-closure]',
    'objectives:',
    '  - Practise the process',
    'estimatedMinutes: 5',
    'provenance:',
    '  basis: fictional',
    '  author: Runner model test',
    '  reviewed: 2026-11-20',
    'cast: []',
    '---',
  ].join('\n');
  const endingText = [
    ...endings.map((ending) => `<Ending id="${ending.id}" outcome="good" resolvedAt={${ending.resolvedAt}}>\n\nSettled at stage ${ending.resolvedAt}.\n\n</Ending>`),
    '<Ending id="walked-away" outcome="poor">\n\nThe matter was dropped.\n\n</Ending>',
  ];
  return `${frontmatter}\n\n${[...scenes.map(sceneText), ...endingText].join('\n\n')}\n`;
}
