/**
 * The workshop's debrief and record: the tables side by side (who escalated
 * when, which deadlines each met or missed, the process warnings solo play
 * gives, the ending each reached), every decision with who chose what, the
 * feedback the room was shown, the minutes it discussed and the trainer's
 * notes, and each table's timeline. Plain data, named in titles and choice
 * text (never ids), for the projector and the learning subgroup's record.
 * It works on a workshop at any point, finished or not.
 */
import type { Scenario } from '../scenario/scenario-model.js';
import { nodeTitle } from '../scenario/narrative-heading.js';
import { buildDebrief } from '../debrief/build-debrief.js';
import type { Debrief, DebriefDeadline } from '../debrief/debrief.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Deviation } from '../runner/session-view.js';
import type { Workshop, WorkshopRound } from './workshop.js';
import { workshopSessions } from './workshop-play.js';
import { revealRound, type ChoiceReveal } from './reveal-round.js';

/** One table's result. */
export interface WorkshopTableResult {
  name: string;
  /** The ending reached; null if the table had not finished. */
  ending: { id: string; title: string; outcome: 'good' | 'mixed' | 'poor'; resolvedAt: number | undefined; atLabel: string } | null;
  /** The stage the table's case stands at (its last scene's, or its ending's). */
  stage: number;
  /** When each stage after the first began: who escalated when. */
  escalations: { stage: number; title: string; atLabel: string }[];
  /** Deadlines met, as solo play's debrief scores them: a skipped stage's deadline is never counted as met. */
  met: { checkId: string; label: string; stage: number }[];
  missed: { checkId: string; label: string; stage: number; lateness: string }[];
  /** Deadlines of stages the table jumped over. */
  skipped: { checkId: string; label: string; stage: number }[];
  /** Process warnings on the table's path, as solo play gives them (e.g. "skipped stages 2–6"). */
  warnings: Deviation[];
  /** The choices the table's path took, in order. */
  path: string[];
  /** The table's moves in simulated time: when, at which stage, what. */
  timeline: { atLabel: string; stage: number; label: string }[];
  /** The full single-player debrief of the table's path. */
  debrief: Debrief;
}

/** One decision as the room made it. */
export interface WorkshopRoundResult {
  number: number;
  sceneId: string;
  /** The scene's title, for people. */
  sceneTitle: string;
  stage: number;
  kind: WorkshopRound['kind'];
  /** Each choice with the tables that voted for it, and whether the author recommended it. */
  split: { label: string; tables: string[]; recommended: boolean }[];
  /** The label of the choice the room followed; null in independent mode. */
  followed: string | null;
  decidedBy: WorkshopRound['decidedBy'];
  /** The choices made, with the feedback the room was shown for each. */
  shown: ChoiceReveal[];
  /** How long the room discussed; undefined when it was not timed. */
  discussedMs: number | undefined;
  /** The trainer's note for the decision. */
  note: string | undefined;
}

/** The whole workshop debrief. */
export interface WorkshopDebrief {
  scenario: { id: string; title: string };
  /** The protocol and the route followed, for people: e.g. "North Yorkshire Professional Resolutions, Children (NYSCP)". */
  protocol: { name: string; route: string };
  mode: Workshop['mode'];
  /** Discussion minutes set per decision. */
  minutes: number;
  /** True when every table has reached an ending. */
  finished: boolean;
  tables: WorkshopTableResult[];
  rounds: WorkshopRoundResult[];
  /** Each ending reached, with the tables that reached it. */
  endings: { id: string; title: string; outcome: 'good' | 'mixed' | 'poor'; tables: string[] }[];
  /** Notes typed for a decision not yet taken (the one in front of the room). */
  pendingNotes: { decision: number; text: string }[];
  /** The scenario's learning objectives, to close the session against. */
  objectives: string[];
  /** The facilitator note's safe-practice points, which the room must have heard; empty when the scenario has none. */
  safePractice: string[];
}

/** The deadlines of every stage with one status, in stage order, with their stage. */
function deadlinesOf(debrief: Debrief, status: DebriefDeadline['status']): (DebriefDeadline & { stage: number })[] {
  return debrief.stages.flatMap((stage) => stage.deadlines.filter((deadline) => deadline.status === status).map((deadline) => ({ ...deadline, stage: stage.stage })));
}

/** A missed deadline's lateness in words, from the process's summary. */
function latenessOf(debrief: Debrief, checkId: string): string | undefined {
  return debrief.deadlines.missed.find((deadline) => deadline.checkId === checkId)?.latenessLabel;
}

/**
 * Builds the workshop debrief, at any point of the workshop.
 * @example
 * const debrief = buildWorkshopDebrief(scenario, workshop);
 */
export function buildWorkshopDebrief(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): WorkshopDebrief {
  const sessions = workshopSessions(scenario, workshop, options);
  const tables = sessions.map((session, index): WorkshopTableResult => {
    const debrief = buildDebrief(scenario, session, options);
    const last = debrief.path.at(-1);
    return {
      name: workshop.tables[index] ?? `Table ${index + 1}`,
      ending: debrief.ending
        ? { id: debrief.ending.id, title: nodeTitle(scenario, debrief.ending.id), outcome: debrief.ending.outcome, resolvedAt: debrief.ending.resolvedAt, atLabel: debrief.ending.atLabel }
        : null,
      stage: debrief.ending?.stage ?? last?.stage ?? scenario.scenes[scenario.start]?.stage ?? 1,
      escalations: debrief.stages.filter((stage) => stage.stage > 1 && stage.startedAtLabel && !stage.skipped).map((stage) => ({ stage: stage.stage, title: stage.title, atLabel: stage.startedAtLabel ?? '' })),
      // The stage-by-stage scoring of the solo debrief, so a room sees the same verdicts a learner alone would.
      met: deadlinesOf(debrief, 'met').map((deadline) => ({ checkId: deadline.checkId, label: deadline.label, stage: deadline.stage })),
      missed: deadlinesOf(debrief, 'missed').map((deadline) => ({ checkId: deadline.checkId, label: deadline.label, stage: deadline.stage, lateness: latenessOf(debrief, deadline.checkId) ?? deadline.summary })),
      skipped: deadlinesOf(debrief, 'skipped').map((deadline) => ({ checkId: deadline.checkId, label: deadline.label, stage: deadline.stage })),
      warnings: debrief.deviations,
      path: debrief.path.map((step) => step.label),
      timeline: debrief.path.map((step) => ({ atLabel: step.atLabel, stage: step.stage, label: step.label })),
      debrief,
    };
  });
  const rounds = workshop.rounds.map((round, index): WorkshopRoundResult => {
    const reveal = revealRound(scenario, workshop, index, options);
    const all = [...reveal.made, ...reveal.others].sort((a, b) => a.number - b.number);
    return {
      number: index + 1,
      sceneId: round.sceneId,
      sceneTitle: reveal.sceneTitle,
      stage: reveal.stage,
      kind: round.kind,
      split: round.kind === 'choose' ? all.map((choice) => ({ label: choice.label, tables: choice.votedBy, recommended: choice.recommended })) : [],
      followed: reveal.followed?.label ?? null,
      decidedBy: round.decidedBy,
      shown: reveal.made,
      discussedMs: round.discussedMs,
      note: reveal.note,
    };
  });
  const endings = new Map<string, WorkshopDebrief['endings'][number]>();
  for (const table of tables) {
    if (!table.ending) continue;
    const entry = endings.get(table.ending.id) ?? { id: table.ending.id, title: table.ending.title, outcome: table.ending.outcome, tables: [] };
    entry.tables.push(table.name);
    endings.set(table.ending.id, entry);
  }
  const pendingNotes = Object.entries(workshop.notes)
    .map(([decision, text]) => ({ decision: Number(decision), text }))
    .filter((note) => note.decision > workshop.rounds.length && note.text.trim() !== '')
    .sort((a, b) => a.decision - b.decision);
  // A workshop has at least one table (startWorkshop and the saved shape insist), and every table plays the same scenario.
  const first = tables[0]!.debrief;
  return {
    scenario: { id: scenario.id, title: scenario.frontmatter.title },
    protocol: { name: first.protocolName, route: first.scenario.audienceLabel },
    mode: workshop.mode,
    minutes: workshop.minutes,
    finished: tables.every((table) => table.ending !== null),
    tables,
    rounds,
    endings: [...endings.values()],
    pendingNotes,
    objectives: [...scenario.frontmatter.objectives],
    safePractice: [...(scenario.frontmatter.facilitator?.safePractice ?? [])],
  };
}

/** How the room's choice was reached, in words. */
export const DECIDED_BY_WORDS: Record<WorkshopRound['decidedBy'], string> = {
  majority: 'by majority',
  'tie-break': 'the trainer broke a tie',
  trainer: 'the trainer chose after seeing the split',
  'each-table': 'each table followed its own choice',
  continue: 'the story moved on',
};

/** How the room decided, in words. */
export const MODE_WORDS: Record<Workshop['mode'], string> = {
  majority: 'the room followed the majority (the trainer broke ties)',
  trainer: 'the trainer chose the room’s path after seeing the split',
  independent: 'each table followed its own choices, at its own pace',
};

/** An ending's outcome in words. */
export const OUTCOME_WORDS = { good: 'Good ending', mixed: 'Mixed ending', poor: 'Poor ending' } as const;
