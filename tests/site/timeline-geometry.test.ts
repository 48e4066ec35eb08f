import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineSeries } from '../../engine/debrief/debrief.js';
import { chartSize, layoutTimeline } from '../../site/src/components/player/timeline-geometry.js';

const HOUR = 3_600_000;

const series: TimelineSeries = {
  raised: '2026-10-05T15:30:00.000+01:00',
  endMs: 96 * HOUR,
  nowMs: 20 * HOUR,
  bands: [{ stage: 1, title: 'Talk it through', startMs: 0, endMs: 20 * HOUR }],
  markers: [
    { checkId: '1.target', label: 'Aim to resolve', stage: 1, dueMs: 24 * HOUR, happenedMs: 20 * HOUR, status: 'met' },
    { checkId: '1.limit', label: 'Resolve at the latest', stage: 1, dueMs: 96 * HOUR, happenedMs: 20 * HOUR, status: 'met' },
    { checkId: '3.resolution', label: 'Resolve', stage: 3, dueMs: 200 * HOUR, happenedMs: null, status: 'pending' },
  ],
  moves: [],
};

describe('layoutTimeline', () => {
  it('gives a row to every stage with a band or a deadline, in stage order', () => {
    const layout = layoutTimeline(series);
    expect(layout.rows.map((row) => [row.stage, row.band !== null])).toEqual([
      [1, true],
      [3, false],
    ]);
    expect(layout.height).toBe(chartSize.top + 2 * chartSize.rowHeight + chartSize.axisHeight);
  });

  it('places time left to right from the label column, clamping beyond the end', () => {
    const layout = layoutTimeline(series);
    expect(layout.rows[0]!.band!.x).toBe(chartSize.labelWidth);
    expect(layout.markers[1]!.x).toBe(chartSize.width - chartSize.right);
    expect(layout.markers[2]!.x).toBe(chartSize.width - chartSize.right);
    expect(layout.markers[0]!.x).toBeLessThan(layout.markers[1]!.x);
  });

  it('starts the axis at Raised and labels days', () => {
    expect(layoutTimeline(series).ticks.map((tick) => tick.label)).toEqual(['Raised', 'Day 1', 'Day 2', 'Day 3', 'Day 4']);
  });

  it('keeps every shape inside the chart whatever the times', () => {
    const time = fc.integer({ min: 0, max: 60 * 24 * HOUR });
    fc.assert(
      fc.property(time, time, fc.array(fc.record({ stage: fc.integer({ min: 1, max: 7 }), dueMs: time, status: fc.constantFrom('met' as const, 'missed' as const, 'pending' as const) }), { maxLength: 9 }), (endMs, nowMs, marks) => {
        const layout = layoutTimeline({
          ...series,
          endMs,
          nowMs,
          markers: marks.map((mark, index) => ({ ...mark, checkId: `m${index}`, label: 'x', happenedMs: null })),
        });
        for (const x of [layout.nowX, ...layout.markers.map((m) => m.x), ...layout.ticks.map((t) => t.x)]) {
          expect(x).toBeGreaterThanOrEqual(chartSize.labelWidth);
          expect(x).toBeLessThanOrEqual(chartSize.width - chartSize.right);
        }
      }),
    );
  });
});
