/**
 * The solo player's screen state as a pure reducer: which screen is up,
 * where the highlight is, how far the narrative is scrolled, what is being
 * typed. Moves in the scenario go through the engine's runner (pure too);
 * saving and exporting are done by the app shell after each change.
 */
import { choose, continueSession, RunnerError, type Scenario, type Session, type SessionView, startSession, stepBack, viewSession, writeResponse } from '../../../engine/index.js';

/** A scenario offered on the start menu. */
export interface MenuScenario {
  file: string;
  scenario: Scenario;
}

/** A saved session or workshop offered on the start menu. */
export interface MenuSaved {
  path: string;
  /** A solo session resumes here; a workshop is handed to the workshop command. */
  mode: 'solo' | 'workshop';
  /** The scenario's id and file, as the session file names them (a workshop is resumed against them). */
  scenarioId: string;
  scenarioFile: string;
  title: string;
  progress: string;
  /** Wall-clock time of the last save (ISO); the menu shows it in London time. */
  savedAt: string;
  /** Played to an ending: offered to look back on, archive or delete, listed after the scenarios. */
  finished: boolean;
}

/** An entry of the start menu: saved sessions and workshops first, then scenarios. */
export type MenuEntry = { kind: 'saved'; saved: MenuSaved } | { kind: 'scenario'; item: MenuScenario };

/** A session being played. */
export interface Playing {
  scenario: Scenario;
  file: string;
  session: Session;
  /** Where it is saved. */
  path: string;
  /** Wall-clock start (ISO). */
  startedAt: string;
}

/** Something the learner can activate in a scene: a prompt to write, a choice, or Continue. */
export type SceneAction =
  | { kind: 'write'; promptId: string; label: string }
  | { kind: 'choice'; choiceId: string; number: number; label: string }
  | { kind: 'continue'; label: string };

/**
 * A question asked before something that cannot be taken back on one key:
 * archiving or deleting a saved session, or starting a finished scenario
 * again (in a new file).
 */
export type SoloConfirm = { kind: 'archive' | 'delete'; saved: MenuSaved } | { kind: 'play-again' };

/** The reflection or record being typed. */
export interface Editing {
  promptId: string;
  label: string;
  text: string;
  /** The session before typing began: saving writes the text onto it, cancelling goes back to it. */
  before: Session;
  /** The text last saved as a draft (what the prompt held when typing began, until a draft is saved). */
  drafted: string;
}

/** The whole screen state. */
export interface SoloState {
  screen: 'menu' | 'scene' | 'feedback' | 'debrief';
  menu: MenuEntry[];
  menuCursor: number;
  playing: Playing | null;
  cursor: number;
  scroll: number;
  /** The reflection or record being typed. */
  editing: Editing | null;
  overlay: 'help' | 'quit' | null;
  /** The question open over the screen, if any. */
  confirm: SoloConfirm | null;
  /** A one-line message (saved, exported, an error with its hint). */
  notice: string | null;
}

/** Everything that changes the state. */
export type SoloAction =
  | { type: 'menu.move'; by: number }
  | { type: 'open'; playing: Playing; notice?: string }
  | { type: 'cursor.move'; by: number }
  | { type: 'scroll'; by: number; max: number }
  | { type: 'activate'; index?: number; recordedAt: string }
  | { type: 'choose.number'; number: number; recordedAt: string }
  | { type: 'feedback.done' }
  | { type: 'back' }
  | { type: 'menu' }
  | { type: 'menu.remove'; path: string; notice: string }
  | { type: 'confirm'; confirm: SoloConfirm | null; notice?: string }
  | { type: 'edit.input'; text: string }
  | { type: 'edit.backspace' }
  | { type: 'edit.draft'; recordedAt: string }
  | { type: 'edit.save'; recordedAt: string }
  | { type: 'edit.cancel' }
  | { type: 'overlay'; overlay: SoloState['overlay'] }
  | { type: 'notice'; notice: string | null };

/** The state the app starts in. */
export function initialSoloState(menu: MenuEntry[], playing: Playing | null = null, notice: string | null = null): SoloState {
  const base: SoloState = { screen: 'menu', menu, menuCursor: 0, playing: null, cursor: 0, scroll: 0, editing: null, overlay: null, confirm: null, notice };
  return playing ? soloReducer(base, { type: 'open', playing, ...(notice ? { notice } : {}) }) : base;
}

/** The view of the session being played. */
export function currentView(state: SoloState): SessionView | null {
  return state.playing ? viewSession(state.playing.scenario, state.playing.session) : null;
}

/**
 * The actions of the current scene, in the order shown: prompts to write,
 * then numbered choices (or Continue).
 * @example
 * sceneActions(view).map((action) => action.label);
 */
export function sceneActions(view: SessionView): SceneAction[] {
  if (view.node.kind !== 'scene') return [];
  const prompts: SceneAction[] = view.node.prompts.map((prompt) => ({
    kind: 'write',
    promptId: prompt.id,
    label: `${prompt.text ? 'Edit' : 'Write'} ${prompt.kind === 'record' ? 'your record' : `a reflection (${prompt.phase ?? 'any time'})`}`,
  }));
  const ways: SceneAction[] = view.node.canContinue
    ? [{ kind: 'continue', label: 'Continue' }]
    : view.node.choices.map((choice) => ({ kind: 'choice', choiceId: choice.id, number: choice.number, label: choice.label }));
  return [...prompts, ...ways];
}

function screenFor(view: SessionView): SoloState['screen'] {
  return view.finished ? 'debrief' : 'scene';
}

function withSession(state: SoloState, session: Session, screen: SoloState['screen']): SoloState {
  if (!state.playing) return state;
  return { ...state, playing: { ...state.playing, session }, screen, cursor: 0, scroll: 0, editing: null, notice: null };
}

function describe(error: unknown): string {
  if (error instanceof RunnerError) return `${error.message} ${error.hint}`;
  return error instanceof Error ? error.message : String(error);
}

function activate(state: SoloState, action: SceneAction | undefined, recordedAt: string): SoloState {
  const playing = state.playing;
  if (!playing || !action) return state;
  try {
    if (action.kind === 'write') {
      const view = viewSession(playing.scenario, playing.session);
      const prompt = view.node.kind === 'scene' ? view.node.prompts.find((entry) => entry.id === action.promptId) : undefined;
      const text = prompt?.text ?? '';
      return { ...state, editing: { promptId: action.promptId, label: action.label, text, before: playing.session, drafted: text } };
    }
    if (action.kind === 'continue') {
      const session = continueSession(playing.scenario, playing.session, { recordedAt });
      return withSession(state, session, screenFor(viewSession(playing.scenario, session)));
    }
    const session = choose(playing.scenario, playing.session, action.choiceId, { recordedAt });
    return withSession(state, session, 'feedback');
  } catch (error) {
    return { ...state, notice: describe(error) };
  }
}

/** The reducer. */
export function soloReducer(state: SoloState, action: SoloAction): SoloState {
  const view = state.screen === 'menu' ? null : currentView(state);
  switch (action.type) {
    case 'menu.move': {
      const count = state.menu.length;
      if (count === 0) return state;
      return { ...state, menuCursor: (state.menuCursor + action.by + count) % count };
    }
    case 'open': {
      const opened = { ...state, playing: action.playing, cursor: 0, scroll: 0, editing: null, overlay: null, confirm: null, notice: action.notice ?? null };
      return { ...opened, screen: screenFor(viewSession(action.playing.scenario, action.playing.session)) };
    }
    case 'cursor.move': {
      const count = view ? sceneActions(view).length : 0;
      if (count === 0) return state;
      return { ...state, cursor: (state.cursor + action.by + count) % count };
    }
    case 'scroll':
      return { ...state, scroll: Math.max(0, Math.min(action.max, state.scroll + action.by)) };
    case 'activate':
      return view ? activate(state, sceneActions(view)[action.index ?? state.cursor], action.recordedAt) : state;
    case 'choose.number':
      return view ? activate(state, sceneActions(view).find((entry) => entry.kind === 'choice' && entry.number === action.number), action.recordedAt) : state;
    case 'feedback.done':
      return view ? { ...state, screen: screenFor(view), cursor: 0, scroll: 0 } : state;
    case 'back': {
      if (!state.playing || !view?.canStepBack) return { ...state, notice: 'Nothing to step back to: this is the start of the scenario.' };
      const session = stepBack(state.playing.session);
      const stepped = withSession(state, session, 'scene');
      return { ...stepped, notice: 'Stepped back one move.' };
    }
    case 'menu':
      return { ...state, screen: 'menu', playing: null, overlay: null, confirm: null, editing: null, notice: null };
    case 'menu.remove': {
      const menu = state.menu.filter((entry) => entry.kind !== 'saved' || entry.saved.path !== action.path);
      return { ...state, menu, menuCursor: Math.max(0, Math.min(state.menuCursor, menu.length - 1)), confirm: null, notice: action.notice };
    }
    case 'confirm':
      return { ...state, confirm: action.confirm, ...(action.notice === undefined ? {} : { notice: action.notice }) };
    case 'edit.input':
      return state.editing ? { ...state, editing: { ...state.editing, text: state.editing.text + action.text.replace(/[\r\n]/g, ' ') } } : state;
    case 'edit.backspace':
      return state.editing ? { ...state, editing: { ...state.editing, text: state.editing.text.slice(0, -1) } } : state;
    case 'edit.draft': {
      // The text so far, written onto the session as it was before typing began: one write however many drafts, so the file holds it if the app is killed.
      const { editing, playing } = state;
      if (!editing || !playing || editing.text === editing.drafted) return state;
      try {
        // Text wiped out while retyping is no decision yet: the file keeps what the prompt held before.
        const session = editing.text.trim() === '' ? editing.before : writeResponse(playing.scenario, editing.before, editing.promptId, editing.text, { recordedAt: action.recordedAt });
        return { ...state, playing: { ...playing, session }, editing: { ...editing, drafted: editing.text } };
      } catch {
        // A draft the runner refuses is simply not kept; Enter says why.
        return state;
      }
    }
    case 'edit.cancel':
      // Back to the session as it was before typing began, drafts and all.
      return { ...state, playing: state.editing && state.playing ? { ...state.playing, session: state.editing.before } : state.playing, editing: null, notice: 'Not saved.' };
    case 'edit.save': {
      if (!state.editing || !state.playing) return state;
      try {
        const session = writeResponse(state.playing.scenario, state.editing.before, state.editing.promptId, state.editing.text.trim(), { recordedAt: action.recordedAt });
        return { ...state, playing: { ...state.playing, session }, editing: null, notice: 'Saved your text.' };
      } catch (error) {
        return { ...state, notice: describe(error) };
      }
    }
    case 'overlay':
      return { ...state, overlay: action.overlay };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** A new session of a scenario, ready to open, its choices shuffled by `seed` (the file's order without one). */
export function newPlaying(item: MenuScenario, path: string, startedAt: string, seed?: string): Playing {
  return { scenario: item.scenario, file: item.file, session: startSession(item.scenario, seed === undefined ? {} : { seed }), path, startedAt };
}
