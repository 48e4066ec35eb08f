/**
 * The reveal of one decision: what the room (or each table) chose, the
 * author's feedback for every choice that was made, the recommended choice
 * marked, the other choices' feedback for when the room asks, and where each
 * table now stands (its clock, its stage, any process warning such as
 * skipped stages, any deadline the move missed). Plain data for the
 * projector and the record; nothing here is an id a room has to read.
 */
import { shuffledForScene } from '../runner/choice-order.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { nodeTitle } from '../scenario/narrative-heading.js';
import { presentFeedback } from '../runner/present.js';
import { runnerSetup } from '../runner/runner-setup.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Deviation, FeedbackView, MissedDeadlineView, StageInfo } from '../runner/session-view.js';
import { viewSession } from '../runner/view-session.js';
import type { Workshop, WorkshopRound } from './workshop.js';
import { workshopSessions } from './workshop-play.js';

/** One choice of the scene, as the reveal shows it. */
export interface ChoiceReveal {
  choiceId: string;
  /** Its number on the screen when the room voted. */
  number: number;
  label: string;
  recommended: boolean;
  mistake: boolean;
  /** The author's feedback; null only for a scenario that lacks it (a validation error). */
  feedback: FeedbackView | null;
  /** The tables that voted for it. */
  votedBy: string[];
  /** The tables whose story followed it. */
  followedBy: string[];
}

/** Where one table stands after the decision. */
export interface TableStanding {
  table: number;
  name: string;
  /** Simulated time now, for people. */
  nowLabel: string;
  stage: StageInfo;
  /** The stage before the decision, to show a change. */
  stageBefore: number;
  /** The ending reached by this decision, if it ended the table's story. */
  ending: { title: string; outcome: 'good' | 'mixed' | 'poor'; resolvedAt: number | undefined } | null;
  /** Process rules the move broke, with the same words solo play uses. */
  warnings: Deviation[];
  /** Deadlines that became missed with this move. */
  newlyMissed: MissedDeadlineView[];
}

/** The reveal of one round. */
export interface RoundReveal {
  /** 1-based decision number. */
  number: number;
  /** The scene's title. */
  sceneTitle: string;
  stage: number;
  kind: WorkshopRound['kind'];
  decidedBy: WorkshopRound['decidedBy'];
  /** The choice the room followed; null in independent mode and for a continue. */
  followed: ChoiceReveal | null;
  /** Every choice made (voted for or followed), in the order they were offered. */
  made: ChoiceReveal[];
  /** The choices nobody made, with their feedback, for when the room asks. */
  others: ChoiceReveal[];
  /** The tables that decided, after the decision. */
  tables: TableStanding[];
  /** How long the discussion ran; undefined when it was not timed. */
  discussedMs: number | undefined;
  /** The trainer's note for this decision, if any. */
  note: string | undefined;
}

/**
 * The reveal of the round at `index` (0-based; the latest by default).
 * @throws {RangeError} when there is no such round.
 * @example
 * const reveal = revealRound(scenario, workshop);
 * reveal.made.map((choice) => choice.feedback?.markdown);
 */
export function revealRound(scenario: Scenario, workshop: Workshop, index = workshop.rounds.length - 1, options: RunnerOptions = {}): RoundReveal {
  const round = workshop.rounds[index];
  if (!round) throw new RangeError(`The workshop has no decision ${index + 1}.`);
  const { protocol } = runnerSetup(scenario, options);
  const scene = scenario.scenes[round.sceneId];
  const nameOf = (table: number) => workshop.tables[table] ?? `Table ${table + 1}`;
  const before = workshopSessions(scenario, { ...workshop, rounds: workshop.rounds.slice(0, index) }, options);
  const after = workshopSessions(scenario, { ...workshop, rounds: workshop.rounds.slice(0, index + 1) }, options);

  // In the order the room saw them, numbered as they were on the projector.
  const offered = round.kind === 'choose' && scene ? shuffledForScene(scene.choices, scene.id, workshop.seed) : [];
  const choices: ChoiceReveal[] = offered.map((choice, position) => ({
    choiceId: choice.id,
    number: position + 1,
    label: choice.label,
    recommended: choice.recommended,
    mistake: choice.mistake,
    feedback: choice.feedback ? presentFeedback(choice.feedback, protocol) : null,
    votedBy: round.votes.flatMap((vote, at) => (vote === choice.id ? [nameOf(round.tables[at] ?? -1)] : [])),
    followedBy: round.tables.flatMap((table, at) => ((round.decided ?? round.votes[at]) === choice.id ? [nameOf(table)] : [])),
  }));
  const isMade = (choice: ChoiceReveal) => choice.votedBy.length > 0 || choice.followedBy.length > 0;

  const tables = round.tables.map((table): TableStanding => {
    const was = viewSession(scenario, before[table]!, options);
    const now = viewSession(scenario, after[table]!, options);
    const wasMissed = new Set(was.deadlines.missed.map((deadline) => deadline.checkId));
    const ending =
      now.node.kind === 'ending' ? { title: nodeTitle(scenario, now.node.id), outcome: now.node.outcome, resolvedAt: now.node.resolvedAt } : null;
    return {
      table,
      name: nameOf(table),
      nowLabel: now.nowLabel,
      stage: now.stage,
      stageBefore: was.stage.number,
      ending,
      warnings: now.history.slice(was.history.length).flatMap((move) => move.deviations),
      newlyMissed: now.deadlines.missed.filter((deadline) => !wasMissed.has(deadline.checkId)),
    };
  });

  return {
    number: index + 1,
    sceneTitle: nodeTitle(scenario, round.sceneId),
    stage: scene?.stage ?? 0,
    kind: round.kind,
    decidedBy: round.decidedBy,
    followed: choices.find((choice) => choice.choiceId === round.decided) ?? null,
    made: choices.filter(isMade),
    others: choices.filter((choice) => !isMade(choice)),
    tables,
    discussedMs: round.discussedMs,
    note: workshop.notes[String(index + 1)],
  };
}
