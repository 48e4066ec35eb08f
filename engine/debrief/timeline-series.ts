/**
 * A debrief's timeline as plain numbers for a chart: stage bands and
 * deadline markers in milliseconds after the disagreement was raised, so the
 * site's SVG chart and the terminal timeline draw the same thing.
 */
import type { Debrief, TimelineSeries } from './debrief.js';

/**
 * The chart data of a debrief.
 *
 * @example
 * const series = timelineSeries(debrief);
 * series.bands.map((band) => [band.stage, band.startMs, band.endMs]);
 */
export function timelineSeries(debrief: Debrief): TimelineSeries {
  const zero = Date.parse(debrief.raised);
  const ms = (iso: string) => Date.parse(iso) - zero;
  const nowMs = ms(debrief.endedAt);
  const bands = debrief.stages
    .filter((stage) => stage.startedAt !== null && !stage.skipped)
    .map((stage) => ({
      stage: stage.stage,
      title: stage.title,
      startMs: ms(stage.startedAt as string),
      endMs: stage.endedAt === null ? null : ms(stage.endedAt),
    }));
  const markers: TimelineSeries['markers'] = [];
  for (const stage of debrief.stages) {
    for (const deadline of stage.deadlines) {
      if (deadline.status !== 'met' && deadline.status !== 'missed' && deadline.status !== 'pending') continue;
      markers.push({
        checkId: deadline.checkId,
        label: deadline.label,
        stage: stage.stage,
        dueMs: ms(deadline.due),
        happenedMs: deadline.happenedAt === null ? null : ms(deadline.happenedAt),
        status: deadline.status,
        statusLabel: deadline.statusLabel,
      });
    }
  }
  const moves = debrief.path.map((step) => ({ ms: ms(step.at), label: step.label, stage: step.stage }));
  const endMs = Math.max(nowMs, ...markers.map((marker) => marker.dueMs), ...markers.map((marker) => marker.happenedMs ?? 0));
  return { raised: debrief.raised, endMs, nowMs, bands, markers, moves };
}
