/** Asks before quitting; the session is already saved, and says so. */
import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';

/** The quit question. */
export function ConfirmQuit({ theme, savedTo }: { theme: Theme; savedTo: string | undefined }) {
  return (
    <Box flexDirection="column" borderStyle="double" borderColor={theme.warn} paddingX={1}>
      <Text bold>Quit Common Ground?</Text>
      <Text>{savedTo ? `Your session is saved in ${savedTo}; you can resume it later.` : 'Nothing is lost: there is no session in progress.'}</Text>
      <Text>
        <Text bold>y</Text> quit · <Text bold>n</Text> or <Text bold>Esc</Text> keep going
      </Text>
    </Box>
  );
}
