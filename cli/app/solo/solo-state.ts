/**
 * The solo player's screen state as a pure reducer: which screen is up,
 * where the highlight is, how far the narrative is scrolled, what is being
 * typed. Moves in the scenario go through the engine's runner (pure too);
 * saving and exporting are done by the app shell after each change.
 */
import { choose, continueSession, restartSession, RunnerError, type Scenario, type Session, type SessionView, startSession, stepBack, viewSession, writeResponse } from '../../../engine/index.js';

/** A scenario offered on the start menu. */
export interface MenuScenario {
  file: string;
  scenario: Scenario;
}

/** A saved session offered on the start menu. */
export interface MenuSaved {
  path: string;
  title: string;
  progress: string;
  savedAt: string;
}

/** An entry of the start menu: saved sessions first, then scenarios. */
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

/** The whole screen state. */
export interface SoloState {
  screen: 'menu' | 'scene' | 'feedback' | 'debrief';
  menu: MenuEntry[];
  menuCursor: number;
  playing: Playing | null;
  cursor: number;
  scroll: number;
  /** The reflection or record being typed. */
  editing: { promptId: string; label: string; text: string } | null;
  overlay: 'help' | 'quit' | null;
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
  | { type: 'restart' }
  | { type: 'menu' }
  | { type: 'edit.input'; text: string }
  | { type: 'edit.backspace' }
  | { type: 'edit.save'; recordedAt: string }
  | { type: 'edit.cancel' }
  | { type: 'overlay'; overlay: SoloState['overlay'] }
  | { type: 'notice'; notice: string | null };

/** The state the app starts in. */
export function initialSoloState(menu: MenuEntry[], playing: Playing | null = null, notice: string | null = null): SoloState {
  const base: SoloState = { screen: 'menu', menu, menuCursor: 0, playing: null, cursor: 0, scroll: 0, editing: null, overlay: null, notice };
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
      return { ...state, editing: { promptId: action.promptId, label: action.label, text: prompt?.text ?? '' } };
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
      const opened = { ...state, playing: action.playing, cursor: 0, scroll: 0, editing: null, overlay: null, notice: action.notice ?? null };
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
    case 'restart':
      if (!state.playing) return state;
      return { ...withSession(state, restartSession(state.playing.session), 'scene'), notice: 'Started the scenario again from the beginning.' };
    case 'menu':
      return { ...state, screen: 'menu', playing: null, overlay: null, editing: null, notice: null };
    case 'edit.input':
      return state.editing ? { ...state, editing: { ...state.editing, text: state.editing.text + action.text.replace(/[\r\n]/g, ' ') } } : state;
    case 'edit.backspace':
      return state.editing ? { ...state, editing: { ...state.editing, text: state.editing.text.slice(0, -1) } } : state;
    case 'edit.cancel':
      return { ...state, editing: null, notice: 'Not saved.' };
    case 'edit.save': {
      if (!state.editing || !state.playing) return state;
      try {
        const session = writeResponse(state.playing.scenario, state.playing.session, state.editing.promptId, state.editing.text.trim(), { recordedAt: action.recordedAt });
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

/** A new session of a scenario, ready to open. */
export function newPlaying(item: MenuScenario, path: string, startedAt: string): Playing {
  return { scenario: item.scenario, file: item.file, session: startSession(item.scenario), path, startedAt };
}
