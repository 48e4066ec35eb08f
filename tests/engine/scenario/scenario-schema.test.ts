import { describe, expect, it } from 'vitest';
import { schemaSentence } from '../../../engine/kernel/schema-issues.js';
import { scenarioErrorMap } from '../../../engine/scenario/friendly-error-map.js';
import { ScenarioFrontmatterSchema } from '../../../engine/scenario/scenario.schema.js';
import { principleLabel, SCENARIO_TOPICS, topicLabel } from '../../../engine/scenario/scenario-vocabulary.js';

const base = {
  formatVersion: 1,
  title: 'T',
  summary: 'S',
  audience: 'child',
  raised: '2026-12-18T10:00',
  role: 'R',
  agencies: ['A'],
  topics: ['case-closure'],
  objectives: ['O'],
  estimatedMinutes: 10,
  provenance: { basis: 'fictional', author: 'A', reviewed: '2026-11-20' },
  cast: [],
};

describe('ScenarioFrontmatterSchema', () => {
  it('fills in the defaults for protocol, status, acknowledgements and allowNames', () => {
    expect(ScenarioFrontmatterSchema().parse(base)).toMatchObject({ protocol: 'north-yorkshire', status: 'published', acknowledgements: [], allowNames: [] });
  });

  it('normalises dates that a YAML loader turned into Date objects back to London wall-clock strings', () => {
    const parsed = ScenarioFrontmatterSchema().parse({
      ...base,
      raised: new Date(Date.UTC(2026, 11, 18, 10, 0)),
      provenance: { ...base.provenance, reviewed: new Date(Date.UTC(2026, 10, 20)) },
    });
    expect(parsed.raised).toBe('2026-12-18T10:00');
    expect(parsed.provenance.reviewed).toBe('2026-11-20');
  });

  it('accepts a space instead of T and refuses impossible dates and times', () => {
    expect(ScenarioFrontmatterSchema().parse({ ...base, raised: '2026-12-18 10:00' }).raised).toBe('2026-12-18T10:00');
    for (const raised of ['2026-02-30T10:00', '2026-12-18T24:00', '2026-12-18', 'soon']) {
      expect(ScenarioFrontmatterSchema().safeParse({ ...base, raised }).success, raised).toBe(false);
    }
  });

  it('refuses unknown fields so typos are caught', () => {
    const result = ScenarioFrontmatterSchema().safeParse({ ...base, sumary: 'x' });
    expect(result.success).toBe(false);
  });

  it('accepts acknowledgements only with a known kind and a reason', () => {
    const ok = { kind: 'phone-number', text: '01632 960000', reason: 'Ofcom drama number' };
    expect(ScenarioFrontmatterSchema().safeParse({ ...base, acknowledgements: [ok] }).success).toBe(true);
    expect(ScenarioFrontmatterSchema().safeParse({ ...base, acknowledgements: [{ ...ok, reason: ' ' }] }).success).toBe(false);
    expect(ScenarioFrontmatterSchema().safeParse({ ...base, acknowledgements: [{ ...ok, kind: 'shoe-size' }] }).success).toBe(false);
  });
});

describe('schemaSentence', () => {
  it('turns zod issues into sentences naming the field', () => {
    // The audience must look like a route id here; which routes exist is the validator's check, against the protocol.
    const result = ScenarioFrontmatterSchema().safeParse({ ...base, title: undefined, audience: 'Every One', cast: [{ name: 'Maya' }] });
    const sentences = result.success ? [] : result.error.issues.map((issue) => schemaSentence(issue));
    expect(sentences).toEqual(
      expect.arrayContaining(['Missing required field `title`.', expect.stringContaining('`audience`'), 'Missing required field `cast[0].role`.']),
    );
  });

  it('serves as a zod error map', () => {
    const result = ScenarioFrontmatterSchema().safeParse({ ...base, estimatedMinutes: 'ten' }, { errorMap: scenarioErrorMap });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe('`estimatedMinutes` should be a number, but it is text.');
  });
});

describe('topicLabel', () => {
  it('gives every topic a label and nothing for unknown ids', () => {
    for (const topic of SCENARIO_TOPICS) expect(topicLabel(topic.id)).toBe(topic.label);
    expect(topicLabel('banana')).toBeUndefined();
  });
});

describe('principleLabel', () => {
  it('labels the five principles', () => {
    expect(principleLabel('timeliness')).toBe('Acts in good time');
    expect(principleLabel('kindness')).toBeUndefined();
  });
});
