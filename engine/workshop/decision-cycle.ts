/**
 * The decision cycle of a workshop room, as a pure reducer. Each decision
 * goes through four steps the trainer drives, then on to the next:
 *
 * 1. `read`: the scene, in full, on the projector;
 * 2. `discuss`: the tables talk while the discussion timer runs (paused at
 *    first unless the workshop autostarts);
 * 3. `vote`: each table's choice, one per table, and the split;
 * 4. `reveal`: the room's choice (or the table's) with the author's
 *    feedback, the new clock and stage, and any process warning;
 *
 * and `next` opens the following decision. In majority and trainer modes
 * the room goes through one cycle together; in independent mode every
 * table still playing has its own cycle, each at its own step with its own
 * timer, so the tables move in parallel and none waits for another.
 *
 * The trainer's notes live in the workshop, by decision number. A note
 * typed before its decision is taken is kept under a number above the
 * rounds recorded (see {@link noteNumber}), and moves with the decision when
 * it is taken or stepped back, so a note always stays with its decision.
 *
 * Refused moves throw a `WorkshopError` with the reason and a hint.
 */
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { nextDecisionOf, openBallots, withBallot, withoutBallots } from './ballots.js';
import { discussionTimerReducer, startDiscussionTimer, type DiscussionTimer, type DiscussionTimerAction } from './discussion-timer.js';
import { freeSeat, takeSeat } from './live/live-room.js';
import type { Workshop } from './workshop.js';
import { WorkshopError } from './workshop-error.js';
import { decideRound, leadingChoices, openDecisions, renameTable, setNote, tallyVotes, undoRound, undoTableRound, type VoteTally, type WorkshopDecision } from './workshop-play.js';

/** The steps of one decision, in order. */
export type CycleStep = 'read' | 'discuss' | 'vote' | 'reveal';

/** The steps in order, for a screen that shows where the room is. */
export const CYCLE_STEPS: readonly CycleStep[] = ['read', 'discuss', 'vote', 'reveal'];

/** One decision under way: the room's, or (independent mode) one table's. */
export interface DecisionCycle {
  /** The tables deciding together (0-based): every table still playing, or one in independent mode. */
  tables: number[];
  step: CycleStep;
  /** The decision in front of them; at the reveal, the one just taken. */
  decision: WorkshopDecision;
  /** The discussion timer of this decision. */
  timer: DiscussionTimer;
  /**
   * The choice ids entered so far, in the order they came, aligned with
   * `voters`: keyed by the trainer (the next table still to vote) or sent
   * from a table's phone (any table, in any order).
   */
  votes: string[];
  /** The table (0-based) of each vote in `votes`. */
  voters: number[];
  /** At the reveal: the index of the round shown (in `workshop.rounds`); null before. */
  revealed: number | null;
}

/** A workshop room: the workshop and the decisions under way. */
export interface Room {
  workshop: Workshop;
  /** The cycles under way, in table order; empty once every table has reached an ending. */
  cycles: DecisionCycle[];
  /** Whether each discussion timer starts running. */
  autostart: boolean;
}

/** What changes a room. `table` names the cycle: any table deciding in it. */
export type RoomAction =
  /** Read → discuss; for a scene that simply moves on, records that and reveals where it led. */
  | { type: 'discuss'; table: number }
  /** Pause, resume, ±1 minute, … of one cycle's timer (while discussing). */
  | { type: 'timer'; table: number; action: DiscussionTimerAction }
  /** Time passing on the wall clock: every running timer counts down. */
  | { type: 'tick'; elapsedMs: number }
  /** Discuss → vote; ends the discussion if time is left. */
  | { type: 'vote'; table: number }
  /** The next table's choice, by its number on the screen. */
  | { type: 'cast'; table: number; number: number }
  /** Takes back the last choice entered. */
  | { type: 'uncast'; table: number }
  /**
   * A table's own vote (from its phone) at its decision number `decision`:
   * refused unless that table is voting at that decision; replaces the
   * table's earlier vote; the same `ballot` again changes nothing.
   */
  | { type: 'ballot'; table: number; decision: number; choiceId: string; ballot: string }
  /** A table's phone takes its seat (see `takeSeat`). */
  | { type: 'seat'; table: number; token: string }
  /** The trainer frees a table's seat, for another phone. */
  | { type: 'free-seat'; table: number }
  /** Records the decision (the trainer's pick where one is needed) and reveals it. */
  | { type: 'decide'; table: number; trainerPick?: number }
  /** Reveal → the next decision's read. */
  | { type: 'next'; table: number }
  /** One step back; see {@link stepBackOf}. */
  | { type: 'back'; table: number }
  /** Sets the trainer's note of the cycle's decision (blank removes it). */
  | { type: 'note'; table: number; text: string }
  | { type: 'rename'; table: number; name: string };

/** Options of {@link openRoom}. */
export interface OpenRoomOptions extends RunnerOptions {
  autostart?: boolean;
}

/**
 * A cycle for a decision, at its read step; or, when votes for it were
 * saved (a workshop resumed in the middle of a vote), at its vote with
 * those votes in place.
 */
function freshCycle(decision: WorkshopDecision, workshop: Workshop, autostart: boolean): DecisionCycle {
  const cycle: DecisionCycle = { tables: decision.tables, step: 'read', decision, timer: startDiscussionTimer(workshop.minutes, { autostart }), votes: [], voters: [], revealed: null };
  const node = decision.view.node;
  // A vote for a choice the scenario no longer has (it changed since the save) is left out.
  const saved = decision.kind === 'choose' && node.kind === 'scene' ? openBallots(workshop, decision.tables, node.id).filter((ballot) => node.choices.some((choice) => choice.id === ballot.choiceId)) : [];
  if (saved.length === 0) return cycle;
  return { ...cycle, step: 'vote', timer: discussionTimerReducer(cycle.timer, { type: 'end' }), votes: saved.map((ballot) => ballot.choiceId), voters: saved.map((ballot) => ballot.table) };
}

/**
 * The room at the start or on resume: every open decision at its read step.
 * @example
 * const room = openRoom(scenario, startWorkshop(scenario, { tables: 4 }));
 * room.cycles[0].step; // 'read'
 */
export function openRoom(scenario: Scenario, workshop: Workshop, options: OpenRoomOptions = {}): Room {
  const autostart = options.autostart === true;
  return { workshop, cycles: openDecisions(scenario, workshop, options).map((decision) => freshCycle(decision, workshop, autostart)), autostart };
}

/**
 * The cycle a table is deciding in, or undefined when the table has reached an ending.
 * @example
 * cycleOf(room, 2)?.step; // 'discuss'
 */
export function cycleOf(room: Room, table: number): DecisionCycle | undefined {
  return room.cycles.find((cycle) => cycle.tables.includes(table));
}

/** What the vote step waits for once the votes are in. */
export type VoteNeeds =
  /** Enter records it: the room follows `follows` (null: each table follows its own choice). */
  | { kind: 'confirm'; follows: string | null }
  /** The trainer presses one of `among` (choice numbers): to break a tie, or (trainer mode) to choose. */
  | { kind: 'pick'; among: number[]; why: 'tie' | 'trainer' };

/** Where the vote stands. */
export interface VoteStatus {
  /** The split so far, in choice order, with table names. */
  tally: VoteTally[];
  /** The names of the tables still to vote, in order; the first is next. */
  waiting: string[];
  /** Null until every table has voted. */
  needs: VoteNeeds | null;
}

/**
 * The split of a cycle's votes and what the vote step waits for.
 * @example
 * voteStatus(room.workshop, cycle).waiting[0]; // 'Health'
 */
export function voteStatus(workshop: Workshop, cycle: DecisionCycle): VoteStatus {
  const node = cycle.decision.view.node;
  const nameOf = (table: number) => workshop.tables[table] ?? `Table ${table + 1}`;
  const tally = node.kind === 'scene' ? tallyVotes(node.choices, cycle.votes, cycle.voters.map(nameOf)) : [];
  const waiting = cycle.tables.filter((table) => !cycle.voters.includes(table)).map(nameOf);
  if (waiting.length > 0 || node.kind !== 'scene') return { tally, waiting, needs: null };
  if (workshop.mode === 'independent') return { tally, waiting, needs: { kind: 'confirm', follows: null } };
  if (workshop.mode === 'trainer') return { tally, waiting, needs: { kind: 'pick', among: tally.map((entry) => entry.number), why: 'trainer' } };
  const leaders = leadingChoices(tally);
  if (leaders.length === 1) return { tally, waiting, needs: { kind: 'confirm', follows: leaders[0]! } };
  return { tally, waiting, needs: { kind: 'pick', among: tally.filter((entry) => leaders.includes(entry.choiceId)).map((entry) => entry.number), why: 'tie' } };
}

/** What one step back would do, so a screen can ask first when it discards votes. */
export type StepBack =
  | { kind: 'to-read' }
  | { kind: 'to-discuss'; discardsVotes: number }
  /** Takes back a recorded decision (number `decision`), its votes discarded, and returns to its vote. */
  | { kind: 'undo-decision'; decision: number }
  | { kind: 'none'; why: string };

/** The round a cycle steps back into from its read (the table's latest), or -1. */
function previousRound(room: Room, cycle: DecisionCycle): number {
  if (room.workshop.mode !== 'independent') return room.workshop.rounds.length - 1;
  const table = cycle.tables[0]!;
  for (let index = room.workshop.rounds.length - 1; index >= 0; index -= 1) if (room.workshop.rounds[index]!.tables.includes(table)) return index;
  return -1;
}

/** The latest round of a table that has finished (for stepping back from an ending), or -1. */
function lastRoundOfTable(workshop: Workshop, table: number): number {
  for (let index = workshop.rounds.length - 1; index >= 0; index -= 1) if (workshop.rounds[index]!.tables.includes(table)) return index;
  return -1;
}

/**
 * What {@link roomReducer}'s `back` would do for a table: reveal → take the
 * decision back; vote → discuss (discarding the votes entered); discuss →
 * read; read → take back the previous decision. A table that has reached
 * an ending steps back into its last decision.
 * @example
 * stepBackOf(room, 0); // { kind: 'undo-decision', decision: 3 }
 */
export function stepBackOf(room: Room, table: number): StepBack {
  const cycle = cycleOf(room, table);
  if (!cycle) {
    const last = room.workshop.mode === 'independent' ? lastRoundOfTable(room.workshop, table) : room.workshop.rounds.length - 1;
    return last < 0 ? { kind: 'none', why: 'Nothing has been decided yet.' } : { kind: 'undo-decision', decision: last + 1 };
  }
  switch (cycle.step) {
    case 'reveal':
      return { kind: 'undo-decision', decision: (cycle.revealed ?? 0) + 1 };
    case 'vote':
      return { kind: 'to-discuss', discardsVotes: cycle.votes.length };
    case 'discuss':
      return { kind: 'to-read' };
    case 'read': {
      const previous = previousRound(room, cycle);
      return previous < 0 ? { kind: 'none', why: 'This is the first decision: there is nothing to step back to.' } : { kind: 'undo-decision', decision: previous + 1 };
    }
  }
}

/**
 * The number of the decision a cycle's note belongs to: the decision shown
 * at its reveal, or the one it is taking. A decision not yet taken is
 * numbered above the rounds recorded; in independent mode each table has
 * its own such number (`rounds + 1 + table`), so two tables' notes in
 * progress never meet.
 * @example
 * noteNumber(room, 0); // 1 at the first decision
 */
export function noteNumber(room: Room, table: number): number {
  const cycle = cycleOf(room, table);
  if (cycle?.step === 'reveal' && cycle.revealed !== null) return cycle.revealed + 1;
  const lead = cycle?.tables[0] ?? table;
  return room.workshop.rounds.length + 1 + (room.workshop.mode === 'independent' ? lead : 0);
}

/**
 * How many decisions a table has taken before this one, plus one: "decision
 * 3" of that table (the room's count outside independent mode).
 * @example
 * tableDecisionNumber(room, 1); // 2
 */
export function tableDecisionNumber(room: Room, table: number): number {
  const cycle = cycleOf(room, table);
  const upTo = cycle?.step === 'reveal' && cycle.revealed !== null ? cycle.revealed : room.workshop.rounds.length;
  return room.workshop.rounds.slice(0, upTo).filter((round) => round.tables.includes(table)).length + 1;
}

/**
 * True when the change from `before` to `after` made a timer run out: the
 * moment for the shell to ring the bell, once.
 * @example
 * if (rang(before, after)) services.bell();
 */
export function rang(before: Room, after: Room): boolean {
  return after.cycles.some((cycle) => cycle.timer.bell && !before.cycles.some((old) => old.timer === cycle.timer));
}

/** The notes moved by `move` (old number → new number, or null to keep in place); two landing together are joined. */
function moveNotes(notes: Workshop['notes'], move: (decision: number) => number): Workshop['notes'] {
  const moved: Record<string, string> = {};
  for (const [key, text] of Object.entries(notes).sort(([a], [b]) => Number(a) - Number(b))) {
    const to = String(move(Number(key)));
    moved[to] = moved[to] === undefined ? text : `${moved[to]}\n\n${text}`;
  }
  return moved;
}

/** Notes after a round was appended for `table`: its note in progress joins the new round; other tables' notes in progress move up one. */
function notesAfterDecision(before: Workshop, table: number): Workshop['notes'] {
  const recorded = before.rounds.length;
  if (before.mode !== 'independent') return before.notes;
  return moveNotes(before.notes, (number) => {
    if (number <= recorded) return number;
    const owner = number - recorded - 1;
    return owner === table ? recorded + 1 : number + 1;
  });
}

/** Notes after round `index` (taken by `table`) was removed: its note becomes the table's note in progress again, later ones move down. */
function notesAfterUndo(before: Workshop, index: number, table: number): Workshop['notes'] {
  const recorded = before.rounds.length;
  const independent = before.mode === 'independent';
  // With one round fewer, a note in progress of table `owner` sits at (rounds - 1) + 1 + owner.
  const pendingOf = (owner: number) => recorded + (independent ? owner : 0);
  return moveNotes(before.notes, (number) => {
    if (number <= index) return number;
    if (number === index + 1) return pendingOf(table);
    if (number <= recorded) return number - 1;
    const owner = independent ? number - recorded - 1 : 0;
    return pendingOf(owner);
  });
}

function need(room: Room, table: number, step?: CycleStep): DecisionCycle {
  const cycle = cycleOf(room, table);
  const name = room.workshop.tables[table] ?? `Table ${table + 1}`;
  if (!cycle) throw new WorkshopError('nothing-to-decide', `${name} has reached an ending.`, 'Choose a table that is still playing, or show the debrief.');
  if (step && cycle.step !== step) {
    throw new WorkshopError('bad-setup', `${room.workshop.mode === 'independent' ? `${name} is` : 'The room is'} at the ${cycle.step} step, not the ${step} step.`, 'Go on one step at a time.');
  }
  return cycle;
}

function replaceCycle(room: Room, old: DecisionCycle, next: DecisionCycle | DecisionCycle[], workshop = room.workshop): Room {
  const cycles = room.cycles.flatMap((cycle) => (cycle === old ? next : [cycle]));
  return { ...room, workshop, cycles: [...cycles].sort((a, b) => a.tables[0]! - b.tables[0]!) };
}

/**
 * The choice of each table voting, in the cycle's table order. A table
 * without one (only while votes are still coming) is left out.
 * @example
 * votesInTableOrder(cycle); // ['phone-today', 'wait', 'phone-today']
 */
export function votesInTableOrder(cycle: Pick<DecisionCycle, 'tables' | 'votes' | 'voters'>): string[] {
  return cycle.tables.flatMap((table) => {
    const at = cycle.voters.indexOf(table);
    return at < 0 ? [] : [cycle.votes[at]!];
  });
}

/** A cycle with its votes taken back, and the workshop without their saved ballots. */
function withoutVotes(room: Room, cycle: DecisionCycle): { cycle: DecisionCycle; workshop: Workshop } {
  return { cycle: { ...cycle, votes: [], voters: [] }, workshop: withoutBallots(room.workshop, cycle.tables) };
}

/** Records a decision for a cycle and shows its reveal. */
function record(scenario: Scenario, room: Room, cycle: DecisionCycle, trainerPick: number | undefined, options: RunnerOptions): Room {
  const independent = room.workshop.mode === 'independent';
  // The ballots go as the round that holds their votes comes in.
  const decided = decideRound(scenario, withoutBallots(room.workshop, cycle.tables), votesInTableOrder(cycle), {
    ...options,
    ...(independent ? { table: cycle.tables[0]! } : {}),
    ...(trainerPick === undefined ? {} : { trainerPick: String(trainerPick) }),
    discussedMs: cycle.timer.usedMs,
  });
  const workshop = { ...decided, notes: notesAfterDecision(room.workshop, cycle.tables[0]!) };
  return replaceCycle(room, cycle, { ...cycle, step: 'reveal', revealed: workshop.rounds.length - 1, timer: discussionTimerReducer(cycle.timer, { type: 'end' }) }, workshop);
}

/** The cycles for `tables` (their open decisions now), at the read step. */
function openFor(scenario: Scenario, room: Room, workshop: Workshop, tables: readonly number[], options: RunnerOptions): DecisionCycle[] {
  return openDecisions(scenario, workshop, options)
    .filter((decision) => decision.tables.some((table) => tables.includes(table)))
    .map((decision) => freshCycle(decision, workshop, room.autostart));
}

/** Takes back round `index` and returns its tables to that decision's vote, votes discarded. */
function undo(scenario: Scenario, room: Room, index: number, table: number, options: RunnerOptions): Room {
  const independent = room.workshop.mode === 'independent';
  const round = room.workshop.rounds[index];
  if (!round) throw new WorkshopError('nothing-to-decide', 'Nothing has been decided yet.', 'Step back only after a decision.');
  const without = independent ? undoTableRound(room.workshop, table) : undoRound(room.workshop);
  const workshop = { ...without, notes: notesAfterUndo(room.workshop, index, independent ? table : 0) };
  const affected = independent ? [table] : workshop.tables.map((_, at) => at);
  const reopened = openFor(scenario, room, workshop, affected, options).map((cycle): DecisionCycle => ({
    ...cycle,
    step: cycle.decision.kind === 'continue' ? 'read' : 'vote',
    // The discussion already happened: its time is kept, so the record still shows it.
    timer: { ...discussionTimerReducer(cycle.timer, { type: 'end' }), usedMs: round.discussedMs ?? 0 },
  }));
  const kept = room.cycles.filter((cycle) => !cycle.tables.some((at) => affected.includes(at)));
  return { ...room, workshop, cycles: [...kept, ...reopened].sort((a, b) => a.tables[0]! - b.tables[0]!) };
}

/** A table's vote from its phone; see the `ballot` action. */
function castBallot(room: Room, action: Extract<RoomAction, { type: 'ballot' }>): Room {
  const name = room.workshop.tables[action.table] ?? `Table ${action.table + 1}`;
  const cycle = cycleOf(room, action.table);
  const decision = nextDecisionOf(room.workshop, action.table);
  if (action.decision !== decision) {
    throw new WorkshopError('stale-decision', `That vote was for ${name}'s decision ${action.decision}; the table is at decision ${decision}.`, 'Vote again on the choices shown now.');
  }
  if (!cycle || cycle.step !== 'vote') throw new WorkshopError('not-voting', 'The vote is not open.', 'Wait for the trainer to open the vote.');
  const node = cycle.decision.view.node;
  const choice = node.kind === 'scene' ? node.choices.find((entry) => entry.id === action.choiceId) : undefined;
  if (node.kind !== 'scene' || !choice) throw new WorkshopError('bad-vote', `"${action.choiceId}" is not a choice in this scene.`, 'Choose one of the choices shown.');
  const saved = (room.workshop.ballots ?? []).find((ballot) => ballot.table === action.table && ballot.decision === decision);
  // Sent again after a reconnect: already counted. An earlier vote arriving late: the newer one stands.
  if (saved?.ballot === action.ballot && saved.choiceId === choice.id) return room;
  if (saved?.replaced?.includes(action.ballot)) return room;
  const workshop = withBallot(room.workshop, { table: action.table, decision, sceneId: node.id, choiceId: choice.id, ballot: action.ballot });
  const at = cycle.voters.indexOf(action.table);
  const votes = at < 0 ? [...cycle.votes, choice.id] : cycle.votes.map((vote, index) => (index === at ? choice.id : vote));
  const voters = at < 0 ? [...cycle.voters, action.table] : cycle.voters;
  return replaceCycle(room, cycle, { ...cycle, votes, voters }, workshop);
}

/**
 * The room reducer.
 * @throws {WorkshopError} when the move is not possible now (the message says why, the hint what to do).
 * @example
 * room = roomReducer(scenario, room, { type: 'discuss', table: 0 });
 * room = roomReducer(scenario, room, { type: 'timer', table: 0, action: { type: 'resume' } });
 */
export function roomReducer(scenario: Scenario, room: Room, action: RoomAction, options: RunnerOptions = {}): Room {
  switch (action.type) {
    case 'tick': {
      if (!room.cycles.some((cycle) => cycle.step === 'discuss' && cycle.timer.running)) return room;
      const cycles = room.cycles.map((cycle) =>
        cycle.step === 'discuss' && cycle.timer.running ? { ...cycle, timer: discussionTimerReducer(cycle.timer, { type: 'tick', elapsedMs: action.elapsedMs }) } : cycle,
      );
      return { ...room, cycles };
    }
    case 'discuss': {
      const cycle = need(room, action.table, 'read');
      if (cycle.decision.kind === 'continue') return record(scenario, room, cycle, undefined, options);
      return replaceCycle(room, cycle, { ...cycle, step: 'discuss' });
    }
    case 'timer': {
      const cycle = need(room, action.table, 'discuss');
      const timer = discussionTimerReducer(cycle.timer, action.action);
      return timer === cycle.timer ? room : replaceCycle(room, cycle, { ...cycle, timer });
    }
    case 'vote': {
      const cycle = need(room, action.table, 'discuss');
      const cleared = withoutVotes(room, cycle);
      return replaceCycle(room, cycle, { ...cleared.cycle, step: 'vote', timer: discussionTimerReducer(cycle.timer, { type: 'end' }) }, cleared.workshop);
    }
    case 'cast': {
      const cycle = need(room, action.table, 'vote');
      const node = cycle.decision.view.node;
      if (node.kind !== 'scene') return room;
      const status = voteStatus(room.workshop, cycle);
      if (status.waiting.length === 0) throw new WorkshopError('bad-vote', 'Every table has voted.', 'Record the decision, or take back a vote with Backspace.');
      const choice = node.choices.find((entry) => entry.number === action.number);
      if (!choice) throw new WorkshopError('bad-vote', `There is no choice ${action.number}.`, `Press 1 to ${node.choices.length}.`);
      // The trainer keys the votes of the tables still to vote, in table order.
      const voter = cycle.tables.find((table) => !cycle.voters.includes(table))!;
      const workshop = withBallot(room.workshop, { table: voter, decision: nextDecisionOf(room.workshop, voter), sceneId: node.id, choiceId: choice.id, ballot: null });
      return replaceCycle(room, cycle, { ...cycle, votes: [...cycle.votes, choice.id], voters: [...cycle.voters, voter] }, workshop);
    }
    case 'uncast': {
      const cycle = need(room, action.table, 'vote');
      if (cycle.votes.length === 0) throw new WorkshopError('bad-vote', 'No vote has been entered yet.', 'Enter each table’s choice by its number.');
      const voter = cycle.voters.at(-1)!;
      return replaceCycle(room, cycle, { ...cycle, votes: cycle.votes.slice(0, -1), voters: cycle.voters.slice(0, -1) }, withoutBallots(room.workshop, [voter]));
    }
    case 'ballot':
      return castBallot(room, action);
    case 'seat':
      return { ...room, workshop: takeSeat(room.workshop, action.table, action.token) };
    case 'free-seat':
      return { ...room, workshop: freeSeat(room.workshop, action.table) };
    case 'decide': {
      const cycle = need(room, action.table, 'vote');
      const status = voteStatus(room.workshop, cycle);
      if (!status.needs) throw new WorkshopError('bad-vote', `Still to vote: ${status.waiting.join(', ')}.`, 'Enter each table’s choice by its number.');
      if (status.needs.kind === 'pick') {
        if (action.trainerPick === undefined || !status.needs.among.includes(action.trainerPick)) {
          const among = status.needs.among.join(' or ');
          throw new WorkshopError(status.needs.why === 'tie' ? 'tie' : 'trainer-pick', status.needs.why === 'tie' ? `The vote is tied: the trainer chooses ${among}.` : `The trainer chooses the room’s path: ${among}.`, `Press ${among}.`);
        }
        return record(scenario, room, cycle, action.trainerPick, options);
      }
      return record(scenario, room, cycle, undefined, options);
    }
    case 'next': {
      const cycle = need(room, action.table, 'reveal');
      return replaceCycle(room, cycle, openFor(scenario, room, room.workshop, cycle.tables, options));
    }
    case 'back': {
      const back = stepBackOf(room, action.table);
      const cycle = cycleOf(room, action.table);
      switch (back.kind) {
        case 'none':
          throw new WorkshopError('nothing-to-decide', back.why, 'Go on with the decision in front of the room.');
        case 'to-read':
          return replaceCycle(room, cycle!, { ...cycle!, step: 'read' });
        case 'to-discuss':
        {
          const cleared = withoutVotes(room, cycle!);
          return replaceCycle(room, cycle!, { ...cleared.cycle, step: 'discuss', timer: discussionTimerReducer(cycle!.timer, { type: 'reopen' }) }, cleared.workshop);
        }
        case 'undo-decision':
          return undo(scenario, room, back.decision - 1, cycle?.tables[0] ?? action.table, options);
      }
      return room;
    }
    case 'note': {
      const workshop = setNote(room.workshop, noteNumber(room, action.table), action.text);
      return { ...room, workshop };
    }
    case 'rename':
      return { ...room, workshop: renameTable(room.workshop, action.table, action.name) };
  }
}
