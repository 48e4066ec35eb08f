/**
 * The debrief of a play-through as plain data: the path taken, deadlines
 * against when things happened, principles shown and missed, the learner's
 * own words. Shells render it; `debriefToMarkdown` turns it into a CPD
 * record.
 */
import type { OtherGoodRoute } from './other-good-routes.js';
import type { EndingOutcome } from '../scenario/scenario-model.js';
import type {
  DeadlineSummaryView,
  Deviation,
  FeedbackView,
  GuidanceCitation,
  PrincipleRef,
} from '../runner/session-view.js';

/** The scenario, as the debrief names it. */
export interface DebriefScenario {
  id: string;
  title: string;
  /** The protocol's route id. */
  audience: string;
  /** The route's name in the protocol, e.g. "Children (NYSCP)". */
  audienceLabel: string;
  /** The id of the protocol the scenario follows. */
  protocol: string;
  /** Who the learner played. */
  role: string;
  summary: string;
}

/** The ending reached. */
export interface DebriefEnding {
  id: string;
  outcome: EndingOutcome;
  /** The stage the disagreement was resolved at; undefined when never. */
  resolvedAt: number | undefined;
  /** The stage at the end. */
  stage: number;
  /** The author's debrief, Markdown. */
  debrief: string;
  /** Simulated time the ending was reached. */
  at: string;
  atLabel: string;
}

/** One move on the path taken. */
export interface DebriefStep {
  /** 1-based position on the path. */
  number: number;
  kind: 'choose' | 'continue' | 'wait';
  sceneId: string;
  /** The scene's stage. */
  stage: number;
  /** The choice label, "Continue", or "Wait …". */
  label: string;
  choiceId: string | null;
  /** Simulated time the move was made. */
  at: string;
  atLabel: string;
  /** The choice's feedback with its citations; null for continue and wait. */
  feedback: FeedbackView | null;
  /** The choice was the author's recommended one. */
  recommended: boolean;
  /** A recommended choice was on offer in the scene. */
  hadRecommended: boolean;
  mistake: boolean;
  deviations: Deviation[];
}

/** One deadline of a stage, against what happened. */
export interface DebriefDeadline {
  checkId: string;
  label: string;
  due: string;
  dueLabel: string;
  /**
   * `met`, `missed`, `pending` (ahead when play stopped), `not-reached` (the
   * stage never came), `skipped` (the learner jumped over the stage, so its
   * deadline was never honestly met) or `aim` (a point inside a window, such
   * as stage 1's 24 hours: the summary says what happened, and it is never
   * scored as met or missed).
   */
  status: 'met' | 'missed' | 'pending' | 'not-reached' | 'skipped' | 'aim';
  /**
   * The status in a few words, saying what really happened: "Met",
   * "Missed", "Still open", "Not reached", "Skipped", "Aim (not scored)",
   * or, for a limit met by a stage that ended without agreement,
   * "Escalated in time" (or "Moved on in time" to the capacity path), so a
   * stage that ended in an agreement to disagree never reads as resolved.
   */
  statusLabel: string;
  /** When the measured moment happened; null if it did not. */
  happenedAt: string | null;
  happenedAtLabel: string | null;
  /** For missed deadlines: lateness in working days and ms, null while outstanding. */
  lateByWorkingDays: number | null;
  lateByMs: number | null;
  /** A sentence, e.g. "Met: Tue 6 Oct 2026, 11:30" or "Missed by 1 working day (26 hours)". */
  summary: string;
}

/** One stage of the protocol and what happened in it. */
export interface DebriefStage {
  stage: number;
  title: string;
  owner: string;
  timescale: string;
  /** When the stage began; null if it never did. */
  startedAt: string | null;
  startedAtLabel: string | null;
  /** When it ended; null if it never began or is still open. */
  endedAt: string | null;
  endedAtLabel: string | null;
  /** Whether the learner's path reached the stage. */
  reached: boolean;
  /** True when the learner jumped over this stage (a deviation). */
  skipped: boolean;
  deadlines: DebriefDeadline[];
}

/** What the learner wrote for a reflection or record. */
export interface DebriefResponse {
  id: string;
  kind: 'reflect' | 'record';
  phase: 'before' | 'during' | 'after' | undefined;
  /** The scene it belongs to. */
  sceneId: string;
  /** The prompt, Markdown. */
  prompt: string;
  text: string;
}

/** A principle and how the path bore on it. */
export interface DebriefPrinciple extends PrincipleRef {
  /** Labels of the choices that showed it. */
  shownBy: string[];
  /** Labels of the choices that missed it. */
  missedBy: string[];
  /** `shown`, `missed`, `mixed` (both) or `not-tested`. */
  status: 'shown' | 'missed' | 'mixed' | 'not-tested';
}

/** Where the learner first left the author's recommended path. */
export interface LeftRecommendedPath {
  /** 1-based path step number. */
  stepNumber: number;
  sceneId: string;
  /** What the learner chose. */
  chosen: string;
  /** What the author recommended there. */
  recommended: string;
}

/** The following-resolution step for the route. */
export interface DebriefLearning {
  /** The learning subgroup, e.g. "NYSCP Practice and Learning Subgroup". */
  subgroup: string | null;
  /** The protocol's summary with the subgroup filled in. */
  summary: string;
  /** True when the disagreement was resolved, so the learning step applies. */
  applies: boolean;
  guidance: GuidanceCitation | null;
}

/** The immediate-risk override, when it applied. */
export interface DebriefImmediateRisk {
  sceneId: string;
  identifiedAt: string;
  identifiedAtLabel: string;
  /** The protocol's summary. */
  summary: string;
  /** Why the timescales were not a reason to wait. */
  message: string;
  guidance: GuidanceCitation | null;
}

/** The capacity path taken (adults), when it was. */
export interface DebriefCapacity {
  steps: { id: string; label: string; startedAt: string; startedAtLabel: string }[];
  agreedAt: string | null;
  summary: string;
}

/** A whole debrief. */
export interface Debrief {
  scenario: DebriefScenario;
  /** The protocol's name, e.g. "North Yorkshire Professional Resolutions". */
  protocolName: string;
  raised: string;
  raisedLabel: string;
  /** Simulated time at the end of play. */
  endedAt: string;
  endedAtLabel: string;
  /** The ending; null if the session has not reached one. */
  ending: DebriefEnding | null;
  path: DebriefStep[];
  stages: DebriefStage[];
  deadlines: DeadlineSummaryView;
  responses: DebriefResponse[];
  principles: DebriefPrinciple[];
  /** Null when the learner kept to the recommended path wherever one was offered. */
  leftRecommendedPath: LeftRecommendedPath | null;
  /** Every deviation on the path, e.g. skipped stages. */
  deviations: Deviation[];
  learning: DebriefLearning;
  immediateRisk: DebriefImmediateRisk | null;
  capacity: DebriefCapacity | null;
  /** The good endings not reached, each with a route to it: there is usually more than one way to do well. */
  otherGoodRoutes: OtherGoodRoute[];
  /**
   * Where each `guidance:<id>` link in the author's text (the ending, the
   * feedback, the prompts) goes for the scenario's protocol, by id, so an
   * export can link it; an id the protocol cannot cite is left out.
   */
  guidanceLinks: Record<string, string>;
}

/** Plain data for a timeline chart: times are ms after raised. */
export interface TimelineSeries {
  /** The zero of the axis. */
  raised: string;
  /** The end of the axis (the later of the end of play and the last deadline shown). */
  endMs: number;
  /** When play stopped. */
  nowMs: number;
  /** One band per stage that began. */
  bands: { stage: number; title: string; startMs: number; endMs: number | null }[];
  /** One marker per deadline met, missed or pending. */
  markers: {
    checkId: string;
    label: string;
    stage: number;
    dueMs: number;
    /** When its moment happened; null if not. */
    happenedMs: number | null;
    status: 'met' | 'missed' | 'pending';
    /** The deadline's status in words (see {@link DebriefDeadline.statusLabel}). */
    statusLabel: string;
  }[];
  /** The learner's moves. */
  moves: { ms: number; label: string; stage: number }[];
}
