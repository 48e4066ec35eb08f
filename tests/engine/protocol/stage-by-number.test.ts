import { describe, expect, it } from 'vitest';
import { checkProtocolReferences } from '../../../engine/protocol/check-protocol-references.js';
import { computeDeadlines } from '../../../engine/protocol/compute-deadlines.js';
import { stageAfter, stageBefore, stageByNumber } from '../../../engine/protocol/stage-by-number.js';
import { consecutiveProtocol, gappedCheckId, gappedProtocol } from './gapped-protocol.js';

const gapped = gappedProtocol();

describe('stageByNumber', () => {
  it('finds a stage by its number, not by its position', () => {
    expect(stageByNumber(gapped, 4)?.title).toBe('Safeguarding leads review');
    expect(stageByNumber(gapped, 3)).toBeUndefined();
  });
});

describe('stageAfter', () => {
  it("steps over a gap in the numbering to the protocol's next stage", () => {
    expect(stageAfter(gapped, 2)?.stage).toBe(4);
    expect(stageAfter(gapped, 4)?.stage).toBe(5);
  });

  it('has nothing after the last stage, or after a number that is not a stage', () => {
    expect(stageAfter(gapped, 5)).toBeUndefined();
    expect(stageAfter(gapped, 3)).toBeUndefined();
  });
});

describe('stageBefore', () => {
  it("steps back over a gap to the protocol's previous stage", () => {
    expect(stageBefore(gapped, 4)?.stage).toBe(2);
  });

  it('has nothing before the first stage', () => {
    expect(stageBefore(gapped, 1)).toBeUndefined();
  });
});

describe('computeDeadlines', () => {
  it('gives a protocol numbered with a gap the same deadlines, under its own numbers', () => {
    // Raised Fri 18 Dec 2026 16:30; the dates are worked in four-stage-protocol.test.ts.
    const input = { audience: 'child', raised: '2026-12-18T16:30', events: { managersMet: '2026-12-21T10:00' } };
    const expected = computeDeadlines({ ...input, protocol: consecutiveProtocol() });
    const table = computeDeadlines({ ...input, protocol: gapped });
    expect(table.stages.flatMap((stage) => stage.checks.map((check) => [check.id, check.due]))).toEqual(
      expected.stages.flatMap((stage) => stage.checks.map((check) => [gappedCheckId(check.id), check.due])),
    );
    expect(Object.fromEntries(table.stages.map((stage) => [stage.stage, stage.due]))).toEqual({
      1: '2026-12-22T17:30:00.000+00:00',
      2: '2026-12-29T17:30:00.000+00:00',
      4: '2026-12-24T10:00:00.000+00:00',
      5: '2026-12-24T17:30:00.000+00:00',
    });
  });
});

describe('checkProtocolReferences', () => {
  it('is the one place that still asks a protocol file to number its stages 1, 2, 3…', () => {
    expect(checkProtocolReferences(gapped).map((problem) => problem.path)).toEqual([
      ['stages', 2, 'stage'],
      ['stages', 3, 'stage'],
    ]);
  });
});
