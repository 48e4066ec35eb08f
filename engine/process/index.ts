/**
 * The process layer's public face: the Professional Resolutions process as
 * an XState machine driven by a protocol, its events and context, running it
 * on a simulated clock, and read-outs for front-ends.
 */
export { createProcessMachine, stageStateKey, PROCESS_MACHINE_ID } from './process.machine.js';
export type { ProcessMachine, ProcessMachineOptions } from './process.machine.js';
export { processInputEventTypes } from './process-events.js';
export type {
  TimedEvent,
  EscalateEvent,
  StageStartedEvent,
  ResolveEvent,
  PanelMetEvent,
  RecommendationsMadeEvent,
  RiskIdentifiedEvent,
  CapacityDisputedEvent,
  CapacityEscalateEvent,
  CapacityAgreedEvent,
  LearningReportedEvent,
  DeadlinePassedEvent,
  ProcessInputEvent,
  ProcessEvent,
} from './process-events.js';
export type {
  ProcessContext,
  StageRecord,
  StageOutcome,
  MeasuredAt,
  PendingCheck,
  MetCheck,
  Breach,
  RiskOverride,
  CapacityRecord,
  CapacityStepRecord,
  ResolutionRecord,
  ResolutionOutcome,
  LearningRecord,
} from './process-context.js';
export { startProcess, sendProcessEvent, advanceProcessClock, replayProcess, type RunningProcess } from './run-process.js';
export { summariseDeadlines, currentStage, nextDeadline } from './selectors.js';
export type {
  ProcessSnapshotLike,
  ProcessPhase,
  CurrentStage,
  DeadlineSummary,
  MissedDeadline,
  NextDeadline,
} from './selectors.js';
export { ProcessError } from './process-error.js';
export { isInstant, toEpochMs } from './instant.js';
export { DEADLINE_TIMER_PREFIX, dueDelayName } from './timer-names.js';
