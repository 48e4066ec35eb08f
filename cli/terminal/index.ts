/**
 * Writing to a terminal, shared by the commands and the Ink apps: the colour
 * rule, styled lines, the word wrapper, fixed-width columns, and the one
 * sanitiser every word passes through on its way out.
 */
export { terminalStyle, textStyle, wantsColor, type ColorSettings, type TerminalStyle } from './color.js';
export { renderColumns, type Cell, type CellLine } from './render-columns.js';
export { lineText, type Span, type StyledLine } from './styled-line.js';
export { wrapSpans, wrapText } from './wrap-text.js';
export { sanitiseTerminalText } from './sanitise-terminal-text.js';
export { rawStream, sanitisingStream } from './terminal-stream.js';
