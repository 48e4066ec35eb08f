/** The key reminder shown at the bottom of every screen. */
import { Box } from 'ink';
import type { KeyHint } from '../key-table.js';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** The footer: every key that works on this screen, from the screen's key table. */
export function Footer({ hints, theme }: { hints: readonly KeyHint[]; theme: Theme }) {
  return (
    <Box flexWrap="wrap" columnGap={2}>
      {hints.map((hint) => (
        <Text key={hint.label + hint.does}>
          <Text bold color={theme.accent}>
            {hint.label}
          </Text>{' '}
          {hint.does}
        </Text>
      ))}
    </Box>
  );
}
