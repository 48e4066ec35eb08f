import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../../engine/kernel/line-index.js';
import { readYaml } from '../../../engine/kernel/yaml-document.js';

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
    expect(read.positions.stringValues()).toEqual([{ text: 'Ring 07700 900123', at: { line: 2, column: 8 } }]);
  });
});
