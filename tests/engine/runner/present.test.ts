import { describe, expect, it } from 'vitest';
import type { Breach } from '../../../engine/process/process-context.js';
import { presentDeadlines } from '../../../engine/runner/present.js';

const breach = (due: string, happenedAt: string, lateByMs: number, lateByWorkingDays: number): Breach => ({
  checkId: '5.referral',
  stage: 5,
  kind: 'deadline',
  label: 'Refer on',
  due,
  measuredAt: 'start',
  happenedAt,
  lateByMs,
  lateByWorkingDays,
});

const lateness = (missed: Breach) => presentDeadlines({ met: [], missed: [missed], aimsPassed: [], pending: [] }).missed[0]?.latenessLabel;

describe('presentDeadlines lateness', () => {
  // Found by the model-based runner test: due Friday 8 January 2027 at 23:59,
  // done at 03:00 on the Saturday, was called "the same working day".
  it('does not call a Saturday after a Friday deadline the same working day', () => {
    const label = lateness(breach('2027-01-08T23:59:59.000+00:00', '2027-01-09T03:00:00.000+00:00', 3 * 3_600_000, 0));
    expect(label).toBe('late by 3 hours, before the next working day');
  });

  it('counts working days once one has passed', () => {
    const label = lateness(breach('2027-01-08T23:59:59.000+00:00', '2027-01-11T10:00:00.000+00:00', 58 * 3_600_000, 1));
    expect(label).toBe('late by 58 hours, 1 working day later');
  });
});
