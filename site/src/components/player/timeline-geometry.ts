/**
 * Pure geometry for the debrief's timeline chart: where each stage band,
 * deadline marker and label goes. The chart is laid out for the width it is
 * shown at (one unit of the viewBox is one CSS pixel), so its text keeps a
 * readable size on a phone and nothing scrolls sideways: on a narrow screen
 * each stage's name goes above its band, and every marker's label gets its
 * own two lines under the band instead of sharing one line with the others.
 * Kept apart from the component so it can be unit-tested without a DOM.
 */
import type { TimelineSeries } from '../../../../engine/runtime.js';

/**
 * Sizes in CSS pixels. The font sizes are the ones player.css gives the
 * chart's text, used here to keep labels inside the chart.
 */
export const chartSize = {
  /** The width laid out before the chart's real width is known. */
  width: 760,
  /** Below this width the stage names go above their bands. */
  narrowBelow: 480,
  /** The stage-name column on wide charts. */
  labelWidth: 96,
  /** Space left and right of the plot on narrow charts, and at the right on wide ones. */
  edge: 12,
  top: 8,
  axisHeight: 36,
  /** Height of a row's band area (band and marker). */
  bandArea: 32,
  /** Height of one line of a marker's label. */
  lineHeight: 17,
  rowGap: 10,
  rowLabelFont: 15,
  markerLabelFont: 14,
  tickFont: 13,
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A generous average glyph width as a share of the font size, so an estimated label is never narrower than the real one. */
const GLYPH = 0.58;
/** The tick steps the axis may use, in days. */
const TICK_STEPS = [1, 2, 7, 14, 28, 56, 112] as const;

/** Options for {@link layoutTimeline}. */
export interface TimelineLayoutOptions {
  /** The width the chart is shown at, in CSS pixels (default {@link chartSize.width}). */
  width?: number;
}

/** A piece of text and where it goes. */
export interface ChartText {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A stage row with its band. */
export interface ChartRow {
  stage: number;
  title: string;
  /** Top of the row. */
  y: number;
  /** The row's height (it grows with its markers' labels). */
  height: number;
  /** Where the "Stage N" label goes. */
  label: ChartText;
  /** Centre line of the band and the markers. */
  centreY: number;
  /** The band, or null when the stage only has deadlines (never began). */
  band: { x: number; width: number; open: boolean } | null;
}

/** A deadline marker and its two-line label. */
export interface ChartMarker {
  checkId: string;
  /** The deadline's name, e.g. "Resolve at the latest". */
  label: string;
  /** What happened in a few words, e.g. "Escalated in time". */
  statusLabel: string;
  status: 'met' | 'missed' | 'pending';
  x: number;
  /** Centre of the marker. */
  y: number;
  /** Where the measured moment happened, when it did. */
  happenedX: number | null;
  /** The first line of the label (the deadline's name); the status is one line below. */
  text: ChartText;
}

/** An axis tick. */
export interface ChartTick {
  x: number;
  label: string;
  text: ChartText;
}

/** Everything the chart draws. */
export interface ChartLayout {
  width: number;
  height: number;
  /** True when stage names go above their bands. */
  narrow: boolean;
  /** The plot's left and right edges: time runs between them. */
  plot: { left: number; right: number };
  rows: ChartRow[];
  markers: ChartMarker[];
  ticks: ChartTick[];
  nowX: number;
  axisY: number;
}

/** The estimated width of a line of text. */
function textWidth(text: string, font: number): number {
  return text.length * font * GLYPH;
}

/** Text centred on `x` where it fits, moved inwards (or started at the edge) where it would not. */
function placeText(x: number, y: number, width: number, chartWidth: number): ChartText {
  const min = 4;
  const max = chartWidth - 4;
  if (width >= max - min) return { x: min, y, anchor: 'start' };
  if (x - width / 2 < min) return { x: min, y, anchor: 'start' };
  if (x + width / 2 > max) return { x: max, y, anchor: 'end' };
  return { x, y, anchor: 'middle' };
}

/**
 * Lays out a timeline: one row per stage that began or has a deadline,
 * time running left to right from the moment the disagreement was raised,
 * every marker's label on its own lines under its row's band.
 *
 * @example
 * ```ts
 * layoutTimeline(timelineSeries(debrief), { width: 358 }).narrow; // true
 * ```
 */
export function layoutTimeline(series: TimelineSeries, options: TimelineLayoutOptions = {}): ChartLayout {
  const { top, axisHeight, bandArea, lineHeight, rowGap, edge } = chartSize;
  const width = Math.max(240, Math.round(options.width ?? chartSize.width));
  const narrow = width < chartSize.narrowBelow;
  const plot = { left: narrow ? edge : chartSize.labelWidth, right: width - edge };
  const span = Math.max(series.endMs, series.nowMs, HOUR);
  const x = (ms: number) => plot.left + (Math.max(0, Math.min(ms, span)) / span) * (plot.right - plot.left);

  const stages = [...new Set([...series.bands.map((band) => band.stage), ...series.markers.map((marker) => marker.stage)])].sort((a, b) => a - b);
  const rows: ChartRow[] = [];
  const markers: ChartMarker[] = [];
  let y = top;
  for (const stage of stages) {
    const band = series.bands.find((candidate) => candidate.stage === stage);
    const labelHeight = narrow ? chartSize.rowLabelFont + 8 : 0;
    const centreY = y + labelHeight + bandArea / 2;
    const own = series.markers.filter((marker) => marker.stage === stage).sort((a, b) => a.dueMs - b.dueMs);
    own.forEach((marker, index) => {
      const markerX = x(marker.dueMs);
      const first = y + labelHeight + bandArea + lineHeight - 3 + index * (2 * lineHeight + 4);
      const longest = Math.max(textWidth(marker.label, chartSize.markerLabelFont), textWidth(marker.statusLabel, chartSize.markerLabelFont));
      markers.push({
        checkId: marker.checkId,
        label: marker.label,
        statusLabel: marker.statusLabel,
        status: marker.status,
        x: markerX,
        y: centreY,
        happenedX: marker.happenedMs === null ? null : x(marker.happenedMs),
        text: placeText(markerX, first, longest, width),
      });
    });
    const height = labelHeight + bandArea + own.length * (2 * lineHeight + 4) + rowGap;
    const end = band ? (band.endMs ?? series.nowMs) : 0;
    const startX = band ? x(band.startMs) : 0;
    rows.push({
      stage,
      title: band?.title ?? `Stage ${stage}`,
      y,
      height,
      label: narrow ? { x: plot.left, y: y + chartSize.rowLabelFont, anchor: 'start' } : { x: 4, y: centreY + 5, anchor: 'start' },
      centreY,
      band: band ? { x: startX, width: Math.max(2, x(end) - startX), open: band.endMs === null } : null,
    });
    y += height;
  }

  const days = span / DAY;
  const room = Math.max(2, Math.floor((plot.right - plot.left) / 64));
  const step = TICK_STEPS.find((candidate) => days / candidate + 1 <= room) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const axisY = y;
  const ticks: ChartTick[] = [];
  for (let day = 0; day * DAY <= span; day += step) {
    const label = day === 0 ? 'Raised' : `Day ${day}`;
    const tickX = x(day * DAY);
    ticks.push({ x: tickX, label, text: placeText(tickX, axisY + 22, textWidth(label, chartSize.tickFont), width) });
  }

  return { width, height: axisY + axisHeight, narrow, plot, rows, markers, ticks, nowX: x(series.nowMs), axisY };
}
