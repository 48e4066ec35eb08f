/**
 * Draws styled lines (from `cli/markdown`) with Ink; a window of them when
 * the content is taller than the space.
 */
import { Box } from 'ink';
import type { StyledLine } from '../../terminal/index.js';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** Props of {@link StyledLines}. */
export interface StyledLinesProps {
  lines: readonly StyledLine[];
  theme: Theme;
  /** First line shown. */
  offset?: number;
  /** How many lines to show; all when left out. */
  height?: number;
}

/** A block of styled lines. */
export function StyledLines({ lines, theme, offset = 0, height }: StyledLinesProps) {
  const shown = height === undefined ? lines.slice(offset) : lines.slice(offset, offset + height);
  return (
    <Box flexDirection="column">
      {shown.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((span, spanIndex) => (
                <Text key={spanIndex} bold={span.bold} italic={span.italic} underline={span.underline} color={span.dim ? theme.muted : undefined}>
                  {span.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
