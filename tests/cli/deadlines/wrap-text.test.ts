import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../cli/commands/deadlines/wrap-text.js';

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('Professional from the referring agency', 16)).toEqual(['Professional', 'from the', 'referring agency']);
  });

  it('breaks a word longer than the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never makes a line longer than the width and keeps every character but spaces, in order', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z0-9,.'()-]{1,15}$/), { maxLength: 30 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (list, width) => {
        const lines = wrapText(list.join(' '), width);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(list.join(''));
      }),
    );
  });
});
