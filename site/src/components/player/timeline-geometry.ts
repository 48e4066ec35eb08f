/**
 * Pure geometry for the debrief's timeline chart: where each stage band and
 * deadline marker goes in the SVG's coordinate space. Kept apart from the
 * component so it can be unit-tested without a DOM.
 */
import type { TimelineSeries } from '../../../../engine/runtime.js';

/** Overall size of the chart's viewBox and its margins. */
export const chartSize = { width: 760, labelWidth: 96, rowHeight: 46, top: 8, axisHeight: 34, right: 16 } as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A stage row with its band. */
export interface ChartRow {
  stage: number;
  title: string;
  y: number;
  /** The band, or null when the stage only has deadlines (never began). */
  band: { x: number; width: number; open: boolean } | null;
}

/** A deadline marker. */
export interface ChartMarker {
  checkId: string;
  label: string;
  status: 'met' | 'missed' | 'pending';
  x: number;
  y: number;
  /** Where the measured moment happened, when it did. */
  happenedX: number | null;
}

/** An axis tick. */
export interface ChartTick {
  x: number;
  label: string;
}

/** Everything the chart draws. */
export interface ChartLayout {
  height: number;
  rows: ChartRow[];
  markers: ChartMarker[];
  ticks: ChartTick[];
  nowX: number;
  axisY: number;
}

/**
 * Lays out a timeline: one row per stage that began or has a deadline,
 * time running left to right from the moment the disagreement was raised.
 *
 * @example
 * ```ts
 * layoutTimeline(timelineSeries(debrief)).rows.length; // stages shown
 * ```
 */
export function layoutTimeline(series: TimelineSeries): ChartLayout {
  const { width, labelWidth, rowHeight, top, axisHeight, right } = chartSize;
  const span = Math.max(series.endMs, series.nowMs, HOUR);
  const plotWidth = width - labelWidth - right;
  const x = (ms: number) => labelWidth + (Math.max(0, Math.min(ms, span)) / span) * plotWidth;

  const stages = [...new Set([...series.bands.map((band) => band.stage), ...series.markers.map((marker) => marker.stage)])].sort((a, b) => a - b);
  const rowY = new Map(stages.map((stage, index) => [stage, top + index * rowHeight]));
  const rows: ChartRow[] = stages.map((stage) => {
    const band = series.bands.find((candidate) => candidate.stage === stage);
    const y = rowY.get(stage)!;
    if (!band) return { stage, title: `Stage ${stage}`, y, band: null };
    const end = band.endMs ?? series.nowMs;
    const startX = x(band.startMs);
    return { stage, title: band.title, y, band: { x: startX, width: Math.max(2, x(end) - startX), open: band.endMs === null } };
  });
  const markers: ChartMarker[] = series.markers.map((marker) => ({
    checkId: marker.checkId,
    label: marker.label,
    status: marker.status,
    x: x(marker.dueMs),
    y: rowY.get(marker.stage)!,
    happenedX: marker.happenedMs === null ? null : x(marker.happenedMs),
  }));

  const days = span / DAY;
  const step = days <= 4 ? 1 : days <= 21 ? 2 : 7;
  const ticks: ChartTick[] = [];
  for (let day = 0; day * DAY <= span; day += step) ticks.push({ x: x(day * DAY), label: day === 0 ? 'Raised' : `Day ${day}` });

  const axisY = top + stages.length * rowHeight;
  return { height: axisY + axisHeight, rows, markers, ticks, nowX: x(series.nowMs), axisY };
}
