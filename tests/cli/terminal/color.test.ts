import { describe, expect, it } from 'vitest';
import { terminalStyle, wantsColor } from '../../../cli/terminal/color.js';

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

  it('respects --no-color', () => {
    expect(terminalStyle({ isTTY: true }, {}, { noColor: true }).enabled).toBe(false);
  });
});

describe('wantsColor', () => {
  it('is off for NO_COLOR, --no-color, FORCE_COLOR=0 or false, and TERM=dumb, even where colour can show', () => {
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }, { TERM: 'dumb' }]) expect(wantsColor(env, { canShow: true }), JSON.stringify(env)).toBe(false);
    expect(wantsColor({}, { noColor: true, canShow: true })).toBe(false);
  });

  it('is on where colour can show and nothing turned it off', () => {
    expect(wantsColor({ NO_COLOR: '', FORCE_COLOR: '1', TERM: 'xterm-256color' }, { canShow: true })).toBe(true);
    expect(wantsColor({}, { canShow: false })).toBe(false);
  });
});
