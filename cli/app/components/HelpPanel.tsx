/** The help screen: what the app is, and every key. */
import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';
import type { KeyHint } from './Footer.js';

/** Help for the current screen. */
export function HelpPanel({ title, about, keys, theme }: { title: string; about: string; keys: readonly KeyHint[]; theme: Theme }) {
  const width = Math.max(...keys.map((key) => key.keys.length));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold underline>
        {title}
      </Text>
      <Text>{about}</Text>
      <Text> </Text>
      {keys.map((key) => (
        <Text key={key.keys + key.does}>
          <Text bold>{key.keys.padEnd(width)}</Text>  {key.does}
        </Text>
      ))}
      <Text> </Text>
      <Text color={theme.muted}>Press ? or Esc to close help.</Text>
    </Box>
  );
}
