/**
 * The events the process machine understands. Every event carries `at`, the
 * simulated moment it happened, as an ISO 8601 string with a UTC offset
 * (e.g. `2025-03-03T09:00:00+00:00`). Names are lower-case and dotted.
 *
 * The shell keeps the clock in step with these times: before sending an event
 * it sets the actor's `SimulatedClock` to `at` (see `sendProcessEvent`), so
 * deadline timers that fall due first fire first.
 */

/** Fields shared by every event: when it happened in simulated time. */
export interface TimedEvent {
  /** ISO 8601 date-time with offset, e.g. `2025-03-03T09:00:00+00:00`. */
  at: string;
}

/** The current stage failed to settle the matter; move to the next stage (never further). */
export interface EscalateEvent extends TimedEvent {
  type: 'escalate';
}

/**
 * The stage the matter was escalated to actually begins: the line-manager
 * conversation is held, the referral is made, the panel is convened.
 * A stage with a meeting (the protocol's `meetingBy`) begins with `panel.met` instead.
 */
export interface StageStartedEvent extends TimedEvent {
  type: 'stage.started';
}

/** The practitioners or managers agree: the disagreement is resolved at the current stage. */
export interface ResolveEvent extends TimedEvent {
  type: 'resolve';
  /** Optional free text describing what was agreed. */
  note?: string;
}

/** The escalation panel meets; this begins the meeting stage (stage 7 in North Yorkshire). */
export interface PanelMetEvent extends TimedEvent {
  type: 'panel.met';
}

/** The panel makes its recommendations; this ends the meeting stage and settles the matter. */
export interface RecommendationsMadeEvent extends TimedEvent {
  type: 'recommendations.made';
  /** Optional free text summarising the recommendations. */
  note?: string;
}

/** Someone is thought to be at immediate risk of harm. */
export interface RiskIdentifiedEvent extends TimedEvent {
  type: 'risk.identified';
  /** Optional free text describing the risk. */
  note?: string;
}

/** Adults only: the disagreement is about whether the person has capacity to decide. */
export interface CapacityDisputedEvent extends TimedEvent {
  type: 'capacity.disputed';
}

/** Adults only: the current capacity step did not settle it; take the next step. */
export interface CapacityEscalateEvent extends TimedEvent {
  type: 'capacity.escalate';
}

/** Adults only: the capacity question is settled. */
export interface CapacityAgreedEvent extends TimedEvent {
  type: 'capacity.agreed';
  /** Optional free text describing the outcome. */
  note?: string;
}

/** The outcome was reported to the route's learning subgroup. */
export interface LearningReportedEvent extends TimedEvent {
  type: 'learning.reported';
}

/**
 * Raised by the machine itself on the simulated clock when a deadline passes
 * before the moment it measures. `at` is the due time. Shells do not send it.
 */
export interface DeadlinePassedEvent extends TimedEvent {
  type: 'deadline.passed';
  /** The check that fell due, e.g. `1.limit`. */
  checkId: string;
}

/** Every event a shell may send to the process machine. */
export type ProcessInputEvent =
  | EscalateEvent
  | StageStartedEvent
  | ResolveEvent
  | PanelMetEvent
  | RecommendationsMadeEvent
  | RiskIdentifiedEvent
  | CapacityDisputedEvent
  | CapacityEscalateEvent
  | CapacityAgreedEvent
  | LearningReportedEvent;

/** Every event the process machine handles, including its own deadline timers. */
export type ProcessEvent = ProcessInputEvent | DeadlinePassedEvent;

/** The type names of the events a shell may send, in the order a process meets them. */
export const processInputEventTypes = [
  'stage.started',
  'escalate',
  'resolve',
  'panel.met',
  'recommendations.made',
  'risk.identified',
  'capacity.disputed',
  'capacity.escalate',
  'capacity.agreed',
  'learning.reported',
] as const satisfies readonly ProcessInputEvent['type'][];
