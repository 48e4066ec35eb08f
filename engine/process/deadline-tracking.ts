/**
 * Pure bookkeeping of a process's deadlines ("checks"): which are pending,
 * met or missed, and which timers the machine must arm or disarm. The machine
 * calls these from its named actions; nothing here knows about XState, the
 * clock or any particular protocol: the checks and the working-day count come
 * in through {@link TrackingDeps}.
 *
 * A check is measured at a moment of its stage: `start` (the stage begins) or
 * `end` (the stage ends, by escalation, resolution or a move to the capacity
 * path). It is met when that moment comes at or before its due time, and
 * breached once time is strictly past the due time first.
 */
import type { Breach, CheckKind, MeasuredAt, MetCheck, PendingCheck, ProcessContext } from './process-context.js';
import { toEpochMs } from './instant.js';

/** One deadline of a stage as the protocol computes it now. */
export interface CheckSpec {
  /** e.g. `1.limit`. */
  checkId: string;
  /** Stage number. */
  stage: number;
  /** Human name. */
  label: string;
  /** Due time, ISO with offset. */
  due: string;
  /** The moment it measures. */
  measuredAt: MeasuredAt;
  /** Scored, or an aim that is only shown. */
  kind: CheckKind;
  /** The protocol's warning when the due time falls on a weekend, a bank holiday or at night. */
  timeWarning?: { text: string; short: string };
}

/**
 * A protocol event whose time is the moment of a check: e.g. North Yorkshire's
 * `stage5Referral` is when check `5.referral` (measured at the start of stage 5) happens.
 */
export interface EventMoment {
  /** The protocol event name, e.g. `stage4Discussion`. */
  event: string;
  /** The stage whose moment it is. */
  stage: number;
  /** Which moment. */
  measuredAt: MeasuredAt;
}

/** What the bookkeeping needs from outside. */
export interface TrackingDeps {
  /** The stage's checks, computed from the protocol with the event times known in `context`. */
  checksFor(context: ProcessContext, stage: number): CheckSpec[];
  /** Which protocol events are defined by which stage moments. */
  eventMoments: readonly EventMoment[];
  /** Working days after `due`'s day up to and including `at`'s day (London dates). */
  workingDaysLate(due: string, at: string): number;
}

/** The result of one bookkeeping step. */
export interface TrackingStep {
  /** The new context. */
  context: ProcessContext;
  /** Checks whose timers must be (re)armed, at their `due`. */
  arm: PendingCheck[];
  /** Check ids whose timers must be cleared (done before arming). */
  disarm: string[];
  /** Breaches recorded in this step. */
  newBreaches: Breach[];
}

const byDue = (a: PendingCheck, b: PendingCheck): number => toEpochMs(a.due) - toEpochMs(b.due);

function isPast(due: string, at: string): boolean {
  return toEpochMs(at) > toEpochMs(due);
}

/** The fields every record of a check shares: which check, its stage, kind, name, due time and moment. */
function checkFields(spec: CheckSpec | PendingCheck): Omit<PendingCheck, 'timeWarning'> {
  const { checkId, stage, kind, label, due, measuredAt } = spec;
  return { checkId, stage, kind, label, due, measuredAt };
}

function outstandingBreach(spec: CheckSpec | PendingCheck): Breach {
  return { ...checkFields(spec), happenedAt: null, lateByMs: null, lateByWorkingDays: null };
}

function pendingFrom(spec: CheckSpec): PendingCheck {
  return { ...checkFields(spec), ...(spec.timeWarning !== undefined ? { timeWarning: spec.timeWarning } : {}) };
}

/**
 * Opens a stage's checks when the matter reaches the stage: each becomes
 * pending with a timer, or, if its due time has already passed at `at`, an
 * outstanding breach at once.
 *
 * @example
 * const step = openStageChecks(context, 2, '2025-03-06T10:00:00+00:00', deps);
 * step.arm; // [{ checkId: '2.discussion', due: '2025-03-06T23:59:59+00:00', … }]
 */
export function openStageChecks(context: ProcessContext, stage: number, at: string, deps: TrackingDeps): TrackingStep {
  const arm: PendingCheck[] = [];
  const newBreaches: Breach[] = [];
  for (const spec of deps.checksFor(context, stage)) {
    if (isPast(spec.due, at)) newBreaches.push(outstandingBreach(spec));
    else arm.push(pendingFrom(spec));
  }
  return {
    context: {
      ...context,
      pending: [...context.pending, ...arm].sort(byDue),
      breaches: [...context.breaches, ...newBreaches],
    },
    arm,
    disarm: [],
    newBreaches,
  };
}

/**
 * Measures a stage moment (its start or its end) at `at`: pending checks of
 * that moment become met, or breaches with their lateness if `at` is past
 * due; outstanding breaches of that moment get their lateness. Then records
 * the protocol events this moment defines and recomputes the stage's
 * remaining checks with the new event times.
 *
 * @example
 * // Stage 1 ends 97 hours after raised: 1.target and 1.limit are both late.
 * const step = measureStageMoment(context, 1, 'end', '2025-03-07T10:00:00+00:00', deps);
 */
export function measureStageMoment(
  context: ProcessContext,
  stage: number,
  moment: MeasuredAt,
  at: string,
  deps: TrackingDeps,
): TrackingStep {
  const measures = (check: { stage: number; measuredAt: MeasuredAt }): boolean =>
    check.stage === stage && check.measuredAt === moment;
  const met: MetCheck[] = [];
  const late: Breach[] = [];
  const disarm: string[] = [];
  const pending: PendingCheck[] = [];
  for (const check of context.pending) {
    if (!measures(check)) {
      pending.push(check);
      continue;
    }
    disarm.push(check.checkId);
    if (isPast(check.due, at)) late.push(withLateness(outstandingBreach(check), at, deps));
    else met.push({ checkId: check.checkId, stage: check.stage, kind: check.kind, label: check.label, due: check.due, at });
  }
  const breaches = context.breaches.map((breach) =>
    measures(breach) && breach.happenedAt === null ? withLateness(breach, at, deps) : breach,
  );
  const eventTimes = { ...context.eventTimes };
  for (const moment_ of deps.eventMoments) {
    if (moment_.stage === stage && moment_.measuredAt === moment) eventTimes[moment_.event] = at;
  }
  const measured: ProcessContext = {
    ...context,
    pending,
    met: [...context.met, ...met],
    breaches: [...breaches, ...late],
    eventTimes,
  };
  const refreshed = refreshStageChecks(measured, stage, at, deps);
  return {
    context: refreshed.context,
    arm: refreshed.arm,
    disarm: [...disarm, ...refreshed.disarm],
    newBreaches: [...late, ...refreshed.newBreaches],
  };
}

/**
 * Recomputes a stage's unmeasured checks after an event time became known
 * (e.g. the recommendations deadline once the panel has actually met). A
 * pending check whose due time moved is re-armed, or breached if the new due
 * time has passed; an outstanding breach whose due time moved later than
 * `at` was only missed against an assumed time, so it is pending again.
 *
 * @example
 * const step = refreshStageChecks(context, 7, '2025-03-20T10:00:00+00:00', deps);
 */
export function refreshStageChecks(context: ProcessContext, stage: number, at: string, deps: TrackingDeps): TrackingStep {
  const specs = new Map(deps.checksFor(context, stage).map((spec) => [spec.checkId, spec]));
  const arm: PendingCheck[] = [];
  const disarm: string[] = [];
  const newBreaches: Breach[] = [];
  const pending: PendingCheck[] = [];
  for (const check of context.pending) {
    const spec = specs.get(check.checkId);
    if (check.stage !== stage || spec === undefined || spec.due === check.due) {
      pending.push(check);
      continue;
    }
    disarm.push(check.checkId);
    if (isPast(spec.due, at)) {
      newBreaches.push(outstandingBreach(spec));
    } else {
      const moved = pendingFrom(spec);
      pending.push(moved);
      arm.push(moved);
    }
  }
  const breaches: Breach[] = [];
  for (const breach of context.breaches) {
    const spec = specs.get(breach.checkId);
    const reopen =
      breach.stage === stage && breach.happenedAt === null && spec !== undefined && spec.due !== breach.due && !isPast(spec.due, at);
    if (reopen && spec !== undefined) {
      const reopened = pendingFrom(spec);
      pending.push(reopened);
      arm.push(reopened);
    } else {
      breaches.push(breach);
    }
  }
  return {
    context: { ...context, pending: pending.sort(byDue), breaches: [...breaches, ...newBreaches] },
    arm,
    disarm,
    newBreaches,
  };
}

/**
 * Closes a stage's checks whose moment can no longer happen (the matter was
 * settled or left the stage ladder first): they leave the pending list and
 * their timers are cleared. Outstanding breaches stay on the record.
 *
 * @example
 * const step = closeStageChecks(context, 7); // resolved before the panel met
 */
export function closeStageChecks(context: ProcessContext, stage: number): TrackingStep {
  const closing = context.pending.filter((check) => check.stage === stage);
  return {
    context: { ...context, pending: context.pending.filter((check) => check.stage !== stage) },
    arm: [],
    disarm: closing.map((check) => check.checkId),
    newBreaches: [],
  };
}

/**
 * Records that simulated time passed a pending check's due time: the check
 * becomes an outstanding breach. Ignored (returns `null`) when the check is no
 * longer pending or its due time has since moved, since the timer is then stale.
 *
 * @example
 * breachCheck(context, '1.target', '2025-03-04T09:00:00+00:00');
 */
export function breachCheck(context: ProcessContext, checkId: string, due: string): TrackingStep | null {
  const check = context.pending.find((candidate) => candidate.checkId === checkId && candidate.due === due);
  if (check === undefined) return null;
  const breach = outstandingBreach(check);
  return {
    context: {
      ...context,
      pending: context.pending.filter((candidate) => candidate !== check),
      breaches: [...context.breaches, breach],
    },
    arm: [],
    disarm: [],
    newBreaches: [breach],
  };
}

/**
 * Runs bookkeeping steps one after another, threading the context and
 * collecting the timers to arm and disarm.
 *
 * @example
 * const step = chainSteps(context, [(c) => measureStageMoment(c, 4, 'end', at, deps), (c) => openStageChecks(c, 5, at, deps)]);
 */
export function chainSteps(context: ProcessContext, steps: ReadonlyArray<(context: ProcessContext) => TrackingStep>): TrackingStep {
  let current: TrackingStep = { context, arm: [], disarm: [], newBreaches: [] };
  for (const step of steps) {
    const next = step(current.context);
    const disarmed = new Set(next.disarm);
    current = {
      context: next.context,
      arm: [...current.arm.filter((check) => !disarmed.has(check.checkId)), ...next.arm],
      disarm: [...current.disarm, ...next.disarm],
      newBreaches: [...current.newBreaches, ...next.newBreaches],
    };
  }
  return current;
}

function withLateness(breach: Breach, at: string, deps: TrackingDeps): Breach {
  return {
    ...breach,
    happenedAt: at,
    lateByMs: toEpochMs(at) - toEpochMs(breach.due),
    lateByWorkingDays: deps.workingDaysLate(breach.due, at),
  };
}
