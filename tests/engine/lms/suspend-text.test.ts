import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSuspendText, unescapeSuspendText } from '../../../engine/lms/suspend-text.js';

describe('escapeSuspendText', () => {
  it('keeps letters and digits, writes a space as _ and everything else as %XX of its UTF-8 bytes', () => {
    expect(escapeSuspendText("Bea's plan: ring at 9.")).toBe('Bea%27s_plan%3A_ring_at_9%2E');
    expect(escapeSuspendText('under_score ~ * - ! ( )')).toBe('under%5Fscore_%7E_%2A_%2D_%21_%28_%29');
    expect(escapeSuspendText('café — 😊\n')).toBe('caf%C3%A9_%E2%80%94_%F0%9F%98%8A%0A');
  });

  it('turns a lone surrogate into U+FFFD instead of throwing', () => {
    expect(unescapeSuspendText(escapeSuspendText('a\uD800b'))).toBe('a\uFFFDb');
    expect(unescapeSuspendText(escapeSuspendText('\uDC00'))).toBe('\uFFFD');
  });

  it('gives back any well-formed text, in letters, digits, _ and % only (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = escapeSuspendText(text);
        expect(escaped).toMatch(/^[A-Za-z0-9_%]*$/);
        expect(unescapeSuspendText(escaped)).toBe(text);
      }),
    );
  });
});

describe('unescapeSuspendText', () => {
  it('refuses characters outside the alphabet, broken escapes and bytes that are not UTF-8', () => {
    expect(unescapeSuspendText('a.b')).toBeUndefined();
    expect(unescapeSuspendText('a%2')).toBeUndefined();
    expect(unescapeSuspendText('%E2%80')).toBeUndefined();
    expect(unescapeSuspendText('%ZZ')).toBeUndefined();
  });
});
