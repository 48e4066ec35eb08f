import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../../engine/kernel/line-index.js';

describe('createLineIndex', () => {
  it('gives 1-based lines and columns, with the origin applied to the first line only', () => {
    const { pointAt: locate } = createLineIndex('ab\ncd\r\nef\rgh', { startLine: 10, startColumn: 5 });
    expect(locate(0)).toEqual({ line: 10, column: 5 });
    expect(locate(1)).toEqual({ line: 10, column: 6 });
    expect(locate(3)).toEqual({ line: 11, column: 1 });
    expect(locate(7)).toEqual({ line: 12, column: 1 });
    expect(locate(10)).toEqual({ line: 13, column: 1 });
  });

  it('rejects an origin that is not a whole number from 1', () => {
    expect(() => createLineIndex('x', { startLine: 0 })).toThrow();
    expect(() => createLineIndex('x', { startColumn: 1.5 })).toThrow();
  });

  it('agrees with counting newlines before the offset, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const before = text.slice(0, offset);
        const lines = before.split('\n');
        const { line, column } = createLineIndex(text).pointAt(offset);
        expect(line).toBe(lines.length);
        expect(column).toBe((lines[lines.length - 1] ?? '').length + 1);
      }),
    );
  });
});
