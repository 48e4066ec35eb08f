import type { KeyboardEvent } from 'react';
import { laneBands, MAP_BOX, MAP_LABEL, mapFrame, mapLabelLines, mapNodeLines, type MapEdge, type MapNode, missingBoxLines, missingNodeId, pathThrough } from '../../../../engine/runtime.js';
import type { MapLayout } from './use-map-layout.js';

/** Props of {@link ScenarioMapView}. */
export interface ScenarioMapViewProps {
  layout: MapLayout;
  /** Shrink the map to the panel's width instead of scrolling it. */
  fit: boolean;
  onJump: (line: number, column: number) => void;
}

/** The classes that style a node: its kind, grade and marks (the words inside say the same). */
function nodeClass(node: MapNode): string {
  return [
    'studio-map__node',
    `studio-map__node--${node.kind}`,
    node.outcome ? `studio-map__node--${node.outcome}` : '',
    node.start ? 'studio-map__node--start' : '',
    node.deadEnd ? 'studio-map__node--dead-end' : '',
    node.unreachable ? 'studio-map__node--unreachable' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function edgeClass(edge: MapEdge): string {
  return ['studio-map__edge', edge.mistake ? 'studio-map__edge--mistake' : '', edge.recommended ? 'studio-map__edge--recommended' : '', edge.missingTarget ? 'studio-map__edge--missing' : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * Lines of text in a box, from its top-left padding. Each line ends in a
 * space, so the box's words, read as its name, run on as they are drawn.
 */
function Lines({ lines, x, y, className }: { lines: readonly string[]; x: number; y: number; className?: string }) {
  return (
    <text className={className} x={x} y={y}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : MAP_BOX.lineHeight}>
          {`${line} `}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The scene map, drawn from its layout: a band for each stage with its
 * name, a box for each scene and ending (graded endings coloured and
 * named, dead ends and unreachable scenes dashed and named), an arrow for
 * each way on with its words, and a marker for each `to` that names
 * nothing. Every box is a button: Enter, Space or a click puts the cursor
 * on its tag in the editor. Wider than its panel, it scrolls.
 *
 * @example
 * ```tsx
 * <ScenarioMapView layout={layout} onJump={(line, column) => editor.current?.goTo(line, column)} />
 * ```
 */
export function ScenarioMapView({ layout, fit, onJump }: ScenarioMapViewProps) {
  const { map, graph } = layout.checked;
  const { width, height, origin, lanes } = mapFrame(layout, laneBands(map, graph, layout));
  const firstEdgeTo = new Map<string, MapEdge>();
  for (const edge of map.edges) if (edge.missingTarget && !firstEdgeTo.has(edge.to)) firstEdgeTo.set(edge.to, edge);

  const jumpOnKey = (event: KeyboardEvent, line: number, column: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onJump(line, column);
  };

  return (
    <svg className={`studio-map__svg${fit ? ' studio-map__svg--fit' : ''}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Scene map: press a scene or ending to go to it in the editor">
      <defs>
        <marker id="studio-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="studio-map__arrowhead" />
        </marker>
      </defs>
      {lanes.map((lane, index) => (
        <g key={lane.stage} className={`studio-map__lane studio-map__lane--${index % 2 === 0 ? 'even' : 'odd'}`}>
          <rect x={0} y={lane.y} width={width} height={lane.height} />
          <text className="studio-map__lane-label" x={lane.labelX} y={lane.labelY}>
            {lane.label}
          </text>
        </g>
      ))}
      <g transform={`translate(${origin.x} ${origin.y})`}>
        {map.edges.map((edge) => {
          const route = layout.edges.get(edge.id);
          if (!route || route.points.length < 2) return null;
          const label = route.label;
          return (
            <g key={edge.id} className={edgeClass(edge)}>
              <path d={pathThrough(route.points)} markerEnd="url(#studio-map-arrow)" />
              {label && label.width > 0 && (
                <>
                  <rect className="studio-map__edge-label-back" x={label.x - 2} y={label.y - 1} width={label.width + 4} height={label.height + 2} />
                  <text className="studio-map__edge-label" x={label.x} y={label.y + MAP_LABEL.lineHeight - 4}>
                    {mapLabelLines(edge).map((line, at) => (
                      <tspan key={at} x={label.x} dy={at === 0 ? 0 : MAP_LABEL.lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {map.nodes.map((node) => {
          const box = layout.boxes.get(node.id);
          if (!box) return null;
          const { title, marks } = mapNodeLines(node);
          // The words drawn, then the id and where it is.
          const drawn = [...title, ...marks].join(' ');
          return (
            <g
              key={node.id}
              className={nodeClass(node)}
              transform={`translate(${box.x} ${box.y})`}
              role="button"
              tabIndex={0}
              aria-label={`${drawn}. ${node.kind === 'ending' ? 'Ending' : 'Scene'} ${node.id}: go to line ${node.line}.`}
              onClick={() => onJump(node.line, node.column)}
              onKeyDown={(event) => jumpOnKey(event, node.line, node.column)}
            >
              <rect className="studio-map__focus" x={-5} y={-5} width={box.width + 10} height={box.height + 10} />
              <rect className="studio-map__box" width={box.width} height={box.height} />
              <Lines className="studio-map__title" lines={title} x={MAP_BOX.padding} y={MAP_BOX.padding + 13} />
              {marks.length > 0 && <Lines className="studio-map__marks" lines={marks} x={MAP_BOX.padding} y={MAP_BOX.padding + 13 + title.length * MAP_BOX.lineHeight} />}
            </g>
          );
        })}
        {[...firstEdgeTo.values()].map((edge) => {
          const box = layout.boxes.get(missingNodeId(edge.to));
          if (!box) return null;
          return (
            <g
              key={edge.to}
              className="studio-map__node studio-map__node--missing"
              transform={`translate(${box.x} ${box.y})`}
              role="button"
              tabIndex={0}
              aria-label={`Missing: ${edge.to}. Nothing has this id: go to line ${edge.line}, which leads here.`}
              onClick={() => onJump(edge.line, edge.column)}
              onKeyDown={(event) => jumpOnKey(event, edge.line, edge.column)}
            >
              <rect className="studio-map__focus" x={-5} y={-5} width={box.width + 10} height={box.height + 10} />
              <rect className="studio-map__box" width={box.width} height={box.height} />
              <Lines className="studio-map__title" lines={missingBoxLines(edge.to)} x={MAP_BOX.padding} y={MAP_BOX.padding + 13} />
            </g>
          );
        })}
      </g>
    </svg>
  );
}
