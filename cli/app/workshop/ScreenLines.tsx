/**
 * Draws the workshop's laid-out lines (`workshop-layout.ts`): each line one
 * terminal row, cut at the edge rather than wrapped, so the screen is
 * exactly as tall as the layout says.
 */
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { Theme } from '../theme.js';
import type { ScreenLine } from './screen-lines.js';

/** The lines, one row each. */
export function ScreenLines({ lines, theme }: { lines: readonly ScreenLine[]; theme: Theme }) {
  return (
    <Box flexDirection="column" paddingLeft={1}>
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((span, at) => (
                <Text
                  key={at}
                  bold={span.bold}
                  italic={span.italic}
                  underline={span.underline}
                  inverse={span.inverse ?? (span.qr === true && !theme.color)}
                  color={span.qr && theme.color ? 'black' : span.tone ? theme[span.tone] : span.dim ? theme.muted : undefined}
                  backgroundColor={span.qr && theme.color ? 'white' : undefined}
                >
                  {span.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
