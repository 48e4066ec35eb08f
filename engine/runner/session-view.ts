/**
 * Everything a front-end needs to draw the current moment of a session, as
 * plain data: the terminal app and the site's player are thin shells over
 * this. Times are ISO 8601 with the London offset; every time has a
 * `…Label` beside it formatted for people (`Fri 18 Dec 2026, 10:00`).
 */
import type { CapacityStep } from '../scenario/scenario-vocabulary.js';
import type { EndingOutcome } from '../scenario/scenario-model.js';

/** A guidance section cited by feedback, with where it lives on the site. */
export interface GuidanceCitation {
  /** Section id, e.g. `stage-1`. */
  id: string;
  /** Short title, e.g. "Stage 1: talk it through between the agencies". */
  title: string;
  /** Site address, e.g. `/guidance/resolution-process/#stage-1`. */
  href: string;
}

/** A principle of good challenge, with its label. */
export interface PrincipleRef {
  /** e.g. `timeliness`. */
  id: string;
  /** e.g. "Timeliness". */
  label: string;
}

/** The feedback for one choice. */
export interface FeedbackView {
  /** The feedback as Markdown (links to `guidance:` ids kept as written). */
  markdown: string;
  /** Sections cited in `cite`. */
  citations: GuidanceCitation[];
  /** Principles the choice shows. */
  shows: PrincipleRef[];
  /** Principles the choice misses. */
  misses: PrincipleRef[];
}

/** One item of a scene's narrative, in reading order. */
export type NarrativeItemView =
  | { kind: 'markdown'; markdown: string }
  | {
      kind: 'event';
      /** The event text. */
      markdown: string;
      /** The `after` as written, e.g. `4 working days`; undefined when none. */
      afterText: string | undefined;
      /** When it happened in simulated time. */
      at: string;
      atLabel: string;
    }
  | { kind: 'reflect'; id: string }
  | { kind: 'record'; id: string };

/** A choice on offer. */
export interface ChoiceView {
  /** The choice id. */
  id: string;
  /** 1-based position, for keyboard shortcuts. */
  number: number;
  /** The one-sentence label. */
  label: string;
  /** Further Markdown in the choice, if any. */
  detailMarkdown: string | undefined;
}

/** A `<Reflect>` or `<Record>` prompt with what the learner has written so far. */
export interface PromptView {
  id: string;
  kind: 'reflect' | 'record';
  /** For reflections: before, during or after the conversation. */
  phase?: 'before' | 'during' | 'after';
  /** The prompt as Markdown. */
  prompt: string;
  /** The learner's latest text; empty when nothing written. */
  text: string;
}

/** The current scene. */
export interface SceneView {
  kind: 'scene';
  id: string;
  /** The scene's stage, 1 to 7. */
  stage: number;
  /** Entering this scene identified immediate risk of harm. */
  immediateRisk: boolean;
  /** The capacity step, for adult capacity scenes. */
  capacity: CapacityStep | undefined;
  /** Narrative, events (with their times) and prompt positions, in reading order. */
  items: NarrativeItemView[];
  /** The choices, numbered from 1; empty when the scene moves on by Continue. */
  choices: ChoiceView[];
  /** True when the only way on is an event shown as "Continue". */
  canContinue: boolean;
  /** Reflections and records in this scene. */
  prompts: PromptView[];
}

/** The ending reached. */
export interface EndingView {
  kind: 'ending';
  id: string;
  outcome: EndingOutcome;
  /** The stage the disagreement was resolved at; undefined when it never was. */
  resolvedAt: number | undefined;
  /** The stage at the end. */
  stage: number;
  /** The debrief text as Markdown. */
  debrief: string;
}

/** The current stage as the protocol describes it for the audience. */
export interface StageInfo {
  /** Stage number. */
  number: number;
  /** e.g. "Discuss with your line manager". */
  title: string;
  /** Who owns the stage for this audience. */
  owner: string;
  /** The timescale in words. */
  timescale: string;
}

/** The soonest deadline still ahead. */
export interface NextDeadlineView {
  /** e.g. `1.limit`. */
  checkId: string;
  /** e.g. "Resolve at the latest". */
  label: string;
  due: string;
  dueLabel: string;
  /** Working days from today to the due day (0 = due today). */
  workingDaysLeft: number;
  /** Elapsed hours left, rounded down; 0 when overdue. */
  hoursLeft: number;
  /** Elapsed minutes left, rounded down; 0 when overdue. */
  minutesLeft: number;
  /** The time left in one unit: "9 working days left", "Due today: 3 hours 30 minutes left", "Overdue". */
  leftLabel: string;
  /** True once `now` is past `due`. */
  overdue: boolean;
  /** `aim` for stage 1's 24 hours, which is shown but never scored. */
  kind: 'deadline' | 'aim';
  /** When an hour-based due time falls on a weekend, a bank holiday or at night: the warning, with our advice, in full and in one short line. */
  warning?: { text: string; short: string };
}

/** A deadline that was met. */
export interface MetDeadlineView {
  checkId: string;
  stage: number;
  label: string;
  due: string;
  dueLabel: string;
  /** When the moment it measures happened. */
  at: string;
  atLabel: string;
}

/** A deadline that was missed. */
export interface MissedDeadlineView {
  checkId: string;
  stage: number;
  label: string;
  due: string;
  dueLabel: string;
  /** When the moment finally happened; null if it never did. */
  happenedAt: string | null;
  happenedAtLabel: string | null;
  /** How late in milliseconds; null while outstanding. */
  lateByMs: number | null;
  /** How late in working days after the due day (0 = before the next working day began); null while outstanding. */
  lateByWorkingDays: number | null;
  /** e.g. "2 working days late (49 hours)" or "still outstanding". */
  latenessLabel: string;
}

/** A deadline still ahead. */
export interface PendingDeadlineView {
  checkId: string;
  stage: number;
  label: string;
  due: string;
  dueLabel: string;
  /** `aim` for stage 1's 24 hours, which is shown but never scored. */
  kind: 'deadline' | 'aim';
  /** When an hour-based due time falls on a weekend, a bank holiday or at night: the warning, with our advice, in full and in one short line. */
  warning?: { text: string; short: string };
}

/** Met, missed and pending deadlines, each ordered by due time. */
export interface DeadlineSummaryView {
  met: MetDeadlineView[];
  missed: MissedDeadlineView[];
  /** Aims whose time passed first (stage 1's 24 hours): shown, never scored as missed. */
  aimsPassed: MissedDeadlineView[];
  pending: PendingDeadlineView[];
}

/** Something the learner did that the process does not allow, recorded rather than refused. */
export interface Deviation {
  /** `skipped-stages`: moved up more than one stage at once. */
  kind: 'skipped-stages';
  /** The stage left. */
  fromStage: number;
  /** The stage entered. */
  toStage: number;
  /** The stages stepped over, e.g. [2, 3, 4]. */
  skipped: number[];
  /** e.g. "skipped stages 2–4". */
  message: string;
}

/** One move of the session as it played out. */
export interface HistoryEntry {
  /** Index of the step in `session.steps`. */
  stepIndex: number;
  kind: 'choose' | 'continue' | 'wait';
  /** The scene the move was made from. */
  fromSceneId: string;
  fromStage: number;
  /** The node entered (a scene or ending id); the same scene for a wait. */
  toNodeId: string;
  /** The choice id; null for continue and wait. */
  choiceId: string | null;
  /** The choice label, "Continue", or "Wait 2 days". */
  label: string;
  /** Whether the choice was marked recommended / mistake. */
  recommended: boolean;
  mistake: boolean;
  /** Whether the scene offered a recommended choice at all. */
  hadRecommended: boolean;
  /** Simulated time when the move was made. */
  before: string;
  beforeLabel: string;
  /** Simulated time once the move and the entered scene's events had played out. */
  after: string;
  afterLabel: string;
  /** The choice's feedback; null for continue and wait. */
  feedback: FeedbackView | null;
  /** Process rules broken by the move. */
  deviations: Deviation[];
  /**
   * How long the move took, in words (`30 minutes`, `1 working day`, or
   * `until 09:00 on the next working day`);
   * undefined when no time passed. Shown after the move, never before it.
   */
  tookText: string | undefined;
  /** The move was made in the scene where immediate risk of harm had to be recognised: the override is shown now, with the feedback. */
  identifiedRisk: boolean;
}

/** Immediate risk of harm has been identified: the override and when. */
export interface ImmediateRiskView {
  /** The protocol's summary of what happens now. */
  summary: string;
  /** When it was identified (simulated). */
  identifiedAt: string;
  identifiedAtLabel: string;
  /** The scene that identified it. */
  sceneId: string;
  /** The guidance section to read. */
  guidance: GuidanceCitation | null;
}

/** The whole current moment of a session. */
export interface SessionView {
  scenarioId: string;
  title: string;
  /** The protocol's route id, e.g. `child`. */
  audience: string;
  role: string;
  /** When the disagreement was raised. */
  raised: string;
  raisedLabel: string;
  /** Simulated time now. */
  now: string;
  nowLabel: string;
  /** The current scene, or the ending reached. */
  node: SceneView | EndingView;
  /** The stage the case is in, as the protocol describes it. */
  stage: StageInfo;
  /** The soonest deadline still ahead; null when none is pending. */
  nextDeadline: NextDeadlineView | null;
  deadlines: DeadlineSummaryView;
  /** Every move so far (writes excluded), oldest first. */
  history: HistoryEntry[];
  /** The feedback of the latest choice; null before any, or after a continue or wait. */
  lastFeedback: FeedbackView | null;
  /** Set once immediate risk of harm has been identified. */
  immediateRisk: ImmediateRiskView | null;
  /** True at an ending. */
  finished: boolean;
  /** True when there is a move to take back. */
  canStepBack: boolean;
}
