/**
 * The solo player: start menu, scenes with choices, feedback, reflections
 * typed in place, and the debrief. A view over `soloReducer`; every change
 * to the session is saved through `services.save` as it happens, before the
 * screen shows it, and a reflection being typed is saved as a draft at most
 * a second after each key. Every screen is sized to the terminal, so the
 * header never scrolls off.
 */
import { Box, useApp } from 'ink';
import { Text } from '../components/Text.js';
import { useEffect, useMemo, useRef } from 'react';
import { buildDebrief, debriefToMarkdown, formatLondonIso, scenarioProtocol, type SessionView, topicLabel, viewSession } from '../../../engine/index.js';
import { ActionList, listHeight, type ListItem } from '../components/ActionList.js';
import { footerRows } from '../components/Footer.js';
import { noticeRows, ScreenFrame } from '../components/ScreenFrame.js';
import { StatusBar, statusBarHeight } from '../components/StatusBar.js';
import { StyledLines } from '../components/StyledLines.js';
import { TextInput, textInputRows } from '../components/TextInput.js';
import type { KeyHint } from '../key-table.js';
import type { Theme } from '../theme.js';
import { useSavedReducer } from '../use-saved-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { wrapText } from '../../terminal/index.js';
import { debriefLines } from './debrief-lines.js';
import { soloResumeCommand } from './resume-command.js';
import type { TidyResult } from './saved-session-files.js';
import { feedbackLines, sceneLines } from './scene-lines.js';
import { currentView, newPlaying, sceneActions, soloReducer, type MenuSaved, type Playing, type SoloAction, type SoloConfirm, type SoloState } from './solo-state.js';
import { SOLO_HELP_KEYS, soloKeys } from './solo-key-table.js';
import { useSoloKeys } from './use-solo-keys.js';

/** A draft is saved at most this long after the key that changed it: a `kill -9` loses at most the last second typed. */
export const DRAFT_DELAY_MS = 1000;

/** The edges the solo app needs: clock, saving, loading, tidying and exporting. */
export interface SoloServices {
  now: () => Date;
  /** A seed for a new play-through's choice order (see cli/choice-seed.ts); left out, or giving undefined, the file's order. */
  newSeed?: () => string | undefined;
  /** Where a new session of this scenario is saved. */
  newSessionPath: (scenarioId: string, startedAt: Date) => string;
  /** Saves the session (atomically); returns an error message, or null. */
  save: (playing: Playing, view: SessionView) => string | null;
  /** Opens a saved session from the start menu. */
  openSaved: (path: string) => Promise<{ ok: true; playing: Playing; notice?: string } | { ok: false; message: string }>;
  /** Moves a saved session or workshop to the archive folder beside it, or deletes it (the learner has confirmed). */
  tidySaved: (saved: MenuSaved, how: 'archive' | 'delete') => TidyResult;
  /** Writes the debrief Markdown; returns the file written. */
  exportDebrief: (playing: Playing, markdown: string) => string;
  /** How long after a key a draft is saved; {@link DRAFT_DELAY_MS} when left out. */
  draftDelayMs?: number;
  /** How the user started the program, for the resume command (cli/invoked-as.ts); `common-ground` when left out. */
  invokedAs?: string;
}

/** How the app ended: the learner quit, or chose a saved workshop, which the workshop command resumes. */
export type SoloExit = { kind: 'quit' } | { kind: 'workshop'; saved: MenuSaved };

/** Props of {@link SoloApp}. */
export interface SoloAppProps {
  initial: SoloState;
  theme: Theme;
  services: SoloServices;
  /** Told how the app ended, just before it exits. */
  onExit?: (exit: SoloExit) => void;
}

const ABOUT = "Play a safeguarding disagreement through a partnership's professional resolutions process, stage by stage. Every move is saved as you go; quitting never loses your place.";

/** Rows the narrative keeps however small the terminal: the list of choices gives way first. */
const MIN_NARRATIVE = 3;

/**
 * The help for the screen: every key when it fits, else the keys of the
 * screen it was opened from (and without the introduction if need be).
 */
function helpFor(screenKeys: readonly KeyHint[], width: number, room: number) {
  const about = wrapText(ABOUT, width - 4).length;
  // The border, the title, the gaps and the closing line, then the words and the keys.
  const rowsWith = (keys: number, words: number) => 6 + words + keys;
  if (rowsWith(SOLO_HELP_KEYS.length, about) <= room) return { title: 'Common Ground: help', about: ABOUT, keys: SOLO_HELP_KEYS };
  return { title: 'Common Ground: help', about: rowsWith(screenKeys.length, about) <= room ? ABOUT : 'Every move is saved as you go.', keys: screenKeys };
}

/** The choices shown when not all fit in `room` rows: a run of them that holds the cursor. */
function visibleActions(items: readonly ListItem[], cursor: number, width: number, room: number): { start: number; shown: ListItem[] } {
  if (listHeight(items, width) <= room) return { start: 0, shown: [...items] };
  let start = Math.max(0, Math.min(cursor, items.length - 1));
  let end = start + 1;
  const height = (from: number, to: number) => listHeight(items.slice(from, to), width);
  // Grow after the cursor first, then before it, while the rows allow.
  while (end < items.length && height(start, end + 1) <= room) end += 1;
  while (start > 0 && height(start - 1, end) <= room) start -= 1;
  return { start, shown: items.slice(start, end) };
}

/** The solo player app. */
export function SoloApp({ initial, theme, services, onExit }: SoloAppProps) {
  // Every change of the session is saved as it happens (the first screen too), before it is drawn.
  const { state, dispatch, latest, unsaved } = useSavedReducer(soloReducer, initial, {
    needsSave: (previous, next) => next.playing !== null && next.playing.session !== previous?.playing?.session,
    save: (next) => (next.playing ? services.save(next.playing, viewSession(next.playing.scenario, next.playing.session)) : null),
  });
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const width = Math.max(40, Math.min(columns, 120)) - 2;
  const markers = !theme.color;
  const view = useMemo(() => currentView(state), [state.playing?.session, state.playing?.scenario]);

  // A reflection being typed is saved as a draft at most DRAFT_DELAY_MS after a key changed it (not reset by the next key, so steady typing is saved too).
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const editing = state.editing;
    if (!editing || editing.text === editing.drafted || draftTimer.current) return;
    draftTimer.current = setTimeout(() => {
      draftTimer.current = null;
      dispatch({ type: 'edit.draft', recordedAt: services.now().toISOString() });
    }, services.draftDelayMs ?? DRAFT_DELAY_MS);
  }, [state.editing?.text, state.editing?.drafted]);
  useEffect(
    () => () => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
    },
    [],
  );

  const lines = useMemo(() => {
    if (!state.playing || !view) return [];
    const options = { width: width - 2, markers };
    if (state.screen === 'feedback') return feedbackLines(state.playing.scenario, view, options);
    if (state.screen === 'debrief') return debriefLines(state.playing.scenario, buildDebrief(state.playing.scenario, state.playing.session), options);
    return sceneLines(state.playing.scenario, view, options);
  }, [view, state.screen, width, markers]);

  const actions = view && state.screen === 'scene' ? sceneActions(view) : [];
  const items: ListItem[] = actions.map((action) => ({ tag: action.kind === 'choice' ? `${action.number})` : action.kind === 'write' ? '✎' : '→', label: action.label }));
  const footerKeys = soloKeys(state);
  const footerHeight = footerRows(footerKeys, width + 2);
  const notice = unsaved ?? state.notice;
  const noticeHeight = noticeRows(notice, width);
  // Everything but the footer and the notice, one row spare so Ink never scrolls.
  const room = Math.max(1, rows - noticeHeight - footerHeight - 1);
  // The status bar, plus the rule under it.
  const statusHeight = state.screen === 'menu' || !view ? 0 : statusBarHeight(view, width) + 1;
  const spare = Math.max(1, room - statusHeight - MIN_NARRATIVE);
  const editRows = state.editing ? Math.max(1, Math.min(3, spare - 4)) : 0;
  const shownActions = state.screen === 'scene' && !state.editing ? visibleActions(items, state.cursor, width, spare) : { start: 0, shown: [] };
  const bottom = state.editing ? textInputRows(state.editing.text, width, editRows) : state.screen === 'scene' ? listHeight(shownActions.shown, width) : state.screen === 'feedback' ? 1 : 0;
  const narrativeHeight = Math.max(1, room - statusHeight - bottom);
  const maxScroll = Math.max(0, lines.length - narrativeHeight);
  const scroll = Math.min(state.scroll, maxScroll);

  const openMenuEntry = (state: SoloState): SoloAction | null => {
    const entry = state.menu[state.menuCursor];
    if (!entry) return null;
    if (entry.kind === 'scenario') {
      const startedAt = services.now();
      return { type: 'open', playing: newPlaying(entry.item, services.newSessionPath(entry.item.scenario.id, startedAt), startedAt.toISOString(), services.newSeed?.()) };
    }
    if (entry.saved.mode === 'workshop') {
      // The workshop command resumes it, once this app has left the screen.
      onExit?.({ kind: 'workshop', saved: entry.saved });
      exit();
      return null;
    }
    // Opening a saved session may need to parse its scenario: it finishes later.
    void services.openSaved(entry.saved.path).then((opened) =>
      dispatch(opened.ok ? { type: 'open', playing: opened.playing, ...(opened.notice ? { notice: opened.notice } : {}) } : { type: 'notice', notice: opened.message }),
    );
    return { type: 'notice', notice: 'Opening the saved session…' };
  };
  const exportDebrief = (state: SoloState): SoloAction | null => {
    if (!state.playing) return null;
    try {
      const file = services.exportDebrief(state.playing, debriefToMarkdown(buildDebrief(state.playing.scenario, state.playing.session)));
      return { type: 'notice', notice: `Debrief written to ${file}` };
    } catch (error) {
      return { type: 'notice', notice: `Could not write the debrief: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const confirm = (state: SoloState): SoloAction | null => {
    const asked = state.confirm;
    if (!asked) return null;
    if (asked.kind === 'play-again') {
      if (!state.playing) return { type: 'confirm', confirm: null };
      // A new file: the finished session stays as it is, reflections and all.
      const startedAt = services.now();
      const path = services.newSessionPath(state.playing.scenario.id, startedAt);
      const again = newPlaying({ file: state.playing.file, scenario: state.playing.scenario }, path, startedAt.toISOString(), services.newSeed?.());
      return { type: 'open', playing: again, notice: `Started again in a new session file, ${path}. Your finished session is kept as it was in ${state.playing.path}.` };
    }
    const done = services.tidySaved(asked.saved, asked.kind);
    return done.ok ? { type: 'menu.remove', path: asked.saved.path, notice: done.message } : { type: 'confirm', confirm: null, notice: done.message };
  };
  useSoloKeys(
    latest,
    dispatch,
    {
      openMenuEntry,
      exportDebrief,
      confirm,
      exit: () => {
        onExit?.({ kind: 'quit' });
        exit();
      },
      now: () => services.now().toISOString(),
    },
    { size: Math.max(1, narrativeHeight - 1), max: maxScroll },
  );

  let body;
  if (state.confirm) {
    body = <ConfirmAction confirm={state.confirm} playing={state.playing} theme={theme} width={width} />;
  } else if (state.screen === 'menu') {
    body = <StartMenu state={state} theme={theme} width={width} rows={room} />;
  } else {
    const heading = state.screen === 'feedback' ? 'Feedback' : state.screen === 'debrief' ? 'Debrief' : view?.node.kind === 'scene' ? `Scene · stage ${view.node.stage}` : '';
    const cutActions = state.screen === 'scene' && !state.editing && shownActions.shown.length < items.length ? '  more choices: ↑↓' : '';
    // Narrow screens drop the reminder of the keys, which the footer gives anyway.
    const scrollKeys = width >= 70 ? ', j/k to scroll' : '';
    body = (
      <Box flexDirection="column">
        {view ? <StatusBar view={view} theme={theme} width={width} /> : null}
        <Text color={theme.muted} wrap="truncate-end">
          {'─'.repeat(Math.max(0, Math.min(width, 20) - heading.length - 1))} {heading}
          {lines.length > narrativeHeight ? `  (lines ${scroll + 1}-${Math.min(lines.length, scroll + narrativeHeight)} of ${lines.length}${scrollKeys})` : ''}
          {cutActions}
        </Text>
        <Box height={narrativeHeight} flexDirection="column" paddingLeft={1}>
          <StyledLines lines={lines} theme={theme} offset={scroll} height={narrativeHeight} />
        </Box>
        {state.editing ? (
          <TextInput label={state.editing.label} value={state.editing.text} theme={theme} width={width} maxLines={editRows} />
        ) : state.screen === 'scene' ? (
          <ActionList items={shownActions.shown} cursor={state.cursor - shownActions.start} theme={theme} width={width} />
        ) : state.screen === 'feedback' ? (
          <Text bold color={theme.accent}>
            Press Enter to continue.
          </Text>
        ) : null}
      </Box>
    );
  }
  const help = helpFor(soloKeys({ ...state, overlay: null }), width, room);
  return (
    <ScreenFrame
      width={width}
      notice={notice}
      hints={footerKeys}
      theme={theme}
      overlay={state.overlay}
      help={help}
      savedTo={state.playing?.path}
      unsaved={unsaved}
      resumeCommand={state.playing ? soloResumeCommand(state.playing.path, services.invokedAs) : undefined}
    >
      {body}
    </ScreenFrame>
  );
}

/** The question asked before archiving, deleting or playing again. */
function ConfirmAction({ confirm, playing, theme, width }: { confirm: SoloConfirm; playing: Playing | null; theme: Theme; width: number }) {
  let title: string;
  let lines: string[];
  let yes: string;
  if (confirm.kind === 'play-again') {
    title = 'Play this scenario again?';
    lines = ['A new session starts in a new file. This finished session is kept as it is, with your reflections and records.', ...(playing ? [`It stays in ${playing.path}.`] : [])];
    yes = 'start again';
  } else if (confirm.kind === 'archive') {
    const what = confirm.saved.mode === 'workshop' ? 'workshop' : 'session';
    title = `Archive the ${what} “${confirm.saved.title}”?`;
    lines = [`It is moved to the archive folder beside it, not deleted, and leaves this menu.`, confirm.saved.path];
    yes = 'archive it';
  } else {
    const what = confirm.saved.mode === 'workshop' ? 'workshop' : 'session';
    title = `Delete the ${what} “${confirm.saved.title}”?`;
    lines = [`This cannot be undone: ${confirm.saved.path} is removed.`, `Type y to delete ${confirm.saved.title}.`];
    yes = 'delete it';
  }
  return (
    <Box flexDirection="column" borderStyle="double" borderColor={theme.warn} paddingX={1} width={width}>
      <Text bold>{title}</Text>
      {lines.map((line, index) => (
        <Text key={index}>{line}</Text>
      ))}
      <Text>
        <Text bold>y</Text> {yes} · <Text bold>n</Text> or <Text bold>Esc</Text> no
      </Text>
    </Box>
  );
}

/** A start-menu entry as the list shows it, with the section it belongs to. */
type MenuItem = ListItem & { section: string };

function menuItems(state: SoloState): MenuItem[] {
  return state.menu.map((entry) =>
    entry.kind === 'saved'
      ? entry.saved.finished
        ? { section: 'Finished (look back, a archive, d delete)', tag: entry.saved.mode === 'workshop' ? '▣' : '✓', label: entry.saved.title, detail: `${entry.saved.mode === 'workshop' ? 'workshop' : 'session'} · ${entry.saved.progress} · saved ${formatLondonIso(entry.saved.savedAt)}` }
        : entry.saved.mode === 'workshop'
        ? { section: 'Resume a workshop', tag: '▣', label: entry.saved.title, detail: `${entry.saved.progress} · saved ${formatLondonIso(entry.saved.savedAt)}` }
        : { section: 'Resume a saved session', tag: '↺', label: entry.saved.title, detail: `${entry.saved.progress} · saved ${formatLondonIso(entry.saved.savedAt)}` }
      : {
          section: 'Scenarios',
          tag: '',
          label: entry.item.scenario.frontmatter.title,
          // Minutes before topics: a narrow terminal cuts the end of the line.
          detail: `${scenarioProtocol(entry.item.scenario).routes[entry.item.scenario.frontmatter.audience]?.label ?? entry.item.scenario.frontmatter.audience} · about ${entry.item.scenario.frontmatter.estimatedMinutes} min · ${entry.item.scenario.frontmatter.topics.map((topic) => topicLabel(topic) ?? topic).join('; ')}`,
        },
  );
}

/**
 * The entries shown in `rows` rows: a run that holds the cursor, each
 * entry's rows counted (its section's heading too, where a section starts).
 */
export function menuWindow(items: readonly MenuItem[], cursor: number, width: number, rows: number): { start: number; end: number } {
  const height = (index: number, first: boolean) => listHeight([items[index]!], width) + (first || items[index - 1]?.section !== items[index]!.section ? 1 : 0);
  const total = (from: number, to: number) => {
    let sum = 0;
    for (let index = from; index < to; index += 1) sum += height(index, index === from);
    return sum;
  };
  if (items.length === 0) return { start: 0, end: 0 };
  let start = Math.max(0, Math.min(cursor, items.length - 1));
  let end = start + 1;
  // Keep the cursor nearer the middle: grow before it and after it in turn, while the rows allow.
  for (let grew = true; grew; ) {
    grew = false;
    if (end < items.length && total(start, end + 1) <= rows) {
      end += 1;
      grew = true;
    }
    if (start > 0 && total(start - 1, end) <= rows) {
      start -= 1;
      grew = true;
    }
  }
  return { start, end };
}

/** The start menu: saved sessions and workshops to resume first, then the scenarios; as many as fit in `rows`. */
export function StartMenu({ state, theme, width, rows }: { state: SoloState; theme: Theme; width: number; rows: number }) {
  const items = menuItems(state);
  // The title and the line under it.
  const { start, end } = menuWindow(items, state.menuCursor, width, Math.max(1, rows - 2));
  const shown = items.slice(start, end);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.accent} wrap="truncate-end">
        Common Ground · practise professional challenge
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {start > 0 || end < items.length ? `Entries ${start + 1}-${end} of ${items.length} (↑↓ for more).` : 'Choose a scenario to play, or resume where you stopped.'}
      </Text>
      {shown.map((item, index) => {
        const at = start + index;
        const previous = items[at - 1];
        return (
          <Box key={at} flexDirection="column">
            {index === 0 || !previous || previous.section !== item.section ? (
              <Text bold underline>
                {item.section}
              </Text>
            ) : null}
            <ActionList items={[item]} cursor={at === state.menuCursor ? 0 : -1} theme={theme} width={width} />
          </Box>
        );
      })}
      {items.length === 0 ? <Text>No scenarios found.</Text> : null}
    </Box>
  );
}
