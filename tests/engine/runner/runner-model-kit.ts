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
import { parseLondonDateTime, toIsoWithOffset } from '../../../engine/calendar/london-time.js';
import { advanceProcessClock, sendProcessEvent, startProcess, type RunningProcess } from '../../../engine/process/run-process.js';
import { createProcessMachine, type ProcessMachine } from '../../../engine/process/process.machine.js';
import { currentStage, summariseDeadlines } from '../../../engine/process/selectors.js';
import type { ProcessContext } from '../../../engine/process/process-context.js';
import type { ProcessEvent, ProcessInputEvent } from '../../../engine/process/process-events.js';
import { computeDeadlines } from '../../../engine/protocol/compute-deadlines.js';
import { loadProtocol } from '../../../engine/protocol/load-protocol.js';
import type { DeadlineTable } from '../../../engine/protocol/deadline-table.js';
import type { Protocol } from '../../../engine/protocol/protocol.schema.js';
import type { SessionView } from '../../../engine/runner/session-view.js';

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
  /** Whether the model may go up more than one stage in one move (a deviation the runner records). */
  withJumps: boolean;
}

/** The parts of a protocol file a test may want to change. */
export interface ProtocolData {
  stages: Array<{ stage: number; deadlines: Array<{ id: string; rule: Record<string, unknown> }> }>;
}

/**
 * Loads a protocol from its data file, not from the engine's built-in table,
 * so the model's rules are a copy the runner never sees. `edit` may change
 * the data first (to check that the test notices a wrong rule).
 */
export function loadModelProtocol(file: string, edit?: (data: ProtocolData) => void): Protocol {
  const data = JSON.parse(readFileSync(new URL(`../../../engine/protocol/data/${file}`, import.meta.url), 'utf8')) as ProtocolData;
  edit?.(data);
  return loadProtocol(data, file);
}

// ---------------------------------------------------------------------------
// Simulated time in the model
// ---------------------------------------------------------------------------

/** ISO in UTC, the form both sides are compared in. */
const utc = (iso: string | number): string => new Date(iso).toISOString();

const ceilMinute = (ms: number): number => Math.ceil(ms / MINUTE) * MINUTE;

/**
 * The model's clock in a snapshot: its latest event, or just past the latest
 * deadline it has let pass. Every event is on a whole minute, and letting a
 * deadline pass moves the clock to the first whole minute after it (a timer
 * fires once time is strictly past due), so this is exact.
 */
function modelNow(context: ProcessContext): number {
  let now = Date.parse(context.lastEventAt);
  for (const breach of context.breaches) now = Math.max(now, ceilMinute(Date.parse(breach.due) + 1));
  return now;
}

/**
 * How long the learner's moves take in the generated scenarios, in minutes,
 * by stage, so that paths mix the ways the runner lets time pass.
 *
 * Escalating to a stage with a deadline measured as it begins: a while under
 * way first ({@link escalateDelayMinutes}, the scene's own `<Event after>` or
 * a wait), then a choice to the next stage's scene whose `after` is the gap
 * before that stage begins ({@link startDelayMinutes}).
 */
const escalateDelayMinutes = (stage: number): number => 30 * ((stage % 4) + 1);
/** See {@link escalateDelayMinutes}. */
const startDelayMinutes = (stage: number): number => 60 * ((stage % 3) + 1);
/**
 * Escalating to a stage with nothing measured as it begins: handed on by
 * Continue, so it begins at once. A choice into a hand-off scene of the same
 * stage, then that scene's `<Event after to>`, whose time passes as the
 * scene is entered: {@link HAND_OFF_MINUTES} in all, the last
 * {@link HAND_OFF_EVENT_MINUTES} of them the event's.
 */
const HAND_OFF_MINUTES = 40;
/** See {@link HAND_OFF_MINUTES}. */
const HAND_OFF_EVENT_MINUTES = 10;
/** A settling choice, by stage (0: a choice without `after`). */
const settleDelayMinutes = (stage: number): number => [45, 0, 30][stage % 3]!;
/** The choice to an immediate-risk scene. */
const RISK_DELAY_MINUTES = 20;

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
  shape: LadderShape;
  testModel: ReturnType<typeof modelOf>;
}

/** What the model's events depend on, read from the protocol. */
interface LadderShape {
  /** The stage with a meeting (begun by `panel.met`, ended by `recommendations.made`). */
  meetingStage: number | undefined;
  /** Each stage's successor in the protocol's order (none for the last). */
  stageAfter: ReadonlyMap<number, number>;
  /** Stages after the first with no deadline measured as they begin: handed on by Continue. */
  handedOn: ReadonlySet<number>;
  withRisk: boolean;
  withJumps: boolean;
}

type ModelSnapshot = { value: unknown; context: ProcessContext };

function byDue<T extends { due: string }>(a: T, b: T): number {
  return Date.parse(a.due) - Date.parse(b.due);
}

/** A stage that began and ended in the same instant: stepped through by a jump. */
function isSteppedThrough(record: ProcessContext['stages'][number] | undefined): boolean {
  return record !== undefined && record.outcome === 'escalated' && record.startedAt !== null && record.startedAt === record.endedAt;
}

/**
 * The events the model offers in a state. Time only passes over a deadline
 * by the machine's own `deadline.passed` (the clock running past it), never
 * inside another event: every other event comes at or before the next due
 * time. So the graph's snapshots are exactly what a live actor on a
 * simulated clock would hold. Offered, in this order:
 *
 * - a deadline whose time has already passed (two due in the same minute):
 *   only that, as the clock passes both at once;
 * - under way: `escalate` after the escalation delay (the hand-off time when
 *   the next stage is handed on), and, with jumps, at once in a stage that
 *   has only just begun; settling (`recommendations.made` at the meeting
 *   stage, where the runner never sends `resolve`); immediate risk;
 * - escalated, not yet begun: the start event, at once when handed on or
 *   part of a jump, else after the start delay;
 * - the next deadline passing (not part-way through a hand-off or a jump,
 *   where the runner has no moment to wait in).
 *
 * No `resolve` before a stage has begun and no learning report: the runner
 * begins a stage as its scene is entered and has no move for either.
 */
function modelEvents(shape: LadderShape) {
  return (snapshot: { context: ProcessContext }): ProcessEvent[] => {
    const { context } = snapshot;
    const now = modelNow(context);
    const pending = [...context.pending].sort(byDue);
    const overdue = pending.find((check) => Date.parse(check.due) < now);
    if (overdue !== undefined) return [{ type: 'deadline.passed', checkId: overdue.checkId, at: overdue.due }];
    const { phase, stage } = currentStage(snapshot);
    const next = pending[0];
    const fits = (minutes: number) => next === undefined || now + minutes * MINUTE <= Date.parse(next.due);
    const at = (minutes: number) => toIsoWithOffset(now + minutes * MINUTE);
    const record = (number: number) => context.stages.find((candidate) => candidate.stage === number);
    const events: ProcessEvent[] = [];
    if (phase === 'underway') {
      const nextStage = shape.stageAfter.get(stage);
      if (nextStage !== undefined) {
        const delay = shape.handedOn.has(nextStage) ? HAND_OFF_MINUTES : escalateDelayMinutes(stage);
        if (fits(delay)) events.push({ type: 'escalate', at: at(delay) });
        const startedAt = record(stage)?.startedAt;
        if (shape.withJumps && startedAt != null && Date.parse(startedAt) === now) events.push({ type: 'escalate', at: at(0) });
      }
      const settle = settleDelayMinutes(stage);
      if (fits(settle)) events.push({ type: stage === shape.meetingStage ? 'recommendations.made' : 'resolve', at: at(settle) });
      if (shape.withRisk && context.riskOverrides.length === 0 && fits(RISK_DELAY_MINUTES)) {
        events.push({ type: 'risk.identified', at: at(RISK_DELAY_MINUTES) });
      }
    } else if (phase === 'awaiting') {
      const start = stage === shape.meetingStage ? 'panel.met' : 'stage.started';
      const previous = [...shape.stageAfter].find(([, after]) => after === stage)?.[0];
      if (shape.handedOn.has(stage) || (previous !== undefined && isSteppedThrough(record(previous)))) return [{ type: start, at: at(0) }];
      const delay = startDelayMinutes(stage);
      if (fits(delay)) events.push({ type: start, at: at(delay) });
    }
    if ((phase === 'underway' || phase === 'awaiting') && next !== undefined) {
      events.push({ type: 'deadline.passed', checkId: next.checkId, at: next.due });
    }
    return events;
  };
}

/**
 * What tells two model states apart: the machine's state value, the stage,
 * the deadlines passed at this stage, how many were missed before, how many
 * stages were stepped through, and whether immediate risk has been
 * identified. Not the times themselves, or every path would be its own state.
 */
function serialiseModelState(snapshot: ModelSnapshot): string {
  const { context } = snapshot;
  return JSON.stringify({
    value: snapshot.value,
    stage: context.stage,
    passedHere: context.breaches.filter((breach) => breach.stage === context.stage).map((breach) => breach.checkId).sort(),
    missedBefore: context.breaches.filter((breach) => breach.stage !== context.stage && breach.kind === 'deadline').length,
    steppedThrough: context.stages.filter(isSteppedThrough).length,
    risk: context.riskOverrides.length > 0,
  });
}

function modelOf(machine: ProcessMachine, shape: LadderShape) {
  return createTestModel(machine, {
    events: modelEvents(shape),
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
  const shape: LadderShape = {
    meetingStage: protocol.stages.find((stage) => stage.meetingBy !== undefined)?.stage,
    stageAfter: new Map(protocol.stages.slice(1).map((stage, index) => [protocol.stages[index]!.stage, stage.stage])),
    handedOn: new Set(
      protocol.stages
        .filter((stage, index) => index > 0 && stage.deadlines.every((deadline) => deadline.measuredAt !== 'start'))
        .map((stage) => stage.stage),
    ),
    withRisk: route.withRisk,
    withJumps: route.withJumps,
  };
  return { route, protocol, raised, knownEvents, machine, shape, testModel: modelOf(machine, shape) };
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

const tablesOf = new WeakMap<RouteModel, Map<string, DeadlineTable>>();

/**
 * Due times worked out afresh with `computeDeadlines` from the protocol copy,
 * from the event times the path has produced so far (each protocol event
 * with `assumeAt` happens at its stage's start or end), so the model's own
 * due times, and whether each deadline is met, missed or pending, are checked
 * against the rules, not taken on trust.
 */
class DueTimes {
  private readonly known: Record<string, string>;
  private readonly tables: Map<string, DeadlineTable>;
  /** Due time of each measured check, as it stood just before its moment. */
  readonly atMeasure = new Map<string, string>();

  constructor(private readonly model: RouteModel) {
    this.known = { ...model.knownEvents };
    // Paths of one route share most event times, so they share the tables.
    this.tables = tablesOf.get(model) ?? new Map();
    tablesOf.set(model, this.tables);
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
    const { protocol } = this.model;
    const row = this.table().stages.find((candidate) => candidate.stage === stage);
    for (const check of row?.checks ?? []) if (check.measuredAt === measuredAt) this.atMeasure.set(check.id, utc(check.due));
    for (const [event, definition] of Object.entries(protocol.events)) {
      const assumed = definition.assumeAt;
      if (assumed === undefined || assumed.stage !== stage) continue;
      const deadline = protocol.stages.find((candidate) => candidate.stage === stage)?.deadlines.find((candidate) => candidate.id === assumed.deadline);
      if (deadline?.measuredAt === measuredAt) this.known[event] = at;
    }
  }

  /**
   * Where `expected` breaks the rules: a due time other than the one
   * `computeDeadlines` gives, or a deadline met after its due time, missed
   * before it, or still pending after it.
   */
  problems(expected: Observation): string[] {
    const problems: string[] = [];
    const compare = (checkId: string, shown: string, rule: string | undefined) => {
      if (shown !== rule) problems.push(`${checkId}: the model has due ${shown}, computeDeadlines ${rule ?? 'no such check'}`);
    };
    const now = Date.parse(expected.now);
    for (const check of expected.met) {
      compare(check.checkId, check.due, this.atMeasure.get(check.checkId));
      if (Date.parse(check.at) > Date.parse(check.due)) problems.push(`${check.checkId}: met at ${check.at}, after its due time`);
    }
    for (const check of [...expected.missed, ...expected.aimsPassed]) {
      compare(check.checkId, check.due, check.happenedAt === null ? this.now(check.checkId) : this.atMeasure.get(check.checkId));
      const missedAt = check.happenedAt === null ? now : Date.parse(check.happenedAt);
      if (missedAt <= Date.parse(check.due)) problems.push(`${check.checkId}: missed, but ${check.happenedAt ?? 'now'} is not after its due time`);
    }
    for (const check of expected.pending) {
      compare(check.checkId, check.due, this.now(check.checkId));
      if (Date.parse(check.due) < now) problems.push(`${check.checkId}: still pending after its due time`);
    }
    return problems;
  }
}

// ---------------------------------------------------------------------------
// From a model path to a scenario and moves
// ---------------------------------------------------------------------------

/** What the model expects at one point of a path, and its own checks of itself. */
export interface Expectation {
  expected: Observation;
  /** Where the model breaks the rules by its own account (see `DueTimes.problems`); should be none. */
  modelProblems: string[];
  /** The live model's state, next to the graph's (should be equal). */
  liveState: string;
  graphState: string;
}

/** One move of the learner and what the model expects once it is made. */
export interface PlannedMove extends Expectation {
  /** What the runner is asked to do. */
  move: { kind: 'wait'; duration: string } | { kind: 'choose'; choiceId: string } | { kind: 'continue' };
  /** The model events it stands for, e.g. `escalate → deadline.passed 5.referral → stage.started`. */
  label: string;
}

/** A model path ready to play through the runner. */
export interface PlannedPath {
  /** The model state it ends in and the events on the way, for the test name. */
  name: string;
  /** The scenario written for it. */
  source: string;
  /** What the runner shows before any move. */
  initial: Expectation;
  moves: PlannedMove[];
}

interface SceneSpec {
  id: string;
  stage: number;
  immediateRisk: boolean;
  /** Minutes of the scene's own `<Event after>`, which pass as it is entered. */
  eventMinutes?: number;
  /** How the learner leaves it: a choice (with its time), a Continue (by the scene's event), or not at all. */
  way?: { kind: 'choice' | 'continue'; to: string; minutes: number; id: string; mistake?: boolean };
}

/** A duration the scenario format understands, in whole minutes of elapsed time. */
function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? `${hours}h` : '', rest > 0 ? `${rest}m` : ''].filter(Boolean).join(' ');
}

function describeEvent(event: ProcessEvent): string {
  return event.type === 'deadline.passed' ? `deadline.passed ${event.checkId}` : event.type;
}

function describeState(snapshot: ModelSnapshot): string {
  const { stage, phase } = currentStage({ context: snapshot.context });
  const passed = snapshot.context.breaches.map((breach) => breach.checkId);
  const stepped = snapshot.context.stages.filter(isSteppedThrough).map((record) => record.stage);
  return [
    `stage ${stage} ${phase}`,
    ...(passed.length > 0 ? [`passed ${passed.join(' ')}`] : []),
    ...(stepped.length > 0 ? [`stepped through ${stepped.join(' ')}`] : []),
    ...(snapshot.context.riskOverrides.length > 0 ? ['risk'] : []),
  ].join(', ');
}

const isStart = (event: ProcessEvent) => event.type === 'stage.started' || event.type === 'panel.met';
const minutesBetween = (from: number, to: string) => (Date.parse(to) - from) / MINUTE;

/**
 * Turns a model path into the learner's moves through a scenario written for
 * it, and plays the path on a live actor of the model machine on a simulated
 * clock to record what the runner should show after each move:
 *
 * - the clock running past deadlines while a stage is under way is a
 *   `waitFor` (a deadline missed by waiting);
 * - time under way before escalating is the scene's own `<Event after>` when
 *   the scene has only just been entered, else a `waitFor`;
 * - `escalate`, any deadlines passing, then the next stage's start event is
 *   one choice to the next stage's scene, its `after` the gap between them;
 *   a stage handed on is a choice into a hand-off scene then Continue; a
 *   jump (stages stepped through at once) is one move to the last stage's scene;
 * - settling is a choice to an ending resolved at the stage;
 * - immediate risk is a choice to an `immediateRisk` scene of the same stage.
 *
 * What the runner should show after a move is read once the next move is
 * known, since entering a scene may already let its event's time pass. A path
 * that ends part-way through a move (escalated, not yet begun) is finished
 * with the model's own next events, since the runner only stops between moves.
 */
export function planPath(model: RouteModel, path: { steps: Array<{ event: { type: string }; state: unknown }> }): PlannedPath {
  const offered = modelEvents(model.shape);
  const running = startProcess(model.machine);
  const dues = new DueTimes(model);
  const snapshot = () => running.actor.getSnapshot();
  // The path's events, and the graph's state after each. Only the state's
  // serialisation is used: xstate/graph keeps one snapshot per serialised
  // state, which may have come from another path.
  const events = path.steps.slice(1).map((step) => step.event as ProcessEvent);
  const graphStates = path.steps.slice(1).map((step) => step.state as ModelSnapshot);
  let graphState: ModelSnapshot | null = path.steps[0]!.state as ModelSnapshot;

  const scenes: SceneSpec[] = [{ id: 's0', stage: model.protocol.stages[0]!.stage, immediateRisk: false }];
  const endings: Array<{ id: string; resolvedAt: number }> = [];
  const moves: PlannedMove[] = [];
  let initial: Expectation | undefined;

  /** Sends one model event to the live model, keeping the due-time record. */
  const apply = (event: ProcessEvent) => {
    if (event.type === 'deadline.passed') {
      // The clock runs to the first whole minute past due; a timer that has fired does not fire again.
      const after = ceilMinute(Date.parse(event.at) + 1);
      if (after > running.clock.now()) advanceProcessClock(running.clock, toIsoWithOffset(after));
      return;
    }
    const { stage } = currentStage(snapshot());
    if (event.type === 'escalate' || event.type === 'resolve' || event.type === 'recommendations.made') dues.moment(stage, 'end', event.at);
    sendProcessEvent(running.actor, running.clock, event as ProcessInputEvent);
    if (isStart(event)) dues.moment(stage, 'start', event.at);
  };

  let index = 0;
  const group: ProcessEvent[] = [];
  /**
   * Takes the model's next event: the path's, or, once the path has run out
   * part-way through a move, the model's own (a start event if it offers
   * one, else the next deadline passing), and sends it to the live model.
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
  /** The escalation (or jump) under way: takes events up to the start of the last stage reached. */
  const takeClimb = (): ProcessEvent => {
    let last = take();
    while (!isStart(last)) last = take();
    // A jump carries on at the same instant through the stages stepped over.
    while (index < events.length && events[index]!.type === 'escalate' && events[index]!.at === last.at) {
      take();
      last = take();
      while (!isStart(last)) last = take();
    }
    return last;
  };

  // The move whose expectation is still to be read (undefined: the initial one), once `open`.
  let open = true;
  let openMove: PlannedMove | undefined;
  /** Reads what the model expects now for the move made last (or for the start). */
  const close = () => {
    if (!open) return;
    const expected = observeModel(running);
    const expectation: Expectation = {
      expected,
      modelProblems: dues.problems(expected),
      liveState: serialiseModelState(snapshot()),
      // A move finished with the model's own events has no graph state to compare with.
      graphState: serialiseModelState(graphState ?? snapshot()),
    };
    if (openMove === undefined) initial = expectation;
    else Object.assign(openMove, expectation);
    open = false;
  };
  const makeMove = (move: PlannedMove['move'], label = group.map(describeEvent).join(' → ')) => {
    close();
    openMove = { move, label } as PlannedMove;
    moves.push(openMove);
    open = true;
    group.length = 0;
  };
  const addScene = (stage: number, immediateRisk = false): SceneSpec => {
    const scene: SceneSpec = { id: `s${scenes.length}`, stage, immediateRisk };
    scenes.push(scene);
    return scene;
  };

  // Whether the current scene was entered by the last move (or is the start) and nothing has happened in it since.
  let justEntered = true;
  while (index < events.length) {
    const scene = scenes.at(-1)!;
    const now = running.clock.now();
    const first = events[index]!;
    if (first.type === 'deadline.passed') {
      close();
      take();
      // Deadlines due in the same minute pass together; the graph passes them one by one.
      while (index < events.length && events[index]!.type === 'deadline.passed' && Date.parse(events[index]!.at) < running.clock.now()) take();
      const catchingUp = graphState?.context.pending.some((check) => Date.parse(check.due) < modelNow(graphState!.context));
      if (catchingUp) graphState = null;
      makeMove({ kind: 'wait', duration: minutesText((running.clock.now() - now) / MINUTE) });
      justEntered = false;
    } else if (first.type === 'escalate') {
      const before = minutesBetween(now, first.at);
      const nextStage = model.shape.stageAfter.get(currentStage(snapshot()).stage);
      const handedOn = nextStage !== undefined && model.shape.handedOn.has(nextStage);
      if (handedOn && before > 0) {
        // A choice into the hand-off scene; its event's time passes as it is entered.
        const handOff = addScene(scene.stage);
        scene.way = { kind: 'choice', to: handOff.id, minutes: before - HAND_OFF_EVENT_MINUTES, id: `${scene.id}-hand-off` };
        makeMove({ kind: 'choose', choiceId: scene.way.id }, `${minutesText(before)} pass`);
        advanceProcessClock(running.clock, first.at);
        close();
        takeClimb();
        const next = addScene(currentStage(snapshot()).stage);
        handOff.eventMinutes = HAND_OFF_EVENT_MINUTES;
        handOff.way = { kind: 'continue', to: next.id, minutes: 0, id: `${handOff.id}-continue` };
        makeMove({ kind: 'continue' });
      } else {
        if (before > 0 && justEntered) {
          // The scene's own event: its time passed as the scene was entered, in the move before.
          scene.eventMinutes = before;
          advanceProcessClock(running.clock, first.at);
        } else if (before > 0) {
          makeMove({ kind: 'wait', duration: minutesText(before) }, `${minutesText(before)} pass`);
          advanceProcessClock(running.clock, first.at);
        }
        // The move before (or the wait) ends as the escalation begins.
        close();
        const start = takeClimb();
        const next = addScene(currentStage(snapshot()).stage);
        const minutes = minutesBetween(Date.parse(first.at), start.at);
        scene.way = { kind: 'choice', to: next.id, minutes, id: `${scene.id}-escalate`, mistake: next.stage !== model.shape.stageAfter.get(scene.stage) };
        makeMove({ kind: 'choose', choiceId: scene.way.id });
      }
      justEntered = true;
    } else if (first.type === 'risk.identified') {
      // The learner judges the risk in an immediateRisk scene, and the runner
      // identifies it with the move out of that scene: a choice into the
      // scene, arriving as the risk arises, then a choice out of it at once.
      close();
      const riskScene = addScene(scene.stage, true);
      scene.way = { kind: 'choice', to: riskScene.id, minutes: minutesBetween(now, first.at), id: `${scene.id}-risk` };
      makeMove({ kind: 'choose', choiceId: scene.way.id }, 'into the risk scene');
      advanceProcessClock(running.clock, first.at);
      close();
      take();
      const next = addScene(scene.stage);
      riskScene.way = { kind: 'choice', to: next.id, minutes: 0, id: `${riskScene.id}-judged` };
      makeMove({ kind: 'choose', choiceId: riskScene.way.id });
      justEntered = true;
    } else {
      close();
      take();
      const ending = { id: `settled-${scene.stage}`, resolvedAt: scene.stage };
      endings.push(ending);
      scene.way = { kind: 'choice', to: ending.id, minutes: minutesBetween(now, first.at), id: `${scene.id}-settle` };
      makeMove({ kind: 'choose', choiceId: scene.way.id });
      justEntered = false;
    }
  }
  close();

  const name = `${describeState(snapshot())}: ${moves.map((planned) => planned.label).join(' | ') || 'raised'}`;
  return { name, source: scenarioSource(model, scenes, endings), initial: initial!, moves };
}

// ---------------------------------------------------------------------------
// Scenario source
// ---------------------------------------------------------------------------

function choiceText(id: string, to: string, minutes: number, label: string, mistake = false): string {
  const after = minutes > 0 ? ` after="${minutesText(minutes)}"` : '';
  // The format allows a skip of stages only on a choice marked as a mistake.
  return `<Choice id="${id}" to="${to}"${after}${mistake ? ' mistake' : ''}>
${label}

<Feedback cite="stage-1" shows="timeliness">
Feedback for ${id}.
</Feedback>
</Choice>`;
}

function sceneText(scene: SceneSpec): string {
  const risk = scene.immediateRisk ? ' immediateRisk' : '';
  const way = scene.way;
  const event =
    scene.eventMinutes === undefined
      ? []
      : [`<Event after="${minutesText(scene.eventMinutes)}"${way?.kind === 'continue' ? ` to="${way.to}"` : ''}>\nTime passes in ${scene.id}.\n</Event>`];
  const choices =
    way?.kind === 'continue'
      ? []
      : [
          ...(way === undefined ? [] : [choiceText(way.id, way.to, way.minutes, `Go on to ${way.to}.`, way.mistake)]),
          // A way out in every scene with choices, so the one the path takes is one of several.
          choiceText(`${scene.id}-walk-away`, 'walked-away', 30, 'Let the matter drop.'),
        ];
  return `<Scene id="${scene.id}" stage={${scene.stage}}${risk}>

Scene ${scene.id} at stage ${scene.stage}.

${[...event, ...choices].join('\n\n')}

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
