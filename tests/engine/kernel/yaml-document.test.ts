import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../../engine/kernel/line-index.js';
import { readYaml, UNUSABLE_KEY_MESSAGE } from '../../../engine/kernel/yaml-document.js';

describe('readYaml', () => {
  it('returns the plain data of a well-formed document', () => {
    const read = readYaml({ text: 'a: 1\nb: [x, y]\n' });
    expect(read.ok && read.data).toEqual({ a: 1, b: ['x', 'y'] });
  });

  it('keeps dates as text', () => {
    const read = readYaml({ text: 'date: 2026-12-29\n' });
    expect(read.ok && read.data).toEqual({ date: '2026-12-29' });
  });

  it('reports an alias to a missing anchor instead of throwing, and still knows positions', () => {
    const read = readYaml({ text: 'title: x\nsteps: [*Scene]\n' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.kind)).toEqual(['unreadable']);
    expect(read.positions?.stringValues().map((value) => value.text)).toEqual(['x']);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(readYaml({ text: bomb }).ok).toBe(false);
  });

  it('gives each syntax error and repeated key with its point, on one line', () => {
    const read = readYaml({ text: 'a: 1\na: 2\n' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ kind: 'syntax', at: { line: 2, column: 1 } });
    expect(read.problems[0]?.message).not.toContain('\n');
  });

  it('finds a repeated key in a nested map and in a flow map, at the repeat, and lets lists repeat values', () => {
    const read = readYaml({ text: 'a:\n  b: 1\n  b: 2\nc: {x: 1, y: 2, x: 3}\nd: [1, 1]\n' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toMatchObject([
      { kind: 'syntax', message: 'Map keys must be unique', at: { line: 3, column: 3 } },
      { kind: 'syntax', message: 'Map keys must be unique', at: { line: 4, column: 17 } },
    ]);
  });

  it('refuses a key that is a list, a map, an alias or bytes, at the key, and says nothing on the process warning channel', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const read = readYaml({ text: 'a: &x 1\n[b, c]: 2\nd:\n  {e: 1}: 3\n*x : 4\n? [f]\n: 5\ng: [[h]: 6]\n!!binary eg==: 7\n' });
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems).toEqual([
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 2, column: 1 } },
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 4, column: 3 } },
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 5, column: 1 } },
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 6, column: 3 } },
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 8, column: 5 } },
        { kind: 'syntax', message: UNUSABLE_KEY_MESSAGE, at: { line: 9, column: 10 } },
      ]);
      // The yaml package turns such a key into text with a Node warning (emitted on a later tick).
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('points at a value, at the map that lacks a field, and at a key', () => {
    const read = readYaml({ text: 'title: x\nevents:\n  - kind: stage-1\n    at: 2026-12-18T10:00\n' });
    if (!read.ok) throw new Error('expected YAML');
    expect(read.positions.pointOf(['events', 0, 'kind'])).toEqual({ line: 3, column: 11 });
    expect(read.positions.pointOf(['events', 0, 'by'])).toEqual({ line: 3, column: 5 });
    expect(read.positions.pointOfKey(['events', 0], 'at')).toEqual({ line: 4, column: 5 });
    expect(read.positions.pointOfKey(['events', 0], 'by')).toBeUndefined();
    expect(read.positions.topLevelKeys()).toEqual({ title: { line: 1, column: 1 }, events: { line: 2, column: 1 } });
  });

  it('places points in the whole file when the text is part of one', () => {
    const file = '---\ntitle: Ring 07700 900123\n---\nBody';
    const read = readYaml({ text: 'title: Ring 07700 900123\n', offset: 4, lines: createLineIndex(file) });
    if (!read.ok) throw new Error('expected YAML');
    expect(read.positions.stringValues()).toEqual([{ text: 'Ring 07700 900123', value: 'Ring 07700 900123', at: { line: 2, column: 8 } }]);
  });
});

describe('readYaml on hostile text', () => {
  const deepBlock = `x:\n  ${'- '.repeat(3000)}1\n`;
  const deepFlow = `x: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;

  it('refuses a block list nested 3,000 deep with a located problem, instead of overflowing the stack', () => {
    const read = readYaml({ text: deepBlock });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ kind: 'too-deep', at: { line: 2 } });
    expect(read.problems[0]?.message).toMatch(/more than 64 levels/);
  });

  it('refuses flow brackets nested 3,000 deep at the bracket that goes one level too deep', () => {
    const read = readYaml({ text: deepFlow });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    // `x: ` is three columns, and the 64 brackets inside the map are allowed.
    expect(read.problems[0]).toMatchObject({ kind: 'too-deep', at: { line: 1, column: 4 + 63 } });
  });

  it('still reads everyday nesting: a list of maps of lists', () => {
    const read = readYaml({ text: 'events:\n  - kind: a\n    tags: [x, [y, {z: 1}]]\n  - - - 1\n' });
    expect(read.ok).toBe(true);
  });

  it('refuses a text larger than the cap, pointing at the first character past it', () => {
    const read = readYaml({ text: `a: ${'x'.repeat(40)}\n`, maxBytes: 20 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatchObject({ kind: 'too-large', at: { line: 1, column: 21 } });
  });

  it('reads hexadecimal and octal numbers as text, so a field that wants a number refuses them', () => {
    const read = readYaml({ text: 'a: 0x10\nb: 0o7\nc: 12\n' });
    expect(read.ok && read.data).toEqual({ a: '0x10', b: '0o7', c: 12 });
  });

  it('finds the key of each of 40,000 fields in linear time', () => {
    const keys = Array.from({ length: 40_000 }, (_, index) => `k${index}`);
    const read = readYaml({ text: keys.map((key) => `${key}: 1`).join('\n'), maxBytes: 10_000_000 });
    if (!read.ok) throw new Error('expected YAML');
    const start = performance.now();
    keys.forEach((key, index) => expect(read.positions.pointOfKey([], key)?.line).toBe(index + 1));
    expect(read.positions.pointOf(['k39999'])).toEqual({ line: 40_000, column: 9 });
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
