/** The frame every full-screen view shares: the body, a notice line, and the key footer. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Theme } from '../theme.js';
import { Footer, type KeyHint } from './Footer.js';

/**
 * Lays out a screen: its body, then one notice line (kept even when empty so
 * the layout does not jump), then the keys that work here.
 */
export function ScreenFrame({ width, notice, hints, theme, children }: { width: number; notice: string | null; hints: readonly KeyHint[]; theme: Theme; children: ReactNode }) {
  return (
    <Box flexDirection="column" width={width + 2}>
      {children}
      <Text color={notice ? theme.warn : undefined} wrap="truncate-end">
        {notice ?? ' '}
      </Text>
      <Footer hints={hints} theme={theme} />
    </Box>
  );
}
