/**
 * The status bar: simulated date and time, the stage and who owns it, and
 * the next deadline as a countdown in one unit at a time.
 */
import { Box } from 'ink';
import type { SessionView } from '../../../engine/index.js';
import { wrapText } from '../../terminal/index.js';
import { countdownText } from '../countdown-text.js';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** The most lines the stage and its owner may take; longer owner lists are cut with an ellipsis. */
const STAGE_LINES = 2;

/**
 * The stage line, wrapped to the width: who acts matters too much to cut off
 * at 80 columns, so it takes a second line when it needs one.
 */
export function stageLines(view: SessionView, width: number): string[] {
  const lines = wrapText(`Stage ${view.stage.number} ${view.stage.title} · who acts: ${view.stage.owner}`, Math.max(20, width));
  if (lines.length <= STAGE_LINES) return lines;
  const kept = lines.slice(0, STAGE_LINES);
  const last = kept[STAGE_LINES - 1] ?? '';
  kept[STAGE_LINES - 1] = `${last.slice(0, Math.max(0, width - 1))}…`;
  return kept;
}

/**
 * The next deadline's weekend or night warning in its short form, cut to one
 * line if it must be: the full sentence is in the deadline table.
 */
export function warningLine(view: SessionView, width: number): string | null {
  const warning = view.nextDeadline?.warning;
  if (warning === undefined || view.nextDeadline?.overdue) return null;
  const text = `! ${warning.short}`;
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** How many rows the status bar takes at this width. */
export function statusBarHeight(view: SessionView, width: number): number {
  return 2 + stageLines(view, width).length + (warningLine(view, width) === null ? 0 : 1);
}

/** The status bar at the top of the scene screens: time, stage and who acts, next deadline. */
export function StatusBar({ view, theme, width }: { view: SessionView; theme: Theme; width: number }) {
  const overdue = view.nextDeadline?.overdue ?? false;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          {view.title}
        </Text>
        <Text color={theme.muted}> · {view.nowLabel}</Text>
      </Text>
      {stageLines(view, width).map((line, index) => (
        <Text key={index} bold={index === 0}>
          {line}
        </Text>
      ))}
      <Text wrap="truncate-end" color={overdue ? theme.bad : theme.warn}>
        ⏳ {countdownText(view)}
      </Text>
      {warningLine(view, width) !== null && <Text color={theme.muted}>{warningLine(view, width)}</Text>}
    </Box>
  );
}
