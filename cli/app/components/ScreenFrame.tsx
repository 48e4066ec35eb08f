/** The frame every full-screen view shares: the body (or an overlay over it), a notice line, and the key footer. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyHint } from '../key-table.js';
import type { Theme } from '../theme.js';
import { ConfirmQuit } from './ConfirmQuit.js';
import { Footer } from './Footer.js';
import { HelpPanel, type HelpContent } from './HelpPanel.js';

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
  children: ReactNode;
}

/**
 * Lays out a screen: its body (or the open overlay), then one notice line
 * (kept even when empty so the layout does not jump), then the keys that
 * work here.
 */
export function ScreenFrame({ width, notice, hints, theme, overlay, help, savedTo, children }: ScreenFrameProps) {
  return (
    <Box flexDirection="column" width={width + 2}>
      {overlay === 'help' ? <HelpPanel theme={theme} {...help} /> : overlay === 'quit' ? <ConfirmQuit theme={theme} savedTo={savedTo} /> : children}
      <Text color={notice ? theme.warn : undefined} wrap="truncate-end">
        {notice ?? ' '}
      </Text>
      <Footer hints={hints} theme={theme} />
    </Box>
  );
}
