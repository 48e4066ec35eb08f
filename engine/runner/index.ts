/**
 * The runner layer's public face: sessions (an event log of the learner's
 * moves), replaying them against a scenario into a view, and the moves.
 */
export { SESSION_FORMAT_VERSION } from './session.js';
export type { Session, SessionStep, ChooseStep, ContinueStep, WriteStep, WaitStep } from './session.js';
export { RunnerError, type RunnerErrorCode } from './runner-error.js';
export type { RunnerOptions, StepOptions } from './runner-options.js';
export type {
  SessionView,
  SceneView,
  EndingView,
  NarrativeItemView,
  ChoiceView,
  PromptView,
  StageInfo,
  NextDeadlineView,
  MetDeadlineView,
  MissedDeadlineView,
  PendingDeadlineView,
  DeadlineSummaryView,
  Deviation,
  HistoryEntry,
  FeedbackView,
  GuidanceCitation,
  PrincipleRef,
  ImmediateRiskView,
} from './session-view.js';
