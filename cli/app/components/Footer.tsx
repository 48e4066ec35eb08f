/** The key reminder shown at the bottom of every screen. */
import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';

/** One key and what it does. */
export interface KeyHint {
  keys: string;
  does: string;
}

/** The footer: every key that works on this screen. */
export function Footer({ hints, theme }: { hints: readonly KeyHint[]; theme: Theme }) {
  return (
    <Box flexWrap="wrap" columnGap={2}>
      {hints.map((hint) => (
        <Text key={hint.keys + hint.does}>
          <Text bold color={theme.accent}>
            {hint.keys}
          </Text>{' '}
          {hint.does}
        </Text>
      ))}
    </Box>
  );
}
