import { describe, expect, it } from 'vitest';
import exampleTemplate from '../../../engine/protocol/data/example-template.protocol.json';
import northYorkshire from '../../../engine/protocol/data/north-yorkshire.protocol.json';
import { ProtocolError, builtInProtocol, builtInProtocols, resolveProtocol } from '../../../engine/index.js';
import { loadProtocol } from '../../../engine/protocol/load-protocol.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits of raw JSON

/** A copy of the North Yorkshire file, changed by `edit`. */
function variant(edit: (data: Json) => void): Json {
  const data = structuredClone(northYorkshire) as Json;
  edit(data);
  return data;
}

/** The ProtocolError thrown when loading `data`. */
function failure(data: unknown): ProtocolError {
  try {
    loadProtocol(data, 'test.protocol.json');
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('expected loadProtocol to throw');
}

describe('loadProtocol', () => {
  it('loads the North Yorkshire protocol with its seven stages', () => {
    const protocol = loadProtocol(northYorkshire, 'north-yorkshire.protocol.json');
    expect(protocol.stages.map((stage) => stage.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(protocol.stages.every((stage) => stage.source.timescale.length > 0)).toBe(true);
  });

  it('returns a frozen protocol, so no caller can change the rules for everyone', () => {
    const protocol = loadProtocol(northYorkshire, 'north-yorkshire.protocol.json');
    expect(Object.isFrozen(protocol.stages[0]?.deadlines[0]?.rule)).toBe(true);
  });

  it('names the file, the JSON path and a hint for a misspelt rule field', () => {
    const error = failure(variant((data) => (data.stages[0].deadlines[1].rule = { hoursafter: 96, from: 'raised' })));
    expect(error.name).toBe('ProtocolError');
    expect(error.message).toContain('test.protocol.json');
    expect(error.message).toContain('stages[0].deadlines[1].rule');
    expect(error.hint).toMatch(/hoursAfter/);
    expect(error.path).toMatch(/^stages\[0\]\.deadlines\[1\]\.rule/);
  });

  it('explains the field the author most likely meant inside a rule', () => {
    const error = failure(variant((data) => (data.stages[0].deadlines[1].rule = { hoursAfter: -4, from: 'raised' })));
    expect(error.message).toBe('test.protocol.json: stages[0].deadlines[1].rule.hoursAfter hoursAfter must be more than 0.');
  });

  it('says a missing field is missing', () => {
    const error = failure(variant((data) => delete data.stages[2].owner));
    expect(error.message).toContain('stages[2].owner is missing');
  });

  it('refuses a file that is too new or too old, before looking at anything else', () => {
    expect(failure(variant((data) => (data.formatVersion = 2))).message).toMatch(/formatVersion 2 is too new/);
    expect(failure(variant((data) => (data.formatVersion = 0))).message).toMatch(/not a format version/);
    expect(failure(variant((data) => delete data.formatVersion)).hint).toMatch(/"formatVersion": 1/);
  });

  it('refuses something that is not an object', () => {
    expect(failure([]).message).toMatch(/one JSON object, not a list/);
  });

  it('requires stages numbered 1, 2, 3 … in order', () => {
    const error = failure(variant((data) => (data.stages[3].stage = 5)));
    expect(error.message).toContain('stages[3].stage is 5');
    expect(error.message).toContain('should be 4');
  });

  it('rejects a rule that names an undeclared event, listing the declared ones', () => {
    const error = failure(variant((data) => (data.stages[4].deadlines[0].rule.from = 'stage4Meeting')));
    expect(error.message).toContain('stages[4].deadlines[0].rule.from names the event "stage4Meeting"');
    expect(error.hint).toContain('stage4Discussion');
  });

  it('rejects an assumeAt that points at a missing stage or deadline', () => {
    expect(failure(variant((data) => (data.events.panelMeeting.assumeAt.stage = 9))).message).toContain(
      'events.panelMeeting.assumeAt.stage is stage 9',
    );
    expect(failure(variant((data) => (data.events.panelMeeting.assumeAt.deadline = 'convened'))).message).toContain(
      'events.panelMeeting.assumeAt.deadline is "convened", which stage 7 does not have',
    );
  });

  it('rejects a loop of assumptions', () => {
    // The panel meeting assumed at the recommendations deadline, which counts from the panel meeting.
    const error = failure(variant((data) => (data.events.panelMeeting.assumeAt.deadline = 'recommendations')));
    expect(error.message).toContain('makes a loop: panelMeeting is assumed from panelMeeting');
  });

  it('rejects a longer loop through two events', () => {
    const error = failure(
      variant((data) => {
        data.stages[3].deadlines[0].rule = { workingDaysAfter: 1, from: 'stage5Referral' };
      }),
    );
    expect(error.message).toMatch(/loop: (stage4Discussion is assumed from stage5Referral is assumed from stage4Discussion|stage5Referral is assumed from stage4Discussion is assumed from stage5Referral)/);
  });

  it('rejects a stage deadline that rests only on optional events', () => {
    const error = failure(variant((data) => (data.stages[2].deadlines[0].rule = { at: 'safetyBy' })));
    expect(error.message).toContain('depends only on optional events');
  });

  it('rejects a due, target or meetingBy that names no deadline of the stage', () => {
    expect(failure(variant((data) => (data.stages[0].due = 'limits'))).message).toContain('stages[0].due names the deadline "limits"');
  });

  it('rejects a placeholder that a route does not define', () => {
    const error = failure(variant((data) => delete data.routes.adult.referralRecipient));
    expect(error.message).toContain('{referralRecipient}');
    expect(error.message).toContain('adult');
  });

  it('rejects per-route text that leaves a route out', () => {
    const error = failure(variant((data) => delete data.stages[5].owner.adult));
    expect(error.message).toContain('stages[5].owner has no text for the route adult');
  });

  it('rejects an event with neither assumeAt nor optional, which could never be filled in', () => {
    const error = failure(variant((data) => delete data.events.stage5Referral.assumeAt));
    expect(error.message).toContain('events.stage5Referral has neither assumeAt nor "optional": true');
  });

  it('requires the raised event', () => {
    expect(failure(variant((data) => delete data.events.raised)).message).toContain('does not declare the "raised" event');
  });

  it('counts the other problems after the first', () => {
    const error = failure(
      variant((data) => {
        data.stages[0].due = 'nope';
        data.stages[1].due = 'nope';
      }),
    );
    expect(error.message).toMatch(/\(There is 1 more problem after this one\.\)$/);
  });
});

describe('resolveProtocol', () => {
  it('returns a built-in protocol by name', () => {
    expect(resolveProtocol('north-yorkshire')).toBe(builtInProtocols['north-yorkshire']);
  });

  it('loads parsed data given instead of a name', () => {
    expect(resolveProtocol(structuredClone(northYorkshire), 'copy.json').id).toBe('north-yorkshire');
  });

  it('explains an unknown name and lists the built-in ones', () => {
    expect(() => resolveProtocol('west-yorkshire')).toThrow(
      expect.objectContaining({ name: 'ProtocolError', hint: expect.stringContaining('north-yorkshire') }),
    );
  });

  it('does not mistake inherited object keys for protocol names', () => {
    expect(() => resolveProtocol('toString')).toThrow(ProtocolError);
  });
});

describe('builtInProtocol', () => {
  it('gives exactly what loading the North Yorkshire file through the schema gives', () => {
    expect(builtInProtocol('north-yorkshire')).toEqual(loadProtocol(structuredClone(northYorkshire), 'north-yorkshire.protocol.json'));
  });

  it('gives exactly what loading the example template file through the schema gives', () => {
    expect(builtInProtocol('example-template')).toEqual(loadProtocol(structuredClone(exampleTemplate), 'example-template.protocol.json'));
  });

  it('is frozen all the way down, so no caller can change the rules for everyone', () => {
    expect(Object.isFrozen(builtInProtocol('north-yorkshire').stages[0]?.deadlines[0]?.rule)).toBe(true);
  });

  it('explains an unknown name and lists the built-in ones', () => {
    expect(() => builtInProtocol('west-yorkshire')).toThrow(
      expect.objectContaining({ name: 'ProtocolError', message: 'There is no built-in protocol called "west-yorkshire".', hint: expect.stringContaining('north-yorkshire') }),
    );
  });
});
