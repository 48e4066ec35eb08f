import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../engine/scenario/finding.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';

const valid = readFileSync('tests/fixtures/scenario/valid-small.mdx', 'utf8');
const lines = valid.split('\n');

const wellPlaced = (findings: Finding[]) => {
  for (const finding of findings) {
    expect(finding.file).toBe('fuzz.mdx');
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(finding.line) && Number.isInteger(finding.column)).toBe(true);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.hint.length).toBeGreaterThan(0);
  }
};

/** Edits of the valid fixture: delete, duplicate or swap lines, insert characters, truncate. */
const mutation = fc.oneof(
  fc.nat().map((at) => (text: string[]) => text.filter((_, index) => index !== at % text.length)),
  fc.nat().map((at) => (text: string[]) => text.flatMap((line, index) => (index === at % text.length ? [line, line] : [line]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string[]) => {
    const copy = [...text];
    const [i, j] = [a % copy.length, b % copy.length];
    [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('<', '>', '{', '}', '/', '"', '=', ':', '-', '#', '\n', 'x', ' ', '`', '[', ']', '(', ')', '\\', '*') })).map(
    ([lineAt, columnAt, inserted]) =>
      (text: string[]) =>
        text.map((line, index) => (index === lineAt % text.length ? line.slice(0, columnAt % (line.length + 1)) + inserted + line.slice(columnAt % (line.length + 1)) : line)),
  ),
  fc.nat().map((at) => (text: string[]) => text.join('\n').slice(0, at % (valid.length + 1)).split('\n')),
);

describe('checkScenarioSource under fuzzing', () => {
  it('never throws on random text, and every finding has a file and a position from 1:1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        wellPlaced(checkScenarioSource(text, 'fuzz.mdx').findings);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of MDX and YAML punctuation', () => {
    const unit = fc.constantFrom('<', '>', '{', '}', '/', '"', '=', ':', '-', '---', '\n', 'Scene', 'Choice', ' id="a"', ' stage={1}', '`', '[', ']', '(guidance:x)', '\\', '*', '#', 'a', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), (parts) => {
        wellPlaced(checkScenarioSource(parts.join(''), 'fuzz.mdx').findings);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid scenario', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        const mutated = edits.reduce((text, edit) => edit(text), lines).join('\n');
        wellPlaced(checkScenarioSource(mutated, 'fuzz.mdx').findings);
      }),
      { numRuns: 300 },
    );
  });
});
