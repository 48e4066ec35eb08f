/**
 * The workshop screen's state as a pure reducer: discussion (choices shown
 * large, timer running), entering each table's choice, the split, and the
 * comparison debrief. Decisions go through the engine's workshop module.
 */
import { currentDecision, decideRound, leadingChoices, type Scenario, tallyVotes, undoRound, type VoteTally, type Workshop, type WorkshopDecision, WorkshopError } from '../../../engine/index.js';
import { startTimer, timerReducer, type TimerAction, type TimerState } from './timer-state.js';

/** The workshop screen state. */
export interface WorkshopUiState {
  scenario: Scenario;
  workshop: Workshop;
  phase: 'discuss' | 'entry' | 'split' | 'debrief';
  timer: TimerState;
  /** Choice ids entered so far for the current decision, one per table in order. */
  votes: string[];
  overlay: 'help' | 'quit' | null;
  notice: string | null;
}

/** What changes it. */
export type WorkshopUiAction =
  | { type: 'timer'; action: TimerAction }
  | { type: 'discuss.done' }
  | { type: 'vote'; number: number }
  | { type: 'vote.undo' }
  | { type: 'confirm' }
  | { type: 'pick'; number: number }
  | { type: 'back' }
  | { type: 'overlay'; overlay: WorkshopUiState['overlay'] }
  | { type: 'notice'; notice: string | null };

/** The decision in front of the room, or null at the end. */
export function decisionOf(state: Pick<WorkshopUiState, 'scenario' | 'workshop'>): WorkshopDecision | null {
  return currentDecision(state.scenario, state.workshop);
}

/** The split of the votes entered so far. */
export function splitOf(state: WorkshopUiState, decision: WorkshopDecision): VoteTally[] {
  if (decision.view.node.kind !== 'scene') return [];
  const names = decision.tables.map((table) => state.workshop.tables[table] ?? `Table ${table + 1}`);
  return tallyVotes(decision.view.node.choices, state.votes, names);
}

/** What the split screen waits for: Enter, or the trainer's number. */
export function splitNeeds(state: WorkshopUiState, decision: WorkshopDecision): { kind: 'confirm'; follows: string | null } | { kind: 'pick'; among: number[]; why: 'tie' | 'trainer' } {
  const tally = splitOf(state, decision);
  if (state.workshop.mode === 'independent') return { kind: 'confirm', follows: null };
  if (state.workshop.mode === 'trainer') return { kind: 'pick', among: tally.map((entry) => entry.number), why: 'trainer' };
  const leaders = leadingChoices(tally);
  if (leaders.length === 1) return { kind: 'confirm', follows: leaders[0]! };
  return { kind: 'pick', among: tally.filter((entry) => leaders.includes(entry.choiceId)).map((entry) => entry.number), why: 'tie' };
}

/** The state at the start (or on resume): the next decision's discussion, or the debrief. */
export function initialWorkshopState(scenario: Scenario, workshop: Workshop, notice: string | null = null): WorkshopUiState {
  return nextDecision({ scenario, workshop, phase: 'discuss', timer: startTimer(workshop.minutes), votes: [], overlay: null, notice });
}

function nextDecision(state: WorkshopUiState): WorkshopUiState {
  const decision = decisionOf(state);
  return { ...state, phase: decision ? 'discuss' : 'debrief', timer: startTimer(state.workshop.minutes), votes: [] };
}

function decide(state: WorkshopUiState, trainerPick?: number): WorkshopUiState {
  try {
    const workshop = decideRound(state.scenario, state.workshop, state.votes, trainerPick === undefined ? {} : { trainerPick: String(trainerPick) });
    return nextDecision({ ...state, workshop, notice: null });
  } catch (error) {
    return { ...state, notice: error instanceof WorkshopError ? `${error.message} ${error.hint}` : String(error) };
  }
}

/**
 * The reducer.
 * @example
 * workshopReducer(state, { type: 'vote', number: 2 });
 */
export function workshopReducer(state: WorkshopUiState, action: WorkshopUiAction): WorkshopUiState {
  switch (action.type) {
    case 'timer':
      return state.phase === 'discuss' ? { ...state, timer: timerReducer(state.timer, action.action) } : state;
    case 'discuss.done': {
      if (state.phase !== 'discuss') return state;
      const decision = decisionOf(state);
      if (!decision) return { ...state, phase: 'debrief' };
      if (decision.kind === 'continue') return decide(state);
      return { ...state, phase: 'entry', votes: [], timer: timerReducer(state.timer, { type: 'skip' }) };
    }
    case 'vote': {
      const decision = decisionOf(state);
      if (state.phase !== 'entry' || !decision || decision.view.node.kind !== 'scene') return state;
      const choice = decision.view.node.choices.find((entry) => entry.number === action.number);
      if (!choice) return { ...state, notice: `There is no choice ${action.number}: press 1 to ${decision.view.node.choices.length}.` };
      const votes = [...state.votes, choice.id];
      return { ...state, votes, notice: null, phase: votes.length >= decision.tables.length ? 'split' : 'entry' };
    }
    case 'vote.undo':
      if (state.phase === 'split' || state.phase === 'entry') {
        if (state.votes.length === 0) return { ...state, phase: 'discuss' };
        return { ...state, votes: state.votes.slice(0, -1), phase: 'entry' };
      }
      return state;
    case 'confirm': {
      const decision = decisionOf(state);
      if (state.phase !== 'split' || !decision) return state;
      const needs = splitNeeds(state, decision);
      if (needs.kind !== 'confirm') return { ...state, notice: needs.why === 'tie' ? `Tied: the trainer presses ${needs.among.join(' or ')}.` : 'Trainer: press the number of the choice the room follows.' };
      return decide(state);
    }
    case 'pick': {
      const decision = decisionOf(state);
      if (state.phase !== 'split' || !decision) return state;
      const needs = splitNeeds(state, decision);
      if (needs.kind !== 'pick' || !needs.among.includes(action.number)) return state;
      return decide(state, action.number);
    }
    case 'back':
      if (state.workshop.rounds.length === 0) return { ...state, notice: 'This is the first decision: nothing to step back to.' };
      return nextDecision({ ...state, workshop: undoRound(state.workshop), notice: 'Stepped back to the previous decision.' });
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}
