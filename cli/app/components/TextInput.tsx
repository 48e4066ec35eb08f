/**
 * A one-line text field for reflections and records. The text lives in the
 * caller's state; keys are handled by the caller's key hook, so this is only
 * the view.
 */
import { Box } from 'ink';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** A labelled text field with a visible cursor. */
export function TextInput({ label, value, theme }: { label: string; value: string; theme: Theme }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold>{label}</Text>
      <Text>
        {'> '}
        {value}
        <Text inverse>{' '}</Text>
      </Text>
      <Text color={theme.muted}>Enter saves · Esc cancels</Text>
    </Box>
  );
}
