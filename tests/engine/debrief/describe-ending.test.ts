import { describe, expect, it } from 'vitest';
import { describeEnding } from '../../../engine/debrief/describe-ending.js';

describe('describeEnding', () => {
  it('says the stage and the time once when the disagreement was resolved where the scenario ended', () => {
    expect(describeEnding({ resolvedAt: 3, stage: 3 }, 'Thu 11 Feb 2027, 12:00')).toBe('resolved at stage 3 on Thu 11 Feb 2027, 12:00');
  });

  it('says where it was resolved and where the scenario ended when they differ', () => {
    expect(describeEnding({ resolvedAt: 3, stage: 4 }, 'Tue 23 Feb 2027, 12:00')).toBe('resolved at stage 3; the scenario ended at stage 4 on Tue 23 Feb 2027, 12:00');
  });

  it('says it was not resolved, and where and when the scenario ended', () => {
    expect(describeEnding({ resolvedAt: undefined, stage: 1 }, 'Wed 10 Feb 2027, 17:00')).toBe('not resolved; the scenario ended at stage 1 on Wed 10 Feb 2027, 17:00');
  });
});
