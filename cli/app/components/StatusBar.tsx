/**
 * The status bar: simulated date and time, the stage and who owns it, and
 * the next deadline as a countdown in working days and hours.
 */
import { Box, Text } from 'ink';
import type { SessionView } from '../../../engine/index.js';
import type { Theme } from '../theme.js';

/** The countdown to the next deadline in words, e.g. "in 2 working days (50 h)". */
export function countdownText(view: SessionView): string {
  const next = view.nextDeadline;
  if (!next) return 'No deadline pending';
  if (next.overdue) return `${next.label}: OVERDUE since ${next.dueLabel}`;
  const days = next.workingDaysLeft === 0 ? 'due today' : `${next.workingDaysLeft} working day${next.workingDaysLeft === 1 ? '' : 's'} left`;
  return `${next.label}: ${days}, ${next.hoursLeft} h (due ${next.dueLabel})`;
}

/** The two-line status bar at the top of the scene screens. */
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
      <Text wrap="truncate-end">
        <Text bold>Stage {view.stage.number}</Text> {view.stage.title} · owner: {view.stage.owner}
      </Text>
      <Text wrap="truncate-end" color={overdue ? theme.bad : theme.warn}>
        ⏳ {countdownText(view)}
      </Text>
    </Box>
  );
}
