import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertScenarioFormat } from '../../../engine/scenario/assert-scenario-format.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { ScenarioError } from '../../../engine/scenario/scenario-error.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';

const validSmall = readFileSync('tests/fixtures/scenario/valid-small.mdx', 'utf8');

describe('ScenarioError.fromFindings', () => {
  it('carries the first error with its place and counts the rest', () => {
    const source = readFileSync('tests/fixtures/scenario/many-errors.mdx', 'utf8');
    const { findings } = checkScenarioSource(source, 'many-errors.mdx');
    const error = ScenarioError.fromFindings(findings, 'many-errors.mdx');
    expect(error.name).toBe('ScenarioError');
    const first = findings.find((finding) => finding.severity === 'error');
    expect(error).toMatchObject({ file: 'many-errors.mdx', line: first?.line, column: first?.column });
    expect(error.message).toMatch(/and \d+ more errors\)$/);
    expect(error.hint).toContain('validate');
    expect(error.findings.every((finding) => finding.severity === 'error')).toBe(true);
  });
});

describe('assertScenarioFormat', () => {
  it('accepts a parsed scenario after a JSON round trip', () => {
    const { scenario } = parseScenario(validSmall, 'valid-small.mdx');
    expect(assertScenarioFormat(JSON.parse(JSON.stringify(scenario))).id).toBe('valid-small');
  });

  it('refuses a model from a newer or older format, or none, with a ScenarioError', () => {
    const { scenario } = parseScenario(validSmall, 'valid-small.mdx');
    expect(() => assertScenarioFormat({ ...scenario, formatVersion: 2 })).toThrow(/newer/);
    expect(() => assertScenarioFormat({ ...scenario, formatVersion: 0 })).toThrow(/older/);
    expect(() => assertScenarioFormat('nonsense')).toThrow(ScenarioError);
  });
});
