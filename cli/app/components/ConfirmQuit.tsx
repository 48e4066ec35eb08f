/** Asks before quitting; says where the session is saved, or, when the latest save failed, that it is not. */
import { Box } from 'ink';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** The quit question. */
export function ConfirmQuit({ theme, savedTo, unsaved, resumeCommand }: { theme: Theme; savedTo: string | undefined; unsaved: string | null; resumeCommand?: string | undefined }) {
  return (
    <Box flexDirection="column" borderStyle="double" borderColor={theme.warn} paddingX={1}>
      <Text bold>Quit Common Ground?</Text>
      {unsaved ? (
        <>
          <Text bold color={theme.warn}>
            Your latest move is not saved: quitting now loses it.
          </Text>
          <Text>{unsaved}</Text>
        </>
      ) : (
        <Text>{savedTo ? `Your session is saved in ${savedTo}; you can resume it later.` : 'Nothing is lost: there is no session in progress.'}</Text>
      )}
      {savedTo && resumeCommand ? <Text>Resume it with: {resumeCommand}</Text> : null}
      <Text>
        <Text bold>y</Text> quit · <Text bold>n</Text> or <Text bold>Esc</Text> keep going
      </Text>
    </Box>
  );
}
