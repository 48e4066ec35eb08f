/**
 * Starting a workshop, finding the next decision, tallying the tables'
 * votes and recording the room's decision. Pure functions over plain data.
 */
import type { Scenario } from '../scenario/scenario-model.js';
import { choose, continueSession, startSession } from '../runner/session-moves.js';
import { scenarioDigest } from '../runner/scenario-digest.js';
import { viewSession } from '../runner/view-session.js';
import type { ChoiceView, SessionView } from '../runner/session-view.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import { WORKSHOP_FORMAT_VERSION, type Workshop, type WorkshopMode, type WorkshopRound } from './workshop.js';
import { WorkshopError } from './workshop-error.js';

/** Options of {@link startWorkshop}. */
export interface StartWorkshopOptions {
  /** How many tables (named "Table 1"…), or their names. */
  tables: number | string[];
  mode?: WorkshopMode;
  /** Discussion minutes per decision; default 3. */
  minutes?: number;
}

/**
 * A new workshop with no decisions yet.
 * @example
 * const workshop = startWorkshop(scenario, { tables: 4, mode: 'majority' });
 */
export function startWorkshop(scenario: Scenario, options: StartWorkshopOptions): Workshop {
  const tables = typeof options.tables === 'number' ? Array.from({ length: options.tables }, (_, index) => `Table ${index + 1}`) : [...options.tables];
  if (tables.length < 1 || tables.length > 20) throw new WorkshopError('bad-setup', `A workshop needs 1 to 20 tables, not ${tables.length}.`, 'Use --tables with a number from 1 to 20.');
  const minutes = options.minutes ?? 3;
  if (!(minutes > 0 && minutes <= 60)) throw new WorkshopError('bad-setup', `Discussion time must be between 0 and 60 minutes, not ${minutes}.`, 'Use --minutes with a number such as 3.');
  return { formatVersion: WORKSHOP_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: scenarioDigest(scenario), mode: options.mode ?? 'majority', tables, minutes, rounds: [] };
}

/**
 * Every table's session, derived by replaying the rounds.
 * @example
 * workshopSessions(scenario, workshop).map((session) => session.steps.length);
 */
export function workshopSessions(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): Session[] {
  const sessions = workshop.tables.map(() => startSession(scenario, options));
  for (const round of workshop.rounds) {
    round.tables.forEach((table, position) => {
      const session = sessions[table];
      if (!session) return;
      if (round.kind === 'continue') sessions[table] = continueSession(scenario, session, options);
      else sessions[table] = choose(scenario, session, round.decided ?? round.votes[position] ?? '', options);
    });
  }
  return sessions;
}

/** The decision in front of the room now. */
export interface WorkshopDecision {
  /** Indexes of the tables deciding. */
  tables: number[];
  /** The view of the scene they stand at (of the first of them). */
  view: SessionView;
  /** Continue (an event moves the story on) or a choice. */
  kind: 'choose' | 'continue';
}

/**
 * The next decision, or null when every table has reached an ending.
 * @example
 * const decision = currentDecision(scenario, workshop);
 */
export function currentDecision(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): WorkshopDecision | null {
  const views = workshopSessions(scenario, workshop, options).map((session) => viewSession(scenario, session, options));
  const open = views.map((view, table) => ({ view, table })).filter((entry) => !entry.view.finished && entry.view.node.kind === 'scene');
  if (open.length === 0) return null;
  // The table furthest behind in simulated time goes first; ties by table number.
  const first = [...open].sort((a, b) => Date.parse(a.view.now) - Date.parse(b.view.now) || a.table - b.table)[0]!;
  const together = workshop.mode === 'independent' ? open.filter((entry) => entry.view.node.id === first.view.node.id) : open;
  const node = first.view.node;
  return { tables: together.map((entry) => entry.table), view: first.view, kind: node.kind === 'scene' && node.canContinue ? 'continue' : 'choose' };
}

/** How the votes split over one choice. */
export interface VoteTally {
  choiceId: string;
  number: number;
  label: string;
  /** Names of the tables that chose it. */
  tables: string[];
}

/**
 * The split of the tables' votes over the choices, in choice order.
 * @example
 * tallyVotes(view.node.choices, ['phone-today', 'wait'], ['Table 1', 'Table 2']);
 */
export function tallyVotes(choices: readonly ChoiceView[], votes: readonly string[], tableNames: readonly string[]): VoteTally[] {
  return choices.map((choice) => ({
    choiceId: choice.id,
    number: choice.number,
    label: choice.label,
    tables: votes.flatMap((vote, index) => (vote === choice.id ? [tableNames[index] ?? `Table ${index + 1}`] : [])),
  }));
}

/** The most-voted choice ids (more than one on a tie). */
export function leadingChoices(tally: readonly VoteTally[]): string[] {
  const most = Math.max(0, ...tally.map((entry) => entry.tables.length));
  return tally.filter((entry) => entry.tables.length === most && most > 0).map((entry) => entry.choiceId);
}

/** Options of {@link decideRound}. */
export interface DecideOptions extends RunnerOptions {
  /** The trainer's pick: required in trainer mode, and to break a tie in majority mode. */
  trainerPick?: string;
}

/**
 * Records the tables' votes at the current decision and moves the room on.
 * Votes are choice ids or 1-based numbers, one per deciding table. Throws
 * a `WorkshopError` with code `tie` (and the tied ids) when majority mode
 * needs the trainer to break a tie.
 * @example
 * workshop = decideRound(scenario, workshop, [1, 1, 2, 1]);
 */
export function decideRound(scenario: Scenario, workshop: Workshop, votes: ReadonlyArray<string | number>, options: DecideOptions = {}): Workshop {
  const decision = currentDecision(scenario, workshop, options);
  if (!decision || decision.view.node.kind !== 'scene') throw new WorkshopError('nothing-to-decide', 'Every table has reached an ending.', 'Show the debrief, or step back to change a decision.');
  const scene = decision.view.node;
  if (decision.kind === 'continue') {
    return { ...workshop, rounds: [...workshop.rounds, { sceneId: scene.id, tables: decision.tables, kind: 'continue', votes: [], decided: null, decidedBy: 'continue' }] };
  }
  if (votes.length !== decision.tables.length) {
    throw new WorkshopError('bad-vote', `Expected ${decision.tables.length} votes (one per table deciding), got ${votes.length}.`, 'Enter one choice for each table.');
  }
  const valid = scene.choices.map((choice) => `${choice.number}) ${choice.label}`).join('; ');
  const ids = votes.map((vote) => {
    const choice = scene.choices.find((entry) => entry.id === vote || entry.number === vote || String(entry.number) === String(vote));
    if (!choice) throw new WorkshopError('bad-vote', `"${vote}" is not a choice in this scene.`, `The choices are: ${valid}.`);
    return choice.id;
  });
  const pick = options.trainerPick === undefined ? undefined : scene.choices.find((entry) => entry.id === options.trainerPick || String(entry.number) === String(options.trainerPick))?.id;
  if (options.trainerPick !== undefined && !pick) throw new WorkshopError('trainer-pick', `"${options.trainerPick}" is not a choice in this scene.`, `The choices are: ${valid}.`);
  let round: WorkshopRound;
  if (workshop.mode === 'independent') {
    round = { sceneId: scene.id, tables: decision.tables, kind: 'choose', votes: ids, decided: null, decidedBy: 'each-table' };
  } else if (workshop.mode === 'trainer') {
    if (!pick) throw new WorkshopError('trainer-pick', 'In trainer mode the trainer picks the room’s choice.', 'Pass trainerPick: the choice the room will follow.');
    round = { sceneId: scene.id, tables: decision.tables, kind: 'choose', votes: ids, decided: pick, decidedBy: 'trainer' };
  } else {
    const leaders = leadingChoices(tallyVotes(scene.choices, ids, decision.tables.map((table) => workshop.tables[table] ?? '')));
    if (leaders.length === 1) round = { sceneId: scene.id, tables: decision.tables, kind: 'choose', votes: ids, decided: leaders[0]!, decidedBy: 'majority' };
    else if (pick && leaders.includes(pick)) round = { sceneId: scene.id, tables: decision.tables, kind: 'choose', votes: ids, decided: pick, decidedBy: 'tie-break' };
    else throw new WorkshopError('tie', `The vote is tied between ${leaders.length} choices.`, 'The trainer breaks the tie: pass trainerPick as one of the tied choices.', leaders);
  }
  return { ...workshop, rounds: [...workshop.rounds, round] };
}

/**
 * The workshop without its last round (to change a decision).
 * @example
 * workshop = undoRound(workshop);
 */
export function undoRound(workshop: Workshop): Workshop {
  return { ...workshop, rounds: workshop.rounds.slice(0, -1) };
}
