import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineSeries } from '../../engine/debrief/debrief.js';
import { chartSize, layoutTimeline } from '../../site/src/components/player/timeline-geometry.js';

const HOUR = 3_600_000;
/** The glyph width the layout assumes, as a share of the font size (kept generous on purpose). */
const GLYPH = 0.58;

const series: TimelineSeries = {
  raised: '2026-10-05T15:30:00.000+01:00',
  endMs: 96 * HOUR,
  nowMs: 20 * HOUR,
  bands: [{ stage: 1, title: 'Talk it through', startMs: 0, endMs: 20 * HOUR }],
  markers: [
    { checkId: '1.target', label: 'Aim to resolve', stage: 1, dueMs: 24 * HOUR, happenedMs: 20 * HOUR, status: 'met', statusLabel: 'Met' },
    { checkId: '1.limit', label: 'Resolve at the latest', stage: 1, dueMs: 96 * HOUR, happenedMs: 20 * HOUR, status: 'met', statusLabel: 'Escalated in time' },
    { checkId: '3.resolution', label: 'Resolve', stage: 3, dueMs: 200 * HOUR, happenedMs: null, status: 'pending', statusLabel: 'Still open' },
  ],
  moves: [],
};

/** The horizontal extent of a piece of text as the layout estimates it. */
function extent(text: { x: number; anchor: 'start' | 'middle' | 'end' }, width: number): [number, number] {
  if (text.anchor === 'start') return [text.x, text.x + width];
  if (text.anchor === 'end') return [text.x - width, text.x];
  return [text.x - width / 2, text.x + width / 2];
}

describe('layoutTimeline', () => {
  it('gives a row to every stage with a band or a deadline, in stage order, each tall enough for its labels', () => {
    const layout = layoutTimeline(series);
    expect(layout.rows.map((row) => [row.stage, row.band !== null])).toEqual([
      [1, true],
      [3, false],
    ]);
    const [first, second] = layout.rows;
    expect(second!.y).toBe(first!.y + first!.height);
    expect(first!.height).toBeGreaterThan(second!.height);
    expect(layout.height).toBe(second!.y + second!.height + chartSize.axisHeight);
  });

  it('places time left to right from the label column, clamping beyond the end', () => {
    const layout = layoutTimeline(series);
    expect(layout.narrow).toBe(false);
    expect(layout.rows[0]!.band!.x).toBe(chartSize.labelWidth);
    expect(layout.markers[1]!.x).toBe(chartSize.width - chartSize.edge);
    expect(layout.markers[2]!.x).toBe(chartSize.width - chartSize.edge);
    expect(layout.markers[0]!.x).toBeLessThan(layout.markers[1]!.x);
  });

  it('starts the axis at Raised and labels days', () => {
    expect(layoutTimeline(series).ticks.map((tick) => tick.label)).toEqual(['Raised', 'Day 1', 'Day 2', 'Day 3', 'Day 4']);
  });

  it('on a phone puts the stage names above the bands and gives the plot the whole width', () => {
    const layout = layoutTimeline(series, { width: 342 });
    expect(layout).toMatchObject({ width: 342, narrow: true, plot: { left: chartSize.edge, right: 342 - chartSize.edge } });
    const row = layout.rows[0]!;
    expect(row.label.y).toBeLessThan(row.centreY - 9);
    expect(row.band!.x).toBe(chartSize.edge);
  });

  it('gives each marker in a row its own lines, so labels never share a line', () => {
    const layout = layoutTimeline(series, { width: 342 });
    const stage1 = layout.markers.filter((marker) => marker.checkId.startsWith('1.'));
    expect(stage1[1]!.text.y - stage1[0]!.text.y).toBeGreaterThanOrEqual(2 * chartSize.lineHeight);
  });

  it('keeps every shape and every label inside the chart, at any width and whatever the times', () => {
    const time = fc.integer({ min: 0, max: 60 * 24 * HOUR });
    const label = fc.string({ minLength: 1, maxLength: 34 });
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 1400 }),
        time,
        time,
        fc.array(fc.record({ stage: fc.integer({ min: 1, max: 7 }), dueMs: time, status: fc.constantFrom('met' as const, 'missed' as const, 'pending' as const), label, statusLabel: label }), { maxLength: 9 }),
        (width, endMs, nowMs, marks) => {
          const layout = layoutTimeline(
            { ...series, endMs, nowMs, markers: marks.map((mark, index) => ({ ...mark, checkId: `m${index}`, happenedMs: null })) },
            { width },
          );
          for (const x of [layout.nowX, ...layout.markers.map((m) => m.x), ...layout.ticks.map((t) => t.x)]) {
            expect(x).toBeGreaterThanOrEqual(layout.plot.left);
            expect(x).toBeLessThanOrEqual(layout.plot.right);
          }
          for (const marker of layout.markers) {
            const longest = Math.max(marker.label.length, marker.statusLabel.length) * chartSize.markerLabelFont * GLYPH;
            const [left, right] = extent(marker.text, longest);
            expect(left).toBeGreaterThanOrEqual(0);
            if (longest < width - 8) expect(right).toBeLessThanOrEqual(width);
          }
          for (const tick of layout.ticks) {
            const [left, right] = extent(tick.text, tick.label.length * chartSize.tickFont * GLYPH);
            expect(left).toBeGreaterThanOrEqual(0);
            expect(right).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it('spaces the axis ticks so their labels do not run into each other', () => {
    for (const width of [300, 390, 760, 1200]) {
      const ticks = layoutTimeline({ ...series, endMs: 40 * 24 * HOUR }, { width }).ticks;
      for (let index = 1; index < ticks.length; index++) expect(ticks[index]!.x - ticks[index - 1]!.x).toBeGreaterThanOrEqual(56);
    }
  });
});
