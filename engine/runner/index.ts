/**
 * The runner layer's public face: sessions (an event log of the learner's
 * moves), replaying them against a scenario into a view, the moves, saving
 * and resuming, and listing every path through a scenario.
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
export { scenarioDigest } from './scenario-digest.js';
export { runnerSetup, type RunnerSetup } from './runner-setup.js';
export { replaySession, type Playthrough, type WrittenResponse } from './replay-session.js';
export { viewSession, viewPlaythrough, stageInfo } from './view-session.js';
export {
  startSession,
  listChoices,
  choose,
  continueSession,
  writeResponse,
  waitFor,
  stepBack,
  restartSession,
} from './session-moves.js';
export { serialiseSession, restoreSession, type RestoredSession } from './serialise-session.js';
export { enumeratePaths, type ScenarioPath, type EnumeratedPaths } from './enumerate-paths.js';
export { citeGuidance, presentFeedback, describeLateness, presentDeadlines } from './present.js';
