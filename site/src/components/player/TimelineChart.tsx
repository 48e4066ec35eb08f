import { useId } from 'react';
import type { Debrief, TimelineSeries } from '../../../../engine/runtime.js';
import { chartSize, layoutTimeline, type ChartMarker } from './timeline-geometry.js';

const statusWords = { met: 'met', missed: 'missed', pending: 'still ahead' } as const;


/** The columns of the table beside the chart, which says in words what the chart draws. */
const TABLE_COLUMNS = ['Stage', 'Deadline', 'Due', 'Result'] as const;
/** A marker's shape says its status without colour: filled circle met, cross missed, hollow diamond ahead. */
function MarkerShape({ marker }: { marker: ChartMarker }) {
  const cy = marker.y + 16;
  if (marker.status === 'met') return <circle cx={marker.x} cy={cy} r={6} className="timeline__marker timeline__marker--met" />;
  if (marker.status === 'missed') {
    return (
      <g className="timeline__marker timeline__marker--missed">
        <line x1={marker.x - 6} y1={cy - 6} x2={marker.x + 6} y2={cy + 6} />
        <line x1={marker.x - 6} y1={cy + 6} x2={marker.x + 6} y2={cy - 6} />
      </g>
    );
  }
  return <polygon points={`${marker.x},${cy - 7} ${marker.x + 7},${cy} ${marker.x},${cy + 7} ${marker.x - 7},${cy}`} className="timeline__marker timeline__marker--pending" />;
}

/** Labels near either end of the plot are anchored inwards so they are not cut off. */
function labelAnchor(x: number): 'start' | 'middle' | 'end' {
  if (x > chartSize.width - chartSize.right - 60) return 'end';
  if (x < chartSize.labelWidth + 40) return 'start';
  return 'middle';
}

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  series: TimelineSeries;
  debrief: Debrief;
}

/**
 * The case against the stage deadlines as an inline SVG: a band per stage
 * from when it began to when it ended, and each deadline as a labelled
 * marker whose shape gives its status. A <title>/<desc> summarise it and a
 * table below gives the same facts for screen readers and for print.
 */
export function TimelineChart({ series, debrief }: TimelineChartProps) {
  const id = useId();
  const layout = layoutTimeline(series);
  const met = series.markers.filter((marker) => marker.status === 'met').length;
  const missed = series.markers.filter((marker) => marker.status === 'missed').length;
  const pending = series.markers.length - met - missed;
  const description = `Stages ${layout.rows.map((row) => row.stage).join(', ')} shown against time since the disagreement was raised. ${met} deadline${met === 1 ? '' : 's'} met, ${missed} missed, ${pending} still ahead. The table after the chart lists each deadline.`;
  const rows = debrief.stages.flatMap((stage) => stage.deadlines.map((deadline) => ({ stage, deadline })));
  return (
    <figure className="timeline">
      {/* On narrow screens the chart keeps a readable size and scrolls sideways; the table below has the same facts. */}
      <div className="timeline__scroll" tabIndex={0} role="group" aria-label="Timeline chart, scrolls sideways on small screens">
      <svg
        className="timeline__svg"
        viewBox={`0 0 ${chartSize.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Timeline of the case against the stage deadlines</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-open`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="timeline__band-fill" />
            <line x1="0" y1="0" x2="0" y2="8" className="timeline__hatch" />
          </pattern>
        </defs>
        {layout.rows.map((row) => (
          <g key={row.stage}>
            <text x={4} y={row.y + 20} className="timeline__row-label">
              Stage {row.stage}
            </text>
            <line x1={chartSize.labelWidth} y1={row.y + chartSize.rowHeight - 2} x2={chartSize.width - chartSize.right} y2={row.y + chartSize.rowHeight - 2} className="timeline__rule" />
            {row.band && (
              <rect
                x={row.band.x}
                y={row.y + 8}
                width={row.band.width}
                height={16}
                className="timeline__band"
                fill={row.band.open ? `url(#${id}-open)` : undefined}
              />
            )}
          </g>
        ))}
        {layout.markers.map((marker) => (
          <g key={marker.checkId}>
            {marker.happenedX !== null && marker.status === 'missed' && (
              <line x1={marker.x} y1={marker.y + 16} x2={marker.happenedX} y2={marker.y + 16} className="timeline__late" />
            )}
            <MarkerShape marker={marker} />
            <text x={marker.x} y={marker.y + 38} textAnchor={labelAnchor(marker.x)} className="timeline__marker-label">
              {marker.checkId} {statusWords[marker.status]}
            </text>
          </g>
        ))}
        <line x1={layout.nowX} y1={chartSize.top} x2={layout.nowX} y2={layout.axisY} className="timeline__now" />
        <line x1={chartSize.labelWidth} y1={layout.axisY} x2={chartSize.width - chartSize.right} y2={layout.axisY} className="timeline__axis" />
        {layout.ticks.map((tick) => (
          <text key={tick.label} x={tick.x} y={layout.axisY + 20} textAnchor={labelAnchor(tick.x)} className="timeline__tick">
            {tick.label}
          </text>
        ))}
      </svg>
      </div>
      <figcaption className="timeline__legend">
        Key: a shaded band is the time a stage was open (hatched if still open when play stopped); a filled circle is a
        deadline met, a cross a deadline missed (the line runs to when it finally happened), a hollow diamond a deadline
        still ahead; the vertical line is when play stopped.
      </figcaption>
      <table className="timeline__table">
        <caption>Deadlines against what happened</caption>
        <thead>
          <tr>
            {TABLE_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ stage, deadline }) => (
            <tr key={deadline.checkId}>
              <th scope="row">
                {stage.stage}: {stage.title}
              </th>
              <td data-label="Deadline">{deadline.label}</td>
              <td data-label="Due">
                <time dateTime={deadline.due}>{deadline.dueLabel}</time>
              </td>
              <td data-label="Result">{deadline.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
