/**
 * The located protocol checker behind `protocol check`: every problem of a
 * partnership's file at its line and column, cross-references included even
 * when the schema has complaints elsewhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProtocolSource, formatFinding } from '../../../engine/index.js';

const template = readFileSync('engine/protocol/data/example-template.protocol.json', 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits of raw JSON

/** The template with `edit` applied, pretty-printed so every value has its own line. */
function edited(edit: (data: Json) => void): string {
  const data = JSON.parse(template) as Json;
  edit(data);
  return JSON.stringify(data, null, 2);
}

/** The 1-based line holding `needle` (the first occurrence). */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('checkProtocolSource', () => {
  it('accepts each built-in protocol file and returns the protocol', () => {
    for (const file of ['north-yorkshire', 'example-template']) {
      const { protocol, findings } = checkProtocolSource(readFileSync(`engine/protocol/data/${file}.protocol.json`, 'utf8'), `${file}.protocol.json`);
      expect(findings).toEqual([]);
      expect(protocol?.id).toBe(file);
    }
  });

  it('reports three deliberate mistakes at once, each at its line: an unknown rule kind, a missing owner and an undeclared event', () => {
    const text = edited((data) => {
      data.stages[1].deadlines[0].rule = { calendarDaysAfter: 5, from: 'practitionersTalked' };
      delete data.stages[2].owner;
      data.stages[3].deadlines[1].rule = { workingDaysAfter: 2, from: 'reviewMeting' };
    });
    const { protocol, findings } = checkProtocolSource(text, 'ours.protocol.json');
    expect(protocol).toBeUndefined();
    expect(findings.map((finding) => [finding.code, finding.line, finding.message])).toEqual([
      ['protocol-schema', lineOf(text, '"calendarDaysAfter"') - 1, 'stages[1].deadlines[0].rule is not a rule this format knows.'],
      ['protocol-schema', expect.any(Number), 'stages[2].owner is missing.'],
      ['protocol-reference', lineOf(text, '"reviewMeting"'), 'stages[3].deadlines[1].rule.from names the event "reviewMeting", which the protocol does not declare.'],
    ]);
    expect(findings[2]?.hint).toMatch(/^Did you mean "reviewMeeting"\?/);
    expect(formatFinding(findings[0]!)).toMatch(/^ours\.protocol\.json:\d+:\d+: error: /);
  });

  it('finds assumed events that depend on each other in a loop', () => {
    const text = edited((data) => {
      data.stages[0].deadlines[0].rule = { workingDaysAfter: 5, from: 'managersTalked' };
    });
    const { findings } = checkProtocolSource(text, 'loop.protocol.json');
    expect(findings.map((finding) => finding.message)).toContainEqual(expect.stringMatching(/makes a loop: .*practitionersTalked.*managersTalked/));
  });

  it('points a JSON syntax error at its line and column', () => {
    const text = template.replace('"stages": [', '"stages": [,');
    const [finding] = checkProtocolSource(text, 'broken.protocol.json').findings;
    expect(finding).toMatchObject({ code: 'protocol-syntax', line: lineOf(template, '"stages": [') });
  });

  it('says a newer format version is too new, at the field', () => {
    const text = edited((data) => {
      data.formatVersion = 9;
    });
    expect(checkProtocolSource(text, 'new.protocol.json').findings).toEqual([
      expect.objectContaining({ code: 'protocol-version', line: 2, message: expect.stringContaining('too new') }),
    ]);
  });

  it('checks caps, notes and case event settings against the stages', () => {
    const text = edited((data) => {
      data.caps[0].stages = [9];
      data.notes[1].stages = [5];
      data.events.raised.ifNotGiven = 'Nothing.';
    });
    const messages = checkProtocolSource(text, 'more.protocol.json').findings.map((finding) => finding.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'caps[0].stages[0] is stage 9, which does not exist.',
        'notes[1].stages[0] is stage 5, which does not exist.',
        expect.stringContaining('events.raised is always given'),
      ]),
    );
  });
});

describe('checkProtocolSource on hostile files', () => {
  it('refuses a protocol nested 3,000 deep, and one larger than the cap, with located findings', () => {
    const deep = `{"formatVersion": 1, "x": ${'['.repeat(3000)}${']'.repeat(3000)}}`;
    expect(checkProtocolSource(deep, 'deep.protocol.json').findings).toMatchObject([{ code: 'too-deeply-nested', line: 1 }]);
    const large = `${template.slice(0, -2)}, "padding": "${'x'.repeat(2_000_000)}"}`;
    expect(checkProtocolSource(large, 'large.protocol.json').findings).toMatchObject([{ code: 'file-too-large' }]);
  });
});
