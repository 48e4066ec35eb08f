/** The frame every full-screen view shares: the body (or an overlay over it), a notice line, and the key footer. */
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { wrapText } from '../../terminal/index.js';
import type { KeyHint } from '../key-table.js';
import type { Theme } from '../theme.js';
import { ConfirmQuit } from './ConfirmQuit.js';
import { Footer } from './Footer.js';
import { HelpPanel, type HelpContent } from './HelpPanel.js';
import { Text } from './Text.js';

/** A notice longer than this many rows is cut, with an ellipsis, so the screen keeps room for its body. */
export const MAX_NOTICE_ROWS = 6;

/** The notice as the rows the frame shows: wrapped to the frame's width, at least one (kept when empty), at most {@link MAX_NOTICE_ROWS}. */
function noticeLines(notice: string | null, width: number): string[] {
  if (!notice) return [' '];
  const lines = wrapText(notice, width + 2);
  if (lines.length <= MAX_NOTICE_ROWS) return lines;
  const shown = lines.slice(0, MAX_NOTICE_ROWS);
  shown[MAX_NOTICE_ROWS - 1] = `${shown[MAX_NOTICE_ROWS - 1]!.slice(0, width)}…`;
  return shown;
}

/**
 * How many rows the frame's notice takes at `width`, for the screens that
 * size their body to fit: a notice that says what was cut from a resumed
 * session and where the file as it was is kept, or why a move is not
 * saved, is shown whole, not cut at the edge of the screen.
 *
 * @example
 * const narrativeHeight = rows - statusHeight - noticeRows(state.notice, width) - footerHeight;
 */
export function noticeRows(notice: string | null, width: number): number {
  return noticeLines(notice, width).length;
}

/** Props of {@link ScreenFrame}. */
export interface ScreenFrameProps {
  width: number;
  notice: string | null;
  /** The keys that work here, from the screen's key table. */
  hints: readonly KeyHint[];
  theme: Theme;
  /** The help panel or the quit question, shown instead of the body. */
  overlay: 'help' | 'quit' | null;
  help: HelpContent;
  /** Where the session is saved, for the quit question. */
  savedTo: string | undefined;
  /** Why the latest change is not saved, or null when it is (the quit question must not say it is). */
  unsaved: string | null;
  /** The command that resumes the session, for the quit question (when there is one). */
  resumeCommand?: string | undefined;
  children: ReactNode;
}

/**
 * Lays out a screen: its body (or the open overlay), then the notice
 * (one line kept even when empty so the layout does not jump; a long one
 * wrapped, see {@link noticeRows}), then the keys that work here.
 */
export function ScreenFrame({ width, notice, hints, theme, overlay, help, savedTo, unsaved, resumeCommand, children }: ScreenFrameProps) {
  return (
    <Box flexDirection="column" width={width + 2}>
      {overlay === 'help' ? <HelpPanel theme={theme} {...help} /> : overlay === 'quit' ? <ConfirmQuit theme={theme} savedTo={savedTo} unsaved={unsaved} resumeCommand={resumeCommand} /> : children}
      {noticeLines(notice, width).map((line, index) => (
        <Text key={index} color={notice ? theme.warn : undefined} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Footer hints={hints} theme={theme} />
    </Box>
  );
}
