/**
 * The solo player: start menu, scenes with choices, feedback, reflections
 * typed in place, and the debrief. A view over `soloReducer`; every change
 * to the session is saved through `services.save` as it happens, before the
 * screen shows it.
 */
import { Box, useApp } from 'ink';
import { Text } from '../components/Text.js';
import { useMemo } from 'react';
import { buildDebrief, debriefToMarkdown, scenarioProtocol, type SessionView, topicLabel, viewSession } from '../../../engine/index.js';
import { ActionList, listHeight, type ListItem } from '../components/ActionList.js';
import { noticeRows, ScreenFrame } from '../components/ScreenFrame.js';
import { StatusBar, statusBarHeight } from '../components/StatusBar.js';
import { StyledLines } from '../components/StyledLines.js';
import { TextInput } from '../components/TextInput.js';
import type { Theme } from '../theme.js';
import { useSavedReducer } from '../use-saved-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { debriefLines } from './debrief-lines.js';
import { feedbackLines, sceneLines } from './scene-lines.js';
import { currentView, newPlaying, sceneActions, soloReducer, type Playing, type SoloAction, type SoloState } from './solo-state.js';
import { SOLO_HELP_KEYS, soloKeys } from './solo-key-table.js';
import { useSoloKeys } from './use-solo-keys.js';

/** The edges the solo app needs: clock, saving, loading and exporting. */
export interface SoloServices {
  now: () => Date;
  /** Where a new session of this scenario is saved. */
  newSessionPath: (scenarioId: string, startedAt: Date) => string;
  /** Saves the session (atomically); returns an error message, or null. */
  save: (playing: Playing, view: SessionView) => string | null;
  /** Opens a saved session from the start menu. */
  openSaved: (path: string) => Promise<{ ok: true; playing: Playing; notice?: string } | { ok: false; message: string }>;
  /** Writes the debrief Markdown; returns the file written. */
  exportDebrief: (playing: Playing, markdown: string) => string;
}

/** Props of {@link SoloApp}. */
export interface SoloAppProps {
  initial: SoloState;
  theme: Theme;
  services: SoloServices;
}

const HELP = {
  title: 'Common Ground: help',
  about: "Play a safeguarding disagreement through a partnership's professional resolutions process, stage by stage. Every move is saved as you go; quitting never loses your place.",
  keys: SOLO_HELP_KEYS,
};

/** The solo player app. */
export function SoloApp({ initial, theme, services }: SoloAppProps) {
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
  // The footer wraps when the keys do not fit on one line.
  const footerHeight = Math.ceil(footerKeys.reduce((sum, hint) => sum + hint.label.length + hint.does.length + 3, 0) / (width + 2));
  // The status bar, plus the rule under it.
  const statusHeight = state.screen === 'menu' || !view ? 0 : statusBarHeight(view, width) + 1;
  const bottom = state.editing ? 5 : state.screen === 'scene' ? listHeight(items, width) : state.screen === 'feedback' ? 1 : 0;
  const notice = unsaved ?? state.notice;
  const noticeHeight = noticeRows(notice, width);
  // Status, narrative, actions, the notice and the footer, one row spare so Ink never scrolls.
  const narrativeHeight = Math.max(3, rows - statusHeight - bottom - noticeHeight - footerHeight - 1);
  const maxScroll = Math.max(0, lines.length - narrativeHeight);
  const scroll = Math.min(state.scroll, maxScroll);

  const openMenuEntry = (state: SoloState): SoloAction | null => {
    const entry = state.menu[state.menuCursor];
    if (!entry) return null;
    if (entry.kind === 'scenario') {
      const startedAt = services.now();
      return { type: 'open', playing: newPlaying(entry.item, services.newSessionPath(entry.item.scenario.id, startedAt), startedAt.toISOString()) };
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
  useSoloKeys(latest, dispatch, { openMenuEntry, exportDebrief, exit: () => exit(), now: () => services.now().toISOString() }, { size: Math.max(1, narrativeHeight - 1), max: maxScroll });

  let body;
  if (state.screen === 'menu') {
    body = <StartMenu state={state} theme={theme} width={width} rows={rows - footerHeight - noticeHeight - 1} />;
  } else {
    const heading = state.screen === 'feedback' ? 'Feedback' : state.screen === 'debrief' ? 'Debrief' : view?.node.kind === 'scene' ? `Scene · stage ${view.node.stage}` : '';
    body = (
      <Box flexDirection="column">
        {view ? <StatusBar view={view} theme={theme} width={width} /> : null}
        <Text color={theme.muted}>
          {'─'.repeat(Math.max(0, Math.min(width, 20) - heading.length - 1))} {heading}
          {lines.length > narrativeHeight ? `  (lines ${scroll + 1}-${Math.min(lines.length, scroll + narrativeHeight)} of ${lines.length}, j/k to scroll)` : ''}
        </Text>
        <Box height={narrativeHeight} flexDirection="column" paddingLeft={1}>
          <StyledLines lines={lines} theme={theme} offset={scroll} height={narrativeHeight} />
        </Box>
        {state.editing ? (
          <TextInput label={state.editing.label} value={state.editing.text} theme={theme} />
        ) : state.screen === 'scene' ? (
          <ActionList items={items} cursor={state.cursor} theme={theme} width={width} />
        ) : state.screen === 'feedback' ? (
          <Text bold color={theme.accent}>
            Press Enter to continue.
          </Text>
        ) : null}
      </Box>
    );
  }
  return (
    <ScreenFrame width={width} notice={notice} hints={footerKeys} theme={theme} overlay={state.overlay} help={HELP} savedTo={state.playing?.path} unsaved={unsaved}>
      {body}
    </ScreenFrame>
  );
}

/** The start menu: saved sessions to resume first, then the scenarios. */
export function StartMenu({ state, theme, width, rows }: { state: SoloState; theme: Theme; width: number; rows: number }) {
  const items: Array<ListItem & { section: string }> = state.menu.map((entry) =>
    entry.kind === 'saved'
      ? { section: 'Resume a saved session', tag: '↺', label: entry.saved.title, detail: `${entry.saved.progress} · saved ${entry.saved.savedAt}` }
      : {
          section: 'Scenarios',
          tag: '',
          label: entry.item.scenario.frontmatter.title,
          // Minutes before topics: a narrow terminal cuts the end of the line.
          detail: `${scenarioProtocol(entry.item.scenario).routes[entry.item.scenario.frontmatter.audience]?.label ?? entry.item.scenario.frontmatter.audience} · about ${entry.item.scenario.frontmatter.estimatedMinutes} min · ${entry.item.scenario.frontmatter.topics.map((topic) => topicLabel(topic) ?? topic).join('; ')}`,
        },
  );
  const visible = Math.max(1, Math.floor((rows - 4) / 2));
  const start = Math.max(0, Math.min(state.menuCursor - Math.floor(visible / 2), items.length - visible));
  const shown = items.slice(start, start + visible);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.accent}>
        Common Ground · practise professional challenge
      </Text>
      <Text color={theme.muted}>Choose a scenario to play, or resume where you stopped.</Text>
      {shown.map((item, index) => {
        const at = start + index;
        const previous = items[at - 1];
        return (
          <Box key={at} flexDirection="column">
            {!previous || previous.section !== item.section ? (
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
