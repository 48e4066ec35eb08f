/**
 * Starting a workshop, finding the next decision, tallying the tables'
 * votes and recording the room's decision. Pure functions over plain data.
 */
import type { Scenario } from '../scenario/scenario-model.js';
import { choose, continueSession, startSession } from '../runner/session-moves.js';
import { isChoiceSeed } from '../runner/choice-order.js';
import { scenarioDigest } from '../runner/scenario-digest.js';
import { viewSession } from '../runner/view-session.js';
import type { ChoiceView, SessionView } from '../runner/session-view.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import { WORKSHOP_FORMAT_VERSION, type Workshop, type WorkshopMode, type WorkshopRound } from './workshop.js';
import { WorkshopError } from './workshop-error.js';

/** The most tables a workshop takes: twenty fit the projector in columns. */
export const MAX_TABLES = 20;

/** The longest table name, so twenty names fit side by side on the projector. */
export const MAX_TABLE_NAME = 32;

/**
 * A table name trimmed, or the reason it cannot be one.
 * @example
 * checkTableName('  Police ', ['Health']); // { name: 'Police' }
 */
export function checkTableName(name: string, others: readonly string[]): { name: string } | { problem: string } {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return { problem: 'A table name must not be blank.' };
  if ([...trimmed].length > MAX_TABLE_NAME) return { problem: `A table name has at most ${MAX_TABLE_NAME} characters ("${trimmed.slice(0, 20)}…" is longer).` };
  if (others.some((other) => other.toLowerCase() === trimmed.toLowerCase())) return { problem: `Two tables cannot both be called "${trimmed}".` };
  return { name: trimmed };
}

function tableNamesOf(tables: number | readonly string[]): string[] {
  if (typeof tables === 'number') {
    if (!Number.isInteger(tables) || tables < 1 || tables > MAX_TABLES) {
      throw new WorkshopError('bad-setup', `A workshop needs 1 to ${MAX_TABLES} tables, not ${tables}.`, `Use --tables with a number from 1 to ${MAX_TABLES}, or the tables' names separated by commas.`);
    }
    return Array.from({ length: tables }, (_, index) => `Table ${index + 1}`);
  }
  if (tables.length < 1 || tables.length > MAX_TABLES) {
    throw new WorkshopError('bad-setup', `A workshop needs 1 to ${MAX_TABLES} tables, not ${tables.length}.`, `Name from 1 to ${MAX_TABLES} tables, separated by commas.`);
  }
  const names: string[] = [];
  for (const name of tables) {
    const checked = checkTableName(name, names);
    if ('problem' in checked) throw new WorkshopError('bad-setup', checked.problem, 'Give each table its own short name, e.g. --tables "Police,Health,School".');
    names.push(checked.name);
  }
  return names;
}

/** Options of {@link startWorkshop}. */
export interface StartWorkshopOptions {
  /** How many tables (named "Table 1"…), or their names. */
  tables: number | string[];
  mode?: WorkshopMode;
  /** Discussion minutes per decision; default 3. */
  minutes?: number;
  /** Shuffles the order of every scene's choices for the whole room; left out, the file's order. */
  seed?: string;
}

/**
 * A new workshop with no decisions yet.
 * @example
 * const workshop = startWorkshop(scenario, { tables: 4, mode: 'majority' });
 */
export function startWorkshop(scenario: Scenario, options: StartWorkshopOptions): Workshop {
  const tables = tableNamesOf(options.tables);
  const minutes = options.minutes ?? 3;
  if (!(minutes > 0 && minutes <= 60)) throw new WorkshopError('bad-setup', `Discussion time must be between 0 and 60 minutes, not ${minutes}.`, 'Use --minutes with a number such as 3.');
  const seed = options.seed;
  if (seed !== undefined && !isChoiceSeed(seed)) throw new WorkshopError('bad-setup', `"${seed}" cannot shuffle the choices.`, 'A seed is 1 to 64 letters, digits, hyphens or underscores.');
  return { formatVersion: WORKSHOP_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: scenarioDigest(scenario), mode: options.mode ?? 'majority', tables, minutes, rounds: [], notes: {}, ...(seed === undefined ? {} : { seed }) };
}

/**
 * Every table's session, derived by replaying the rounds.
 * @example
 * workshopSessions(scenario, workshop).map((session) => session.steps.length);
 */
export function workshopSessions(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): Session[] {
  const sessions = workshop.tables.map(() => startSession(scenario, { ...options, ...(workshop.seed === undefined ? {} : { seed: workshop.seed }) }));
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

/**
 * Every decision open now. In majority and trainer modes that is the room's
 * one decision; in independent mode it is one per table still playing, each
 * at its own scene, so the trainer takes whichever table is ready first.
 * @example
 * openDecisions(scenario, workshop).map((decision) => decision.tables[0]);
 */
export function openDecisions(scenario: Scenario, workshop: Workshop, options: RunnerOptions = {}): WorkshopDecision[] {
  if (workshop.mode !== 'independent') {
    const decision = currentDecision(scenario, workshop, options);
    return decision ? [decision] : [];
  }
  const views = workshopSessions(scenario, workshop, options).map((session) => viewSession(scenario, session, options));
  return views.flatMap((view, table) =>
    !view.finished && view.node.kind === 'scene' ? [{ tables: [table], view, kind: view.node.canContinue ? ('continue' as const) : ('choose' as const) }] : [],
  );
}

/** One table's open decision (independent mode), or a WorkshopError saying why there is none. */
function tableDecision(scenario: Scenario, workshop: Workshop, table: number, options: RunnerOptions): WorkshopDecision {
  if (workshop.mode !== 'independent') throw new WorkshopError('bad-setup', 'Only tables playing independently decide one at a time.', 'Record the room’s decision for every table together.');
  if (workshop.tables[table] === undefined) throw new WorkshopError('bad-vote', `There is no table ${table + 1}.`, `The tables are numbered 1 to ${workshop.tables.length}.`);
  const decision = openDecisions(scenario, workshop, options).find((entry) => entry.tables[0] === table);
  if (!decision) throw new WorkshopError('nothing-to-decide', `${workshop.tables[table]} has reached an ending.`, 'Choose a table that is still playing, or show the debrief.');
  return decision;
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
  /** Independent mode: the one table deciding, at its own scene (see {@link openDecisions}). */
  table?: number;
  /** How long the discussion ran on the timer, in milliseconds, for the record. */
  discussedMs?: number;
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
  const decision = options.table === undefined ? currentDecision(scenario, workshop, options) : tableDecision(scenario, workshop, options.table, options);
  if (!decision || decision.view.node.kind !== 'scene') throw new WorkshopError('nothing-to-decide', 'Every table has reached an ending.', 'Show the debrief, or step back to change a decision.');
  const scene = decision.view.node;
  const timed = options.discussedMs === undefined ? {} : { discussedMs: Math.max(0, Math.round(options.discussedMs)) };
  if (decision.kind === 'continue') {
    return { ...workshop, rounds: [...workshop.rounds, { sceneId: scene.id, tables: decision.tables, kind: 'continue', votes: [], decided: null, decidedBy: 'continue', ...timed }] };
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
  return { ...workshop, rounds: [...workshop.rounds, { ...round, ...timed }] };
}

/**
 * The workshop without its last round (to change a decision).
 * @example
 * workshop = undoRound(workshop);
 */
export function undoRound(workshop: Workshop): Workshop {
  return { ...workshop, rounds: workshop.rounds.slice(0, -1) };
}

/**
 * Independent mode: the workshop without one table's last decision, so that
 * table can change it while the others keep theirs. Refused when that round
 * was taken by several tables together (undoing it would move them too).
 * @example
 * workshop = undoTableRound(workshop, 2);
 */
export function undoTableRound(workshop: Workshop, table: number): Workshop {
  let last = -1;
  workshop.rounds.forEach((round, index) => {
    if (round.tables.includes(table)) last = index;
  });
  const round = workshop.rounds[last];
  if (!round) throw new WorkshopError('nothing-to-decide', `${workshop.tables[table] ?? `Table ${table + 1}`} has not decided anything yet.`, 'Choose a table that has made a decision.');
  if (round.tables.length > 1) throw new WorkshopError('bad-setup', 'That decision was taken by several tables together, so it cannot be changed for one of them.', 'Step back the whole room instead.');
  return { ...workshop, rounds: workshop.rounds.filter((_, index) => index !== last) };
}

/**
 * The number of the decision in front of the room: the one a note typed
 * now belongs to.
 * @example
 * nextDecisionNumber(startWorkshop(scenario, { tables: 2 })); // 1
 */
export function nextDecisionNumber(workshop: Workshop): number {
  return workshop.rounds.length + 1;
}

/**
 * The workshop with the trainer's note for a decision (a blank note removes it).
 * @example
 * workshop = setNote(workshop, nextDecisionNumber(workshop), 'Police table wanted a strategy meeting.');
 */
export function setNote(workshop: Workshop, decision: number, text: string): Workshop {
  if (!Number.isInteger(decision) || decision < 1) throw new WorkshopError('bad-setup', `Decision ${decision} does not exist.`, 'Notes belong to decisions numbered from 1.');
  const notes = { ...workshop.notes };
  if (text.trim() === '') delete notes[String(decision)];
  else notes[String(decision)] = text;
  return { ...workshop, notes };
}

/**
 * The workshop with one table renamed; the record keeps the new name.
 * @example
 * workshop = renameTable(workshop, 0, 'Police');
 */
export function renameTable(workshop: Workshop, table: number, name: string): Workshop {
  if (workshop.tables[table] === undefined) throw new WorkshopError('bad-setup', `There is no table ${table + 1}.`, `The tables are numbered 1 to ${workshop.tables.length}.`);
  const checked = checkTableName(name, workshop.tables.filter((_, index) => index !== table));
  if ('problem' in checked) throw new WorkshopError('bad-setup', checked.problem, 'Give each table its own short name.');
  return { ...workshop, tables: workshop.tables.map((old, index) => (index === table ? checked.name : old)) };
}
