/**
 * The Professional Resolutions process as an XState v5 machine, built from a
 * protocol's data: one state per stage, an immediate-risk override, the
 * adults' mental-capacity path, resolution and the learning that follows it.
 * No stage count, timescale or route name is written here; they all come
 * from the protocol through `computeDeadlines`.
 */
import { and, enqueueActions, setup } from 'xstate';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { Protocol, ProtocolStage } from '../protocol/protocol.schema.js';
import { stageAfter } from '../protocol/stage-by-number.js';
import { createDeadlineOracle } from './deadline-oracle.js';
import {
  breachCheck,
  chainSteps,
  closeStageChecks,
  measureStageMoment,
  openStageChecks,
  type TrackingDeps,
  type TrackingStep,
} from './deadline-tracking.js';
import { isInstant, toEpochMs } from './instant.js';
import type { Breach, ProcessContext, ResolutionOutcome, RiskOverride, StageRecord } from './process-context.js';
import type { DeadlinePassedEvent, ProcessEvent } from './process-events.js';
import { ProcessError } from './process-error.js';
import { DEADLINE_TIMER_PREFIX, dueDelayName } from './timer-names.js';

/** What {@link createProcessMachine} needs. */
export interface ProcessMachineOptions {
  /** A loaded protocol (see `resolveProtocol`); its stages become the machine's stages. */
  protocol: Protocol;
  /** The route id: `child` or `adult` for North Yorkshire. */
  audience: string;
  /** When the disagreement was raised, ISO 8601 with offset; stage 1 begins then. */
  raised: string;
  /** The moment that keeps the person safe, when the practitioner sets one (ISO with offset). */
  safetyBy?: string;
  /**
   * Other optional events known before the process starts, by protocol event
   * name (ISO with offset), e.g. `{ disputedDecision: '2026-12-14T11:00:00+00:00' }`.
   */
  knownEvents?: Readonly<Record<string, string>>;
  /** Working days; the England and Wales calendar when left out. */
  calendar?: WorkingDayCalendar;
}

/** The id of every process machine; state ids are `#process.…`. */
const PROCESS_MACHINE_ID = 'process';

const STAGES_ID = `#${PROCESS_MACHINE_ID}.active.stages`;
const CAPACITY_ID = `#${PROCESS_MACHINE_ID}.active.capacity`;
const RESOLVED_ID = `#${PROCESS_MACHINE_ID}.resolved`;
const DONE_ID = `#${PROCESS_MACHINE_ID}.done`;

/**
 * The state key of stage `n` under `active.stages`.
 *
 * @example
 * stageStateKey(5); // 'stage5'
 * snapshot.matches({ active: { stages: { [stageStateKey(5)]: 'awaiting' } } });
 */
function stageStateKey(stage: number): string {
  return `stage${stage}`;
}

// Each external event's `at`; the machine starts at `raised` (xstate.init has none).
function momentOf(event: { type: string; at?: unknown }, context: ProcessContext): string {
  return typeof event.at === 'string' ? event.at : context.raised;
}

function noteOf(event: ProcessEvent): string | null {
  return 'note' in event && typeof event.note === 'string' ? event.note : null;
}

function updateStage(context: ProcessContext, stage: number, change: Partial<StageRecord>): ProcessContext {
  return {
    ...context,
    stages: context.stages.map((record) => (record.stage === stage ? { ...record, ...change } : record)),
  };
}

function plain(change: (context: ProcessContext) => ProcessContext): (context: ProcessContext) => TrackingStep {
  return (context) => ({ context: change(context), arm: [], disarm: [], newBreaches: [] });
}

function stageRecord(context: ProcessContext, stage: number): StageRecord | undefined {
  return context.stages.find((record) => record.stage === stage);
}

function isUnderway(context: ProcessContext): boolean {
  const record = stageRecord(context, context.stage);
  return record !== undefined && record.startedAt !== null && record.endedAt === null;
}

/**
 * Builds the process machine for one disagreement under `protocol`, for one
 * route, raised at `raised`. Stage 1 is under way from the start; every
 * other stage is first *reached* (`escalate` from the stage before it) and
 * then *begun* (`stage.started`; a stage with a meeting, the protocol's
 * `meetingBy`, begins with `panel.met`). Keeping the two apart is what lets
 * the machine time the gaps the guidance times: the line-manager discussion
 * after stage 1 concludes, the referral within one working day of the stage 4
 * discussion, the panel convened and then meeting.
 *
 * **Events** (each carries `at`): `escalate` moves only to the next stage, and
 * only from a stage under way; the `canEscalate` guard refuses it at the last
 * stage and checks the next stage's `requiresUnresolved` (stage 5 only after
 * stages 1 to 4 failed). `resolve` settles the matter at any stage;
 * `recommendations.made` (after `panel.met`) settles it at the meeting stage.
 * Both lead to `resolved.learning`, where `learning.reported` (to the
 * route's learning subgroup) leads to `done`.
 *
 * **Immediate risk** (`risk.identified`, from any stage or capacity step):
 * the guidance says the designated safeguarding lead "should be informed
 * immediately and the appropriate safeguarding procedures are followed", and
 * that timescales are maximums which "should not be a reason for delaying
 * action". So the override never waits on the process: the named actions
 * `notifyDesignatedSafeguardingLead` and `followSafeguardingProcedures` run at
 * once and the override is recorded. The disagreement itself is not settled
 * by that, so the process carries on where it was with its deadlines
 * unchanged (they are still maximums); if the safeguarding response settles
 * the disagreement, the learner sends `resolve`.
 *
 * **Mental capacity** (adults only; the `capacityAvailable` guard compares
 * the route with the protocol's `capacity.audience`): `capacity.disputed`
 * leaves the stage ladder for the protocol's capacity steps, starting with
 * helping the person decide for themselves; `capacity.escalate` takes the
 * next step (joint assessment, a more experienced assessor, the Court of
 * Protection) and is refused after the last; `capacity.agreed` settles the
 * matter. The guidance sets no timescales for these steps, so none are timed.
 *
 * **Deadlines** are timers on the actor's clock. Reaching a stage computes
 * its checks with `computeDeadlines` from the event times known so far and
 * raises one delayed `deadline.passed` per check, using the named delay
 * `due:<checkId>`, measured from the triggering event's `at`. That is only
 * right if the clock's `now()` equals that `at` when the event is sent, so a
 * shell sets its `SimulatedClock` to each event's time before sending it
 * (`sendProcessEvent` does both). Timers fire 1 ms after the due time, so an
 * event at exactly the due time is on time. See `deadline-tracking.ts` for
 * met, missed and lateness.
 *
 * **Side effects** are named actions that do nothing here; a shell supplies
 * them with `machine.provide({ actions: { … } })`: `announceBreach`,
 * `notifyDesignatedSafeguardingLead`, `followSafeguardingProcedures`,
 * `notifyLearningSubgroup`.
 *
 * **Restoring** is by replaying the event log (`replayProcess`), not by
 * `getPersistedSnapshot`: XState's persisted timers hold the host's wall-clock
 * time and restart with their whole original delay, which a simulated clock
 * cannot honour. Replaying the same events with the clock stepped to each
 * `at` gives the same snapshot every time.
 *
 * @throws {ProcessError} when `raised` or `safetyBy` is not a date-time with
 * an offset, or the audience is not a route of the protocol.
 * @example
 * const machine = createProcessMachine({ protocol: resolveProtocol('north-yorkshire'), audience: 'child', raised: '2025-03-03T09:00:00+00:00' });
 * const { actor, clock } = startProcess(machine);
 * sendProcessEvent(actor, clock, { type: 'escalate', at: '2025-03-05T11:00:00+00:00' });
 * actor.getSnapshot().context.stage; // 2
 */
export function createProcessMachine(options: ProcessMachineOptions) {
  const { protocol, audience, raised, safetyBy, calendar, knownEvents } = options;
  if (!isInstant(raised)) {
    throw new ProcessError(`The raised time "${raised}" is not a date-time with an offset.`, 'Write it like 2025-03-03T09:00:00+00:00.');
  }
  if (safetyBy !== undefined && !isInstant(safetyBy)) {
    throw new ProcessError(`The safety deadline "${safetyBy}" is not a date-time with an offset.`, 'Write it like 2025-03-10T17:00:00+00:00.');
  }
  for (const [event, at] of Object.entries(knownEvents ?? {})) {
    if (!isInstant(at)) throw new ProcessError(`The time of ${event}, "${at}", is not a date-time with an offset.`, 'Write it like 2025-03-10T17:00:00+00:00.');
  }
  const route = Object.hasOwn(protocol.routes, audience) ? protocol.routes[audience] : undefined;
  if (route === undefined) {
    throw new ProcessError(
      `"${audience}" is not a route of ${protocol.name}.`,
      `Use one of: ${Object.keys(protocol.routes).join(', ')}.`,
    );
  }
  const oracle = createDeadlineOracle({ protocol, audience, raised, safetyBy, calendar, knownEvents });
  const deps: TrackingDeps = oracle;
  const stageNumbers = protocol.stages.map((stage) => stage.stage);
  const stageCount = stageNumbers.length;
  const capacity = protocol.capacity;
  const capacitySteps = capacity?.steps.map((step) => step.id) ?? [];
  const learningSubgroup = typeof route['learningSubgroup'] === 'string' ? route['learningSubgroup'] : null;

  const initialContext = createInitialContext();

  function createInitialContext(): ProcessContext {
    const blank: ProcessContext = {
      protocolId: protocol.id,
      audience,
      raised,
      safetyBy: safetyBy ?? null,
      stageCount,
      stage: stageNumbers[0] ?? 1,
      stages: stageNumbers.map((stage, index) => ({
        stage,
        reachedAt: index === 0 ? raised : null,
        startedAt: index === 0 ? raised : null,
        endedAt: null,
        outcome: null,
      })),
      eventTimes: {},
      pending: [],
      met: [],
      breaches: [],
      riskOverrides: [],
      capacity: null,
      resolution: null,
      learning: { subgroup: learningSubgroup, reportedAt: null },
      lastEventAt: raised,
    };
    const first = blank.stage;
    return chainSteps(blank, [
      (context) => openStageChecks(context, first, raised, deps),
      (context) => measureStageMoment(context, first, 'start', raised, deps),
    ]).context;
  }

  // Ends the current stage at `at` if it is under way (measuring its end
  // checks), then closes whatever checks of it can no longer be measured.
  function leaveStage(context: ProcessContext, at: string, outcome: StageRecord['outcome']): TrackingStep {
    const stage = context.stage;
    const steps = isUnderway(context)
      ? [
          (current: ProcessContext) => measureStageMoment(current, stage, 'end', at, deps),
          plain((current) => updateStage(current, stage, { endedAt: at, outcome })),
        ]
      : [];
    return chainSteps(context, [...steps, (current) => closeStageChecks(current, stage)]);
  }

  // The parts of XState's `enqueue` that applying a bookkeeping step uses.
  interface StepEnqueue {
    assign(change: Partial<ProcessContext>): void;
    cancel(id: string): void;
    raise(event: DeadlinePassedEvent, options: { delay: string; id: string }): void;
  }

  // Applies a bookkeeping step: the new context, then timers cleared, then timers armed.
  function apply(enqueue: StepEnqueue, step: TrackingStep): void {
    enqueue.assign(step.context);
    for (const checkId of step.disarm) enqueue.cancel(`${DEADLINE_TIMER_PREFIX}${checkId}`);
    for (const check of step.arm) {
      const timer: DeadlinePassedEvent = { type: 'deadline.passed', checkId: check.checkId, at: check.due };
      enqueue.raise(timer, { delay: dueDelayName(check.checkId), id: `${DEADLINE_TIMER_PREFIX}${check.checkId}` });
    }
  }

  const machineSetup = setup({
    types: {
      context: {} as ProcessContext,
      events: {} as ProcessEvent,
    },
    delays: Object.fromEntries(
      oracle.allCheckIds.map((checkId) => [
        dueDelayName(checkId),
        ({ context, event }: { context: ProcessContext; event: ProcessEvent | { type: string } }) => {
          const check = context.pending.find((candidate) => candidate.checkId === checkId);
          if (check === undefined) return 0;
          // One millisecond past due: a deadline is missed only once time is strictly after it.
          return Math.max(0, toEpochMs(check.due) - toEpochMs(momentOf(event, context)) + 1);
        },
      ]),
    ),
    guards: {
      isTimely: ({ context, event }) =>
        'at' in event && isInstant(event.at) && toEpochMs(event.at) >= toEpochMs(context.lastEventAt),
      hasNextStage: ({ context }) => stageAfter(protocol, context.stage) !== undefined,
      priorStagesUnresolved: ({ context }) => {
        const next = stageAfter(protocol, context.stage);
        return (next?.requiresUnresolved ?? []).every(
          (stage) => stage === context.stage || stageRecord(context, stage)?.outcome === 'escalated',
        );
      },
      capacityAvailable: () => capacity !== undefined && capacity.audience === audience,
      hasNextCapacityStep: ({ context }) =>
        context.capacity !== null && capacitySteps.indexOf(context.capacity.step) < capacitySteps.length - 1,
      isLiveTimer: ({ context, event }) =>
        event.type === 'deadline.passed' && breachCheck(context, event.checkId, event.at) !== null,
      isLiveAimTimer: ({ context, event }) =>
        event.type === 'deadline.passed' && breachCheck(context, event.checkId, event.at)?.newBreaches[0]?.kind === 'aim',
    },
    actions: {
      // Side effects: nothing happens in the pure engine; shells provide these.
      announceBreach: (_, _params: Breach) => {},
      notifyDesignatedSafeguardingLead: (_, _params: RiskOverride) => {},
      followSafeguardingProcedures: (_, _params: RiskOverride) => {},
      notifyLearningSubgroup: (_, _params: { subgroup: string | null; at: string }) => {},

      armInitialChecks: enqueueActions(({ context, enqueue }) => {
        apply(enqueue, { context, arm: context.pending, disarm: [], newBreaches: [] });
      }),
      escalateStage: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const from = context.stage;
        const to = stageAfter(protocol, from)?.stage;
        if (to === undefined) return;
        const step = chainSteps(context, [
          (current) => leaveStage(current, at, 'escalated'),
          plain((current) => ({ ...updateStage(current, to, { reachedAt: at }), stage: to, lastEventAt: at })),
          (current) => openStageChecks(current, to, at, deps),
        ]);
        apply(enqueue, step);
      }),
      startStage: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const stage = context.stage;
        const step = chainSteps(context, [
          plain((current) => ({ ...updateStage(current, stage, { startedAt: at }), lastEventAt: at })),
          (current) => measureStageMoment(current, stage, 'start', at, deps),
        ]);
        apply(enqueue, step);
      }),
      resolveMatter: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const outcome: ResolutionOutcome = event.type === 'recommendations.made' ? 'panel-recommendations' : 'agreed';
        const step = chainSteps(context, [
          (current) => leaveStage(current, at, 'resolved'),
          plain((current) => ({
            ...current,
            resolution: { at, stage: current.stage, outcome, note: noteOf(event) },
            lastEventAt: at,
          })),
        ]);
        apply(enqueue, step);
      }),
      enterCapacityPath: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const first = capacitySteps[0] ?? '';
        const step = chainSteps(context, [
          (current) => leaveStage(current, at, 'capacity'),
          plain((current) => ({
            ...current,
            capacity: { enteredAt: at, fromStage: current.stage, step: first, steps: [{ id: first, startedAt: at }], agreedAt: null },
            lastEventAt: at,
          })),
        ]);
        apply(enqueue, step);
      }),
      advanceCapacityStep: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const current = context.capacity;
        if (current === null) return;
        const next = capacitySteps[capacitySteps.indexOf(current.step) + 1] ?? current.step;
        enqueue.assign({
          capacity: { ...current, step: next, steps: [...current.steps, { id: next, startedAt: at }] },
          lastEventAt: at,
        });
      }),
      settleCapacity: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        if (context.capacity === null) return;
        enqueue.assign({
          capacity: { ...context.capacity, agreedAt: at },
          resolution: { at, stage: context.stage, outcome: 'capacity-agreed', note: noteOf(event) },
          lastEventAt: at,
        });
      }),
      recordRisk: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        const override: RiskOverride = {
          at,
          stage: context.stage,
          path: context.capacity !== null && context.capacity.agreedAt === null ? 'capacity' : 'stages',
          note: noteOf(event),
        };
        enqueue.assign({ riskOverrides: [...context.riskOverrides, override], lastEventAt: at });
      }),
      recordBreach: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'deadline.passed') return;
        const step = breachCheck(context, event.checkId, event.at);
        if (step === null) return;
        apply(enqueue, step);
      }),
      reportLearning: enqueueActions(({ context, event, enqueue }) => {
        const at = momentOf(event, context);
        enqueue.assign({ learning: { ...context.learning, reportedAt: at }, lastEventAt: at });
      }),
    },
  });

  // The last entry of a list the action before it has just appended to.
  const lastRisk = ({ context }: { context: ProcessContext }): RiskOverride => context.riskOverrides.at(-1)!;
  const lastBreach = ({ context }: { context: ProcessContext }): Breach => context.breaches.at(-1)!;

  // Every state below is made with `createStateConfig`, so its guards,
  // actions, params and targets are checked against the setup above although
  // the states themselves are generated from the protocol at run time.

  // A stage under way: `escalate` to the next stage, and at a meeting stage
  // `recommendations.made` settles the matter.
  function underwayState(stage: ProtocolStage, next: ProtocolStage | undefined) {
    return machineSetup.createStateConfig({
      on: {
        escalate:
          next === undefined
            ? // The last stage: there is nowhere further to go, so the guard always refuses.
              { guard: and(['isTimely', 'hasNextStage', 'priorStagesUnresolved']) }
            : {
                guard: and(['isTimely', 'hasNextStage', 'priorStagesUnresolved']),
                target: `${STAGES_ID}.${stageStateKey(next.stage)}`,
                actions: 'escalateStage',
              },
        ...(stage.meetingBy === undefined
          ? {}
          : { 'recommendations.made': { guard: 'isTimely', target: RESOLVED_ID, actions: 'resolveMatter' } }),
      },
    });
  }

  // The first stage is under way from the start.
  function firstStageState(stage: ProtocolStage, next: ProtocolStage | undefined) {
    return machineSetup.createStateConfig({ initial: 'underway', states: { underway: underwayState(stage, next) } });
  }

  // Every later stage is first reached, then begun by its start event.
  function laterStageState(stage: ProtocolStage, next: ProtocolStage | undefined) {
    const startEvent = stage.meetingBy === undefined ? 'stage.started' : 'panel.met';
    return machineSetup.createStateConfig({
      initial: 'awaiting',
      states: {
        awaiting: { on: { [startEvent]: { guard: 'isTimely', target: 'underway', actions: 'startStage' } } },
        underway: underwayState(stage, next),
      },
    });
  }

  // The return type is declared because TypeScript would reduce the inferred
  // union to the first stage's shape (the later one only adds a state), and
  // the machine's state value would then have no 'awaiting'.
  function stageState(stage: ProtocolStage, index: number): ReturnType<typeof firstStageState> | ReturnType<typeof laterStageState> {
    const next = protocol.stages[index + 1];
    return index === 0 ? firstStageState(stage, next) : laterStageState(stage, next);
  }

  // The adults' mental-capacity path: one state per protocol step, in order.
  function capacityState(steps: readonly string[]) {
    return machineSetup.createStateConfig({
      initial: steps[0] ?? 'settling',
      on: {
        'capacity.agreed': { guard: 'isTimely', target: RESOLVED_ID, actions: 'settleCapacity' },
      },
      states: Object.fromEntries(
        steps.map((id, index) => {
          const next = steps[index + 1];
          const step = machineSetup.createStateConfig({
            on: {
              'capacity.escalate':
                next === undefined
                  ? { guard: and(['isTimely', 'hasNextCapacityStep']) }
                  : { guard: and(['isTimely', 'hasNextCapacityStep']), target: next, actions: 'advanceCapacityStep' },
            },
          });
          return [id, step];
        }),
      ),
    });
  }

  // The matter on the stage ladder: one state per protocol stage, in the protocol's order.
  const stages = machineSetup.createStateConfig({
    initial: stageStateKey(stageNumbers[0] ?? 1),
    on: {
      resolve: { guard: 'isTimely', target: RESOLVED_ID, actions: 'resolveMatter' },
      ...(capacity === undefined
        ? {}
        : {
            'capacity.disputed': {
              guard: and(['isTimely', 'capacityAvailable']),
              target: CAPACITY_ID,
              actions: 'enterCapacityPath',
            },
          }),
    },
    states: Object.fromEntries(protocol.stages.map((stage, index) => [stageStateKey(stage.stage), stageState(stage, index)])),
  });

  // The transitions of a state of this machine, as `createStateConfig` takes them.
  type ProcessTransitions = NonNullable<Parameters<typeof machineSetup.createStateConfig>[0]['on']>;

  // Told at once and procedures followed: the risk override never waits on the process.
  const onRisk: ProcessTransitions = {
    'risk.identified': {
      guard: 'isTimely',
      actions: [
        'recordRisk',
        { type: 'notifyDesignatedSafeguardingLead', params: lastRisk },
        { type: 'followSafeguardingProcedures', params: lastRisk },
      ],
    },
  };

  // The matter before it is resolved: the stage ladder, and the capacity path when the protocol has one.
  const ladderOnly = () => machineSetup.createStateConfig({ initial: 'stages', on: onRisk, states: { stages } });
  const withCapacity = (steps: readonly string[]) =>
    machineSetup.createStateConfig({ initial: 'stages', on: onRisk, states: { stages, capacity: capacityState(steps) } });

  // Two whole configs rather than `capacity` spread in when present: xstate
  // reads the state value's type from `states` and gets nothing from an
  // object whose keys are a union. The return type is declared for the same
  // reason as `stageState`'s.
  function activeState(): ReturnType<typeof ladderOnly> | ReturnType<typeof withCapacity> {
    return capacity === undefined ? ladderOnly() : withCapacity(capacitySteps);
  }

  return machineSetup.createMachine({
    id: PROCESS_MACHINE_ID,
    initial: 'active',
    context: initialContext,
    entry: 'armInitialChecks',
    on: {
      'deadline.passed': [
        // Passing an aim (stage 1's 24 hours) is recorded for the player, but it
        // is not a missed deadline, so nothing is announced.
        { guard: 'isLiveAimTimer', actions: ['recordBreach'] },
        { guard: 'isLiveTimer', actions: ['recordBreach', { type: 'announceBreach', params: lastBreach }] },
      ],
    },
    states: {
      active: activeState(),
      resolved: {
        initial: 'learning',
        states: {
          learning: {
            on: {
              'learning.reported': {
                guard: 'isTimely',
                target: DONE_ID,
                actions: [
                  'reportLearning',
                  {
                    type: 'notifyLearningSubgroup',
                    params: ({ context }) => ({
                      subgroup: context.learning.subgroup,
                      at: context.learning.reportedAt ?? context.lastEventAt,
                    }),
                  },
                ],
              },
            },
          },
        },
      },
      done: { type: 'final' },
    },
  });
}

/** A machine made by {@link createProcessMachine}. */
export type ProcessMachine = ReturnType<typeof createProcessMachine>;
