import { describe, expect, it } from 'vitest';
import { computeDeadlines, explainWorkingDayStarts, resolveProtocol } from '../../../engine/index.js';

const protocol = resolveProtocol('north-yorkshire');
const friday = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00' });
const saturday = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-19T10:00' });

describe('explainWorkingDayStarts', () => {
  it('explains why a Saturday raise gives the same stage 3 date as the Friday', () => {
    expect(saturday.stages[2]!.due).toBe(friday.stages[2]!.due);
    const [note] = explainWorkingDayStarts(saturday, protocol);
    expect(note).toEqual({
      event: 'raised',
      stages: [3, 4, 6, 7],
      text:
        'The disagreement was raised on Saturday 19 December 2026, which is not a working day (a weekend). ' +
        'A count of working days leaves out the day it starts from and counts only working days, so the first day counted is Monday 21 December 2026, ' +
        'just as it would be from Friday 18 December 2026, the working day before. ' +
        'That is why stage 3 is due by the end of Wednesday 6 January 2027, the same as if it had been on the Friday; so are stages 4, 6 and 7.',
    });
  });

  it('names only stages whose due time really is the same as from the working day before', () => {
    const [note] = explainWorkingDayStarts(saturday, protocol);
    for (const stage of note!.stages) expect(saturday.stages[stage - 1]!.due).toBe(friday.stages[stage - 1]!.due);
    // Stage 1 counts elapsed hours, so a Saturday raise does move it.
    expect(saturday.stages[0]!.due).not.toBe(friday.stages[0]!.due);
  });

  it('names a bank holiday, and a disputed decision on one', () => {
    const table = computeDeadlines({ protocol, audience: 'adult', raised: '2026-12-29T10:00', events: { disputedDecision: '2026-12-28T09:00' } });
    const [note] = explainWorkingDayStarts(table, protocol);
    expect(note?.event).toBe('disputedDecision');
    expect(note?.text).toMatch(/^Disputed decision, action or referral happened on Monday 28 December 2026, which is not a working day \(a bank holiday, Boxing Day \(substitute day\)\)\./);
    expect(note?.text).toContain('just as it would be from Thursday 24 December 2026, the working day before');
  });

  it('says nothing when the events fall on working days', () => {
    expect(explainWorkingDayStarts(friday, protocol)).toEqual([]);
  });
});
