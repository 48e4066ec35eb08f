import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../engine/scenario/mdx-processor.js';
import { shiftedCopy } from '../../../engine/scenario/shift-mdast.js';

describe('shiftedCopy', () => {
  it('moves a piece parsed alone to where the whole file has it, estree and all', () => {
    const piece = '<Scene id="a" stage={2}>\n\n1. one {/* note */}\n2. two\n\n</Scene>\n';
    const before = 'Some text.\n\nMore text.\n\n';
    const alone = parseMdx(piece).children[0];
    const inFile = parseMdx(before + piece).children[2];
    expect(shiftedCopy(alone, { lines: 4, offset: before.length })).toEqual(inFile);
  });

  it('leaves an ordered list\'s start number alone, and the input unchanged', () => {
    const list = parseMdx('3. three\n').children[0]!;
    const copy = shiftedCopy(list, { lines: 1, offset: 10 }) as typeof list & { start?: number };
    expect(copy.start).toBe(3);
    expect(copy.position?.start).toEqual({ line: 2, column: 1, offset: 10 });
    expect(list.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
  });
});
