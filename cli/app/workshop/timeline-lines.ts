/**
 * A text timeline of the simulated case for the projector: one row of stage
 * bands (the stage number repeated across the time it lasted), one row of
 * deadline markers, and a legend, drawn from the engine's `timelineSeries`.
 */
import type { TimelineSeries } from '../../../engine/index.js';
import type { StyledLine } from '../../terminal/index.js';

const MARK = { met: '✓', missed: '!', pending: '◆' } as const;

/**
 * Three lines: bands, markers with "●" for now, and a legend.
 * @example
 * timelineLines(timelineSeries(buildDebrief(scenario, session)), 76);
 */
export function timelineLines(series: TimelineSeries, width: number): StyledLine[] {
  const columns = Math.max(10, width - 8);
  const span = Math.max(1, series.endMs);
  const at = (ms: number) => Math.min(columns - 1, Math.max(0, Math.floor((ms / span) * (columns - 1))));
  const bands = Array.from({ length: columns }, () => ' ');
  for (const band of series.bands) {
    const end = at(band.endMs ?? series.nowMs);
    for (let column = at(band.startMs); column <= end; column += 1) bands[column] = String(band.stage);
  }
  const markers = Array.from({ length: columns }, () => ' ');
  for (const marker of series.markers) markers[at(marker.dueMs)] = MARK[marker.status];
  markers[at(series.nowMs)] = '●';
  const missed = series.markers.filter((marker) => marker.status === 'missed').length;
  return [
    [{ text: 'stages ', bold: true }, { text: bands.join('') }],
    [{ text: '       ' }, { text: markers.join('') }],
    [{ text: `● now  ✓ met  ! missed  ◆ deadline ahead${missed > 0 ? `   ${missed} MISSED so far` : ''}`, dim: missed === 0, bold: missed > 0 }],
  ];
}
