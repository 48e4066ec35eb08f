/**
 * The process machine's context: plain JSON (strings, numbers, arrays,
 * `null`), so a snapshot can be stored, compared and sent anywhere. Times are
 * ISO 8601 strings with offsets; durations are numbers.
 */

/** When a deadline is measured: as its stage begins, or as its stage ends. */
export type MeasuredAt = 'start' | 'end';

/**
 * `deadline`: met or missed. `aim`: a point inside a window (stage 1's 24
 * hours of "24 to 96 hrs"), tracked so the player can show it, but never
 * scored: passing it is not a missed deadline.
 */
export type CheckKind = 'deadline' | 'aim';

/** How a stage ended. */
export type StageOutcome = 'escalated' | 'resolved' | 'capacity';

/** What happened to one stage of the protocol. */
export interface StageRecord {
  /** Stage number, from 1. */
  stage: number;
  /** When the matter was escalated to this stage (stage 1: when it was raised); `null` if never. */
  reachedAt: string | null;
  /** When the stage began (stage 1: when raised); `null` if it has not. */
  startedAt: string | null;
  /** When the stage ended; `null` while it is open or if it never began. */
  endedAt: string | null;
  /** How it ended; `null` while open or never reached. */
  outcome: StageOutcome | null;
}

/** What every tracked deadline carries, whatever became of it. */
export interface CheckFields {
  /** `${stage}.${deadline id}`, e.g. `1.limit`. */
  checkId: string;
  /** The stage it belongs to. */
  stage: number;
  /** Whether it is scored (`deadline`) or only shown (`aim`). */
  kind: CheckKind;
  /** Human name, e.g. "Resolve at the latest". */
  label: string;
  /** Due time, ISO with offset. */
  due: string;
}

/** A deadline whose moment has not happened yet and whose due time has not passed. */
export interface PendingCheck extends CheckFields {
  /** Whether the stage's start or end is measured. */
  measuredAt: MeasuredAt;
  /** The protocol's warning when the due time falls on a weekend, a bank holiday or at night. */
  timeWarning?: { text: string; short: string };
}

/** A deadline that was met: its moment happened at or before its due time. */
export interface MetCheck extends CheckFields {
  /** When the moment happened. */
  at: string;
}

/**
 * A deadline that passed before its moment happened. Recorded when simulated
 * time passes `due`; the lateness fields are filled in when the moment
 * finally happens, and stay `null` if it never does.
 */
export interface Breach extends CheckFields {
  /** Whether the stage's start or end is measured. */
  measuredAt: MeasuredAt;
  /** When the moment finally happened; `null` while still outstanding or if it never did. */
  happenedAt: string | null;
  /** Milliseconds between `due` and `happenedAt`. */
  lateByMs: number | null;
  /** Working days after the due day up to and including the day it happened (0 = before the next working day began). */
  lateByWorkingDays: number | null;
}

/** One immediate-risk override. */
export interface RiskOverride {
  /** When the risk was identified. */
  at: string;
  /** The stage the matter was at (the stage it was escalated to, even if that stage had not begun). */
  stage: number;
  /** Whether the matter was on the stage ladder or the capacity path. */
  path: 'stages' | 'capacity';
  /** Free text, if given. */
  note: string | null;
}

/** One step taken on the mental-capacity path. */
export interface CapacityStepRecord {
  /** The protocol's step id, e.g. `joint-assessment`. */
  id: string;
  /** When the step began. */
  startedAt: string;
}

/** The mental-capacity disagreement path (adults only). */
export interface CapacityRecord {
  /** When the capacity disagreement was declared. */
  enteredAt: string;
  /** The stage the matter left to take this path. */
  fromStage: number;
  /** The current (or final) step id. */
  step: string;
  /** Every step taken, in order. */
  steps: CapacityStepRecord[];
  /** When the capacity question was settled; `null` until then. */
  agreedAt: string | null;
}

/** How the disagreement was settled. */
export type ResolutionOutcome = 'agreed' | 'panel-recommendations' | 'capacity-agreed';

/** The settlement of the disagreement. */
export interface ResolutionRecord {
  /** When it was settled. */
  at: string;
  /** The stage the matter was at. */
  stage: number;
  /** Agreement between the parties, the panel's recommendations, or a settled capacity question. */
  outcome: ResolutionOutcome;
  /** Free text, if given. */
  note: string | null;
}

/** Reporting the outcome to the route's learning subgroup. */
export interface LearningRecord {
  /** The subgroup named by the route (e.g. "NYSCP Practice and Learning Subgroup"); `null` if the route names none. */
  subgroup: string | null;
  /** When it was reported; `null` until then. */
  reportedAt: string | null;
}

/** Everything the process machine remembers. */
export interface ProcessContext {
  /** The protocol's id, e.g. `north-yorkshire`. */
  protocolId: string;
  /** The route: `child` or `adult` in North Yorkshire. */
  audience: string;
  /** When the disagreement was raised. */
  raised: string;
  /** The optional deadline that keeps the person safe. */
  safetyBy: string | null;
  /** How many stages the protocol has. */
  stageCount: number;
  /** The stage the matter is at: the last stage reached. */
  stage: number;
  /** One record per protocol stage, in order. */
  stages: StageRecord[];
  /** Times of the protocol's named events that have happened, e.g. `{ stage1Concluded: "…" }`. */
  eventTimes: Record<string, string>;
  /** Deadlines still to be met, soonest first. */
  pending: PendingCheck[];
  /** Deadlines met, in the order they were met. */
  met: MetCheck[];
  /** Deadlines missed, in the order they were missed. */
  breaches: Breach[];
  /** Immediate-risk overrides, in order. */
  riskOverrides: RiskOverride[];
  /** The capacity path, once taken. */
  capacity: CapacityRecord | null;
  /** The settlement, once reached. */
  resolution: ResolutionRecord | null;
  /** The following-resolution learning report. */
  learning: LearningRecord;
  /** The time of the latest event sent by the shell; later events may not be earlier. */
  lastEventAt: string;
}
