import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineText } from '../../../cli/terminal/styled-line.js';
import { wrapSpans, wrapText } from '../../../cli/terminal/wrap-text.js';

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

describe('wrapSpans', () => {
  it('wraps at word boundaries', () => {
    expect(wrapSpans([{ text: 'one two three' }], 8).map(lineText)).toEqual(['one two', 'three']);
  });

  it('never produces a line wider than the width, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z ]{0,30}$/), { maxLength: 6 }), fc.integer({ min: 8, max: 40 }), (texts, width) => {
        for (const line of wrapSpans(texts.map((text) => ({ text })), width)) expect(lineText(line).length).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('keeps every word, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 20 }), (words) => {
        const lines = wrapSpans([{ text: words.join(' ') }], 10).map(lineText);
        expect(lines.join(' ').split(/\s+/).filter(Boolean).join('')).toBe(words.join(''));
      }),
    );
  });

  it('breaks before a word that runs across spans, never inside it', () => {
    const spans = [{ text: 'the family support worker helped ' }, { text: '*' }, { text: 'Kerry', bold: true }, { text: '*' }, { text: ', sort out' }];
    expect(wrapSpans(spans, 38).map(lineText)).toEqual(['the family support worker helped', '*Kerry*, sort out']);
  });
});
