/**
 * Pure read-outs of a process snapshot for front-ends. They read only the
 * context, so they work on a live snapshot and on one restored from JSON alike.
 */
import { toEpochMs } from './instant.js';
import type { Breach, MetCheck, PendingCheck, ProcessContext } from './process-context.js';

/** Anything carrying a process context: a snapshot, or `{ context }` read back from JSON. */
export interface ProcessSnapshotLike {
  /** The machine's context. */
  context: ProcessContext;
}

/** Where the matter is now. */
export type ProcessPhase = 'awaiting' | 'underway' | 'capacity' | 'resolved' | 'done';

/** The answer of {@link currentStage}. */
export interface CurrentStage {
  /** The stage reached most recently (the stage the matter left, once on the capacity path or resolved). */
  stage: number;
  /**
   * `awaiting`: escalated to this stage, which has not begun; `underway`;
   * `capacity`: on the mental-capacity path; `resolved`: settled, learning
   * not yet reported; `done`.
   */
  phase: ProcessPhase;
  /** The current capacity step id while on the capacity path, otherwise `null`. */
  capacityStep: string | null;
}

/**
 * Where the matter is: its stage and phase.
 *
 * @example
 * currentStage(actor.getSnapshot()); // { stage: 5, phase: 'awaiting', capacityStep: null }
 */
export function currentStage(snapshot: ProcessSnapshotLike): CurrentStage {
  const { context } = snapshot;
  const onCapacityPath = context.capacity !== null && context.capacity.agreedAt === null;
  let phase: ProcessPhase;
  if (context.resolution !== null) phase = context.learning.reportedAt === null ? 'resolved' : 'done';
  else if (onCapacityPath) phase = 'capacity';
  else phase = context.stages.find((record) => record.stage === context.stage)?.startedAt == null ? 'awaiting' : 'underway';
  return { stage: context.stage, phase, capacityStep: onCapacityPath ? (context.capacity?.step ?? null) : null };
}

/** A missed deadline, as {@link summariseDeadlines} reports it. */
export type MissedDeadline = Breach;

/** The answer of {@link summariseDeadlines}. */
export interface DeadlineSummary {
  /** Deadlines met, in the order they fell due; aims reached in time are among them, marked `kind: 'aim'`. */
  met: MetCheck[];
  /** Deadlines missed, in the order they fell due; `happenedAt` is `null` while still outstanding. Never an aim. */
  missed: MissedDeadline[];
  /** Aims whose time passed first (stage 1 went past its 24 hours): shown, never scored as missed. */
  aimsPassed: Breach[];
  /** Deadlines still ahead, soonest first. */
  pending: PendingCheck[];
}

const byDue = <T extends { due: string }>(a: T, b: T): number => toEpochMs(a.due) - toEpochMs(b.due);

/**
 * Met, missed and pending deadlines, each list ordered by due time.
 *
 * @example
 * const { missed } = summariseDeadlines(actor.getSnapshot());
 * missed[0]; // { checkId: '1.limit', lateByMs: 3600000, lateByWorkingDays: 0, … }
 */
export function summariseDeadlines(snapshot: ProcessSnapshotLike): DeadlineSummary {
  const { context } = snapshot;
  return {
    met: [...context.met].sort(byDue),
    missed: context.breaches.filter((breach) => breach.kind === 'deadline').sort(byDue),
    aimsPassed: context.breaches.filter((breach) => breach.kind === 'aim').sort(byDue),
    pending: [...context.pending].sort(byDue),
  };
}

/** The answer of {@link nextDeadline}. */
export interface NextDeadline extends PendingCheck {
  /** Milliseconds from `now` to the due time. */
  remainingMs: number;
}

/**
 * The soonest pending deadline at or after `now` (ISO with offset), with the
 * time left; `null` when nothing is pending.
 *
 * @example
 * nextDeadline(actor.getSnapshot(), '2025-03-03T10:00:00+00:00');
 * // { checkId: '1.target', due: '2025-03-04T09:00:00+00:00', remainingMs: 82800000, … }
 */
export function nextDeadline(snapshot: ProcessSnapshotLike, now: string): NextDeadline | null {
  const nowMs = toEpochMs(now);
  const next = [...snapshot.context.pending].sort(byDue).find((check) => toEpochMs(check.due) >= nowMs);
  return next === undefined ? null : { ...next, remainingMs: toEpochMs(next.due) - nowMs };
}
