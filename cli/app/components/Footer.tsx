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

/** The gap between two hints, as the footer lays them out. */
const HINT_GAP = 2;

/**
 * How many rows the footer takes at `width` columns: hints are laid out
 * left to right and wrap as whole hints, as the footer's flex-wrap does.
 * For the screens that size their body to fit the terminal.
 *
 * @example
 * footerRows([{ label: 'q', does: 'quit' }], 80); // 1
 */
export function footerRows(hints: readonly KeyHint[], width: number): number {
  let rows = hints.length > 0 ? 1 : 0;
  let used = 0;
  for (const hint of hints) {
    const size = hint.label.length + 1 + hint.does.length;
    const needed = used === 0 ? size : used + HINT_GAP + size;
    if (used > 0 && needed > width) {
      rows += 1;
      used = size;
    } else used = needed;
  }
  return rows;
}
