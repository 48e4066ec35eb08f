/**
 * The workshop screen for a trainer with a projector: the decision's choices
 * shown large with a discussion timer, each table's choice entered in turn,
 * the split as bars, a running timeline of the simulated case, and the
 * comparison debrief. A view over `workshopReducer`; the workshop is saved
 * through `services.save` after every decision, before the screen shows it.
 */
import { Box, useApp } from 'ink';
import { Text } from '../components/Text.js';
import { useEffect, useMemo } from 'react';
import { buildDebrief, buildWorkshopDebrief, timelineSeries, type Workshop, type WorkshopDebrief, workshopSessions } from '../../../engine/index.js';
import { noticeRows, ScreenFrame } from '../components/ScreenFrame.js';
import { StatusBar } from '../components/StatusBar.js';
import { StyledLines } from '../components/StyledLines.js';
import { sceneLines } from '../solo/scene-lines.js';
import type { Theme } from '../theme.js';
import { useSavedReducer } from '../use-saved-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { bigDigits } from './big-digits.js';
import { formatRemaining, type Ticker } from './timer-state.js';
import { timelineLines } from './timeline-lines.js';
import { workshopDebriefLines } from './workshop-debrief-lines.js';
import { decisionOf, splitNeeds, splitOf, workshopReducer, type WorkshopUiState } from './workshop-state.js';
import { useWorkshopKeys } from './use-workshop-keys.js';
import { WORKSHOP_HELP_KEYS, workshopKeys } from './workshop-key-table.js';

/** The edges the workshop needs. */
export interface WorkshopServices {
  /** Saves the workshop; returns an error message or null. */
  save: (workshop: Workshop, finished: boolean) => string | null;
  /** Writes the debrief as Markdown and JSON; returns the files written. */
  exportDebrief: (debrief: WorkshopDebrief) => string[];
  /** Drives the discussion timer. */
  ticker: Ticker;
  /** Where the workshop is saved, for the quit message. */
  path: string;
}

/** The workshop app. */
export function WorkshopApp({ initial, theme, services }: { initial: WorkshopUiState; theme: Theme; services: WorkshopServices }) {
  // Every decision is saved before the screen moves on to the next (the first screen too).
  const { state, dispatch, latest, unsaved } = useSavedReducer(workshopReducer, initial, {
    needsSave: (previous, next) => next.workshop !== previous?.workshop,
    save: (next) => services.save(next.workshop, decisionOf(next) === null),
  });
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const width = Math.max(40, columns - 2);
  const markers = !theme.color;
  const decision = useMemo(() => decisionOf(state), [state.workshop]);
  const running = state.phase === 'discuss' && state.timer.running;

  useEffect(() => {
    if (!running) return undefined;
    return services.ticker((elapsedMs) => dispatch({ type: 'timer', action: { type: 'tick', elapsedMs } }));
  }, [running]);

  const sessions = useMemo(() => workshopSessions(state.scenario, state.workshop), [state.workshop]);
  const focusSession = sessions[decision?.tables[0] ?? 0] ?? sessions[0];
  const timeline = useMemo(
    () => (focusSession ? timelineLines(timelineSeries(buildDebrief(state.scenario, focusSession)), width) : []),
    [focusSession, width],
  );
  const debrief = useMemo(() => (state.phase === 'debrief' ? buildWorkshopDebrief(state.scenario, state.workshop) : null), [state.phase, state.workshop]);

  const exportDebrief = () => {
    if (!debrief) return;
    try {
      dispatch({ type: 'notice', notice: `Debrief written to ${services.exportDebrief(debrief).join(' and ')}` });
    } catch (error) {
      dispatch({ type: 'notice', notice: `Could not write the debrief: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  useWorkshopKeys(latest, dispatch, { exportDebrief, exit: () => exit() });

  const notice = unsaved ?? state.notice;
  // Rows a long notice takes beyond the one line the layout always keeps for it.
  const noticeExtra = noticeRows(notice, width) - 1;
  const big = rows - noticeExtra >= 28;
  const help = {
    title: 'Workshop: help',
    about: `Tables discuss each decision while the timer runs, then the trainer enters each table's choice. Mode: ${state.workshop.mode}. The workshop is saved after every decision.`,
    keys: WORKSHOP_HELP_KEYS,
  };
  let body;
  if (state.phase === 'debrief' || !decision || decision.view.node.kind !== 'scene') {
    const lines = debrief ? workshopDebriefLines(debrief, width, markers) : [];
    body = <StyledLines lines={lines} theme={theme} height={Math.max(5, rows - 4 - noticeExtra)} />;
  } else {
    const scene = decision.view.node;
    const tableNames = decision.tables.map((table) => state.workshop.tables[table] ?? '');
    const who = state.workshop.mode === 'independent' ? `Deciding: ${tableNames.join(', ')}` : `All ${tableNames.length} tables`;
    const head = (
      <Box flexDirection="column">
        <StatusBar view={decision.view} theme={theme} width={width} />
        <StyledLines lines={timeline} theme={theme} />
        <Text color={theme.muted}>
          Decision {state.workshop.rounds.length + 1} · {who} · mode: {state.workshop.mode}
        </Text>
      </Box>
    );
    const narrative = sceneLines(state.scenario, decision.view, { width, markers });
    const choiceRows = scene.canContinue ? 1 : scene.choices.length * (big ? 4 : 2);
    const room = Math.max(3, rows - 12 - noticeExtra - choiceRows);
    if (state.phase === 'discuss') {
      body = (
        <Box flexDirection="column">
          {head}
          <Box flexDirection="column" height={room} overflow="hidden">
            <StyledLines lines={narrative.slice(Math.max(0, narrative.length - room))} theme={theme} />
          </Box>
          {scene.canContinue ? (
            <Text bold>→ The story moves on. Press Enter to continue.</Text>
          ) : (
            scene.choices.map((choice) => (
              <Box key={choice.id} marginBottom={big ? 1 : 0}>
                <Box flexDirection="column" width={big ? 13 : 6} flexShrink={0}>
                  {big ? (
                    bigDigits(choice.number).map((line, index) => (
                      <Text key={index} bold color={theme.accent}>
                        {line}
                      </Text>
                    ))
                  ) : (
                    <Text bold inverse={theme.color}>
                      {` ${choice.number} `}
                    </Text>
                  )}
                </Box>
                <Text bold>{choice.label}</Text>
              </Box>
            ))
          )}
          {scene.canContinue ? null : (
            <Text bold color={state.timer.ended ? theme.warn : theme.accent}>
              {state.timer.ended
                ? `${state.timer.ranOut ? 'Time is up.' : 'Discussion ended.'} Press Enter to enter each table's choice.`
                : `Discussion: ${formatRemaining(state.timer.remainingMs)} ${state.timer.running ? '▶ running' : '⏸ paused'}`}
            </Text>
          )}
        </Box>
      );
    } else {
      const tally = splitOf(state, decision);
      const most = Math.max(1, ...tally.map((entry) => entry.tables.length));
      const barWidth = Math.max(4, Math.min(30, width - 60));
      const needs = state.phase === 'split' ? splitNeeds(state, decision) : null;
      body = (
        <Box flexDirection="column">
          {head}
          {state.phase === 'entry' ? (
            <Box flexDirection="column" marginY={1}>
              {tableNames.map((name, index) => {
                const vote = state.votes[index];
                const choice = scene.choices.find((entry) => entry.id === vote);
                const current = index === state.votes.length;
                return (
                  <Text key={name} bold={current}>
                    {current ? `${theme.pointer} ` : '  '}
                    {name}: {choice ? `${choice.number}) ${choice.label}` : current ? `press 1-${scene.choices.length}` : '…'}
                  </Text>
                );
              })}
            </Box>
          ) : null}
          <Text bold underline>
            {state.phase === 'split' ? 'How the room split' : 'The choices'}
          </Text>
          {tally.map((entry) => (
            <Box key={entry.choiceId} flexDirection="column">
              <Text wrap="truncate-end">
                <Text bold>{entry.number}) </Text>
                {entry.label}
              </Text>
              <Text>
                {'   '}
                <Text color={theme.accent}>{'█'.repeat(Math.round((entry.tables.length / most) * barWidth))}</Text>
                {entry.tables.length === 0 ? '·' : ''} {entry.tables.length} {entry.tables.length > 0 ? `(${entry.tables.join(', ')})` : ''}
              </Text>
            </Box>
          ))}
          {needs ? (
            <Text bold color={theme.warn}>
              {needs.kind === 'confirm'
                ? needs.follows
                  ? `The room follows the majority: ${tally.find((entry) => entry.choiceId === needs.follows)?.number}) ${tally.find((entry) => entry.choiceId === needs.follows)?.label.replace(/\.$/, "")}. Press Enter.`
                  : 'Each table follows its own choice. Press Enter.'
                : needs.why === 'tie'
                  ? `A tie: trainer, press ${needs.among.join(' or ')} to decide.`
                  : `Trainer: press the number the room follows (${needs.among.join(', ')}).`}
            </Text>
          ) : null}
        </Box>
      );
    }
  }
  return (
    <ScreenFrame width={width} notice={notice} hints={workshopKeys(state)} theme={theme} overlay={state.overlay} help={help} savedTo={services.path} unsaved={unsaved}>
      {body}
    </ScreenFrame>
  );
}
