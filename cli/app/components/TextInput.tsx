/**
 * A one-line text field for reflections and records. The text lives in the
 * caller's state; keys are handled by the caller's key hook, so this is only
 * the view.
 */
import { Box } from 'ink';
import type { Theme } from '../theme.js';
import { Text } from './Text.js';

/** The border and padding round the field, and the `> ` before the text. */
const FRAME_COLUMNS = 6;

/**
 * The lines the text is shown on when the field is `width` columns wide:
 * cut every so many characters, exactly as typed (spaces kept), with a cell
 * for the cursor at the end; only the last `maxLines` are kept, so a long
 * reflection never pushes the screen's header off.
 */
function shownLines(value: string, width: number, maxLines: number): { lines: string[]; cut: boolean } {
  const room = Math.max(8, width - FRAME_COLUMNS);
  const characters = [...value, ' '];
  const lines: string[] = [];
  for (let start = 0; start < characters.length; start += room) lines.push(characters.slice(start, start + room).join(''));
  const kept = Math.max(1, maxLines);
  return { lines: lines.slice(-kept), cut: lines.length > kept };
}

/**
 * How many rows the field takes: its border, label and hint, and the text's
 * lines (see {@link TextInput}'s `width` and `maxLines`).
 *
 * @example
 * textInputRows('Ask about Amara', 76, 3); // 5
 */
export function textInputRows(value: string, width: number, maxLines: number): number {
  return 4 + shownLines(value, width, maxLines).lines.length;
}

/** Props of {@link TextInput}. */
export interface TextInputProps {
  label: string;
  value: string;
  theme: Theme;
  /** The field's width: the text is wrapped to it, and only its last `maxLines` lines shown. Left out, the text runs on as Ink wraps it. */
  width?: number;
  /** The most lines of text shown when `width` is given (the end, where the cursor is); 3 when left out. */
  maxLines?: number;
}

/** A labelled text field with a visible cursor. */
export function TextInput({ label, value, theme, width, maxLines = 3 }: TextInputProps) {
  if (width !== undefined) {
    const { lines, cut } = shownLines(value, width, maxLines);
    return (
      <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1} width={width}>
        <Text bold wrap="truncate-end">
          {label}
        </Text>
        {lines.map((line, index) => {
          // The last line ends with the cursor's cell.
          const last = index === lines.length - 1;
          return (
            <Text key={index}>
              {index > 0 ? '  ' : cut ? '… ' : '> '}
              {last ? line.slice(0, -1) : line}
              {last ? <Text inverse>{' '}</Text> : null}
            </Text>
          );
        })}
        <Text color={theme.muted} wrap="truncate-end">
          Enter saves · Esc cancels
        </Text>
      </Box>
    );
  }
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
