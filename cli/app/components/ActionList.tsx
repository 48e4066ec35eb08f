/**
 * A list the learner picks from with the arrow keys and Enter (or a number
 * key). The highlighted item has a "▶" pointer as well as colour.
 */
import { Box } from 'ink';
import { wrapSpans } from '../../terminal/index.js';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** One item of the list. */
export interface ListItem {
  /** Shown before the label, e.g. "1)" or "✎". */
  tag: string;
  label: string;
  /** Second line, dimmer. */
  detail?: string;
}

/** The list. */
export function ActionList({ items, cursor, theme, width }: { items: readonly ListItem[]; cursor: number; theme: Theme; width: number }) {
  return (
    <Box flexDirection="column" width={width}>
      {items.map((item, index) => {
        const selected = index === cursor;
        return (
          <Box key={index} flexDirection="column">
            <Box>
              <Box width={2} flexShrink={0}>
                <Text color={theme.accent}>{selected ? theme.pointer : ' '}</Text>
              </Box>
              <Box width={4} flexShrink={0}>
                <Text bold>{item.tag}</Text>
              </Box>
              <Text bold={selected} color={selected ? theme.accent : undefined} inverse={selected && theme.color}>
                {item.label}
              </Text>
            </Box>
            {item.detail ? (
              <Box marginLeft={6}>
                <Text color={theme.muted} wrap="truncate-end">
                  {item.detail}
                </Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}

/** How many terminal lines the list takes at a width (labels wrap). */
export function listHeight(items: readonly ListItem[], width: number): number {
  const room = Math.max(10, width - 6);
  return items.reduce((sum, item) => sum + wrapSpans([{ text: item.label }], room).length + (item.detail ? 1 : 0), 0);
}
