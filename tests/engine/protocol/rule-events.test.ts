import { describe, expect, it } from 'vitest';
import { resolveProtocol } from '../../../engine/index.js';
import { canRuleDropOut, eventsOfRule } from '../../../engine/protocol/rule-events.js';

const { events } = resolveProtocol('north-yorkshire');

describe('eventsOfRule', () => {
  it('lists the events of nested rules with their paths and uses', () => {
    expect(
      eventsOfRule({ earliest: [{ workingDaysAfter: 3, from: 'stage5Referral' }, { earliest: [{ at: 'safetyBy' }, { endOfWorkingDay: 'raised' }] }] }),
    ).toEqual([
      { event: 'stage5Referral', use: 'from', path: ['earliest', 0, 'from'] },
      { event: 'safetyBy', use: 'at', path: ['earliest', 1, 'earliest', 0, 'at'] },
      { event: 'raised', use: 'from', path: ['earliest', 1, 'earliest', 1, 'endOfWorkingDay'] },
    ]);
  });
});

describe('canRuleDropOut', () => {
  it('is true only when every term rests on an optional event', () => {
    expect(canRuleDropOut({ at: 'safetyBy' }, events)).toBe(true);
    expect(canRuleDropOut({ earliest: [{ at: 'safetyBy' }, { hoursAfter: 1, from: 'safetyBy' }] }, events)).toBe(true);
    expect(canRuleDropOut({ earliest: [{ at: 'safetyBy' }, { workingDaysAfter: 10, from: 'raised' }] }, events)).toBe(false);
    expect(canRuleDropOut({ hoursAfter: 48, from: 'panelMeeting' }, events)).toBe(false);
  });
});
