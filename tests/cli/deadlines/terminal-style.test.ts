import { describe, expect, it } from 'vitest';
import { terminalStyle } from '../../../cli/commands/deadlines/terminal-style.js';

describe('terminalStyle', () => {
  it('colours a terminal', () => {
    expect(terminalStyle({ isTTY: true }, {}).bold('due')).toBe('\u001B[1mdue\u001B[22m');
  });

  it('does not colour a pipe or a file', () => {
    expect(terminalStyle({ isTTY: false }, {}).bold('due')).toBe('due');
  });

  it('respects NO_COLOR unless it is empty', () => {
    expect(terminalStyle({ isTTY: true }, { NO_COLOR: '1' }).dim('due')).toBe('due');
    expect(terminalStyle({ isTTY: true }, { NO_COLOR: '' }).enabled).toBe(true);
  });
});
