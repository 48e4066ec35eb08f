import { describe, expect, it } from 'vitest';
import { sanitiseTerminalText } from '../../../cli/terminal/sanitise-terminal-text.js';
import { HOSTILE, STEERING } from '../../robustness/support/hostile-files.js';

describe('sanitiseTerminalText', () => {
  it('shows each character that would steer the terminal as U+FFFD, keeping the words around it', () => {
    expect(sanitiseTerminalText('Closing \u001B]0;PWNED\u0007 too soon \u001B[2J')).toBe('Closing \uFFFD]0;PWNED\uFFFD too soon \uFFFD[2J');
    expect(sanitiseTerminalText(HOSTILE)).not.toMatch(STEERING);
  });

  it('keeps line breaks (a CRLF as one line feed) and tabs', () => {
    expect(sanitiseTerminalText('one\r\ntwo\tthree\n')).toBe('one\ntwo\tthree\n');
  });
});
