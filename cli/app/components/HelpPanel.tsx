/** The help screen: what the app is, and every key. */
import { Box } from 'ink';
import type { Theme } from '../theme.js';
import type { KeyHint } from '../key-table.js';
import { Text } from './Text.js';

/** What an app's help panel says. */
export interface HelpContent {
  title: string;
  /** What the app is, in a sentence or two. */
  about: string;
  /** Every key, from the app's key tables. */
  keys: readonly KeyHint[];
}

/** Help for the current screen. */
export function HelpPanel({ title, about, keys, theme }: HelpContent & { theme: Theme }) {
  const width = Math.max(...keys.map((key) => key.label.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold underline>
        {title}
      </Text>
      <Text>{about}</Text>
      <Text> </Text>
      {keys.map((key) => (
        <Text key={key.label + key.does}>
          <Text bold>{key.label.padEnd(width)}</Text>  {key.does}
        </Text>
      ))}
      <Text> </Text>
      <Text color={theme.muted}>Press ? or Esc to close help.</Text>
    </Box>
  );
}
