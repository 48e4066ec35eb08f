import { type RefObject, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Debrief, TimelineSeries } from '../../../../engine/runtime.js';
import { chartSize, layoutTimeline, type ChartMarker } from './timeline-geometry.js';

/** The columns of the table beside the chart, which says in words what the chart draws. */
const TABLE_COLUMNS = ['Stage', 'Deadline', 'Due', 'Result'] as const;

/** A marker's shape says its status without colour: filled circle met, cross missed, hollow diamond ahead. */
function MarkerShape({ marker }: { marker: ChartMarker }) {
  const cy = marker.y;
  if (marker.status === 'met') return <circle cx={marker.x} cy={cy} r={7} className="timeline__marker timeline__marker--met" />;
  if (marker.status === 'missed') {
    return (
      <g className="timeline__marker timeline__marker--missed">
        <line x1={marker.x - 7} y1={cy - 7} x2={marker.x + 7} y2={cy + 7} />
        <line x1={marker.x - 7} y1={cy + 7} x2={marker.x + 7} y2={cy - 7} />
      </g>
    );
  }
  return <polygon points={`${marker.x},${cy - 8} ${marker.x + 8},${cy} ${marker.x},${cy + 8} ${marker.x - 8},${cy}`} className="timeline__marker timeline__marker--pending" />;
}

/**
 * The width the chart is shown at, in CSS pixels, followed as the window
 * changes (a phone turned on its side), so the chart is laid out at its
 * real size: its text is never shrunk and it never scrolls sideways.
 */
function useShownWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>(chartSize.width);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const shown = Math.floor(element.clientWidth);
      if (shown > 0) setWidth(shown);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  series: TimelineSeries;
  debrief: Debrief;
}

/**
 * The case against the stage deadlines as an inline SVG: a band per stage
 * from when it began to when it ended, and each deadline as a labelled
 * marker whose shape gives its status, laid out at the width it is shown
 * at (see timeline-geometry.ts). A <title>/<desc> summarise it and a table
 * below gives the same facts for screen readers, for print, and for anyone
 * who prefers words.
 */
export function TimelineChart({ series, debrief }: TimelineChartProps) {
  const id = useId();
  const [frame, width] = useShownWidth();
  const layout = layoutTimeline(series, { width });
  const met = series.markers.filter((marker) => marker.status === 'met').length;
  const missed = series.markers.filter((marker) => marker.status === 'missed').length;
  const pending = series.markers.length - met - missed;
  const description = `Stages ${layout.rows.map((row) => row.stage).join(', ')} shown against time since the disagreement was raised. ${met} deadline${met === 1 ? '' : 's'} met in time, ${missed} missed, ${pending} still ahead. The table after the chart lists each deadline.`;
  const rows = debrief.stages.flatMap((stage) => stage.deadlines.map((deadline) => ({ stage, deadline })));
  return (
    <figure className="timeline">
      <div className="timeline__frame" ref={frame}>
        <svg
          className="timeline__svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          data-narrow={layout.narrow ? 'true' : 'false'}
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
              <text x={row.label.x} y={row.label.y} textAnchor={row.label.anchor} className="timeline__row-label">
                Stage {row.stage}
              </text>
              <line x1={layout.plot.left} y1={row.y + row.height - 2} x2={layout.plot.right} y2={row.y + row.height - 2} className="timeline__rule" />
              {row.band && (
                <rect
                  x={row.band.x}
                  y={row.centreY - 9}
                  width={row.band.width}
                  height={18}
                  className="timeline__band"
                  fill={row.band.open ? `url(#${id}-open)` : undefined}
                />
              )}
            </g>
          ))}
          {layout.markers.map((marker) => (
            <g key={marker.checkId} data-marker={marker.checkId}>
              {marker.happenedX !== null && marker.status === 'missed' && (
                <line x1={marker.x} y1={marker.y} x2={marker.happenedX} y2={marker.y} className="timeline__late" />
              )}
              <MarkerShape marker={marker} />
              <text x={marker.text.x} y={marker.text.y} textAnchor={marker.text.anchor} className="timeline__marker-label">
                <tspan x={marker.text.x} className="timeline__marker-name">
                  {marker.label}
                </tspan>
                <tspan x={marker.text.x} dy={chartSize.lineHeight}>
                  {marker.statusLabel}
                </tspan>
              </text>
            </g>
          ))}
          <line x1={layout.nowX} y1={chartSize.top} x2={layout.nowX} y2={layout.axisY} className="timeline__now" />
          <line x1={layout.plot.left} y1={layout.axisY} x2={layout.plot.right} y2={layout.axisY} className="timeline__axis" />
          {layout.ticks.map((tick) => (
            <text key={tick.label} x={tick.text.x} y={tick.text.y} textAnchor={tick.text.anchor} className="timeline__tick">
              {tick.label}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className="timeline__legend">
        Key: a shaded band is the time a stage was open (hatched if still open when play stopped); a filled circle is a
        deadline met in time, a cross a deadline missed (the line runs to when it finally happened), a hollow diamond a
        deadline still ahead; the dashed vertical line is when play stopped.
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
