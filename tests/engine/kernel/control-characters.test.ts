import { describe, expect, it } from 'vitest';
import { replaceControlCharacters } from '../../../engine/kernel/control-characters.js';

describe('replaceControlCharacters', () => {
  it('replaces C0 controls but line feed and tab, DEL, C1 controls and bidi overrides and isolates', () => {
    const every = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code), 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    const replaced = replaceControlCharacters(every.map((code) => String.fromCodePoint(code)).join(''), '.');
    expect(replaced).toBe('.'.repeat(9) + '\t\n' + '.'.repeat(every.length - 11));
  });

  it('keeps a CRLF line break as one line feed, and treats a lone carriage return as a control', () => {
    expect(replaceControlCharacters('one\r\ntwo\rthree', '')).toBe('one\ntwothree');
  });

  it('leaves ordinary text alone, including marks, emoji and other scripts', () => {
    const text = 'Amara’s “plan” – café · ✎ ⏳ 🙂 \u200F عربى 中文';
    expect(replaceControlCharacters(text, '\uFFFD')).toBe(text);
  });
});
