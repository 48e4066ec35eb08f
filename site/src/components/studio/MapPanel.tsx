import { useEffect, useRef, useState } from 'react';
import { ScenarioMapView } from './ScenarioMapView.js';
import { MapOutline } from './MapOutline.js';
import { useMapLayout } from './use-map-layout.js';
import type { CheckedMap } from './worker-messages.js';

/** Props of {@link MapPanel}. */
export interface MapPanelProps {
  /** The map of the draft as last checked, if its scenes could be read. */
  checked: CheckedMap | undefined;
  /** Whether the panel is on screen (the layout library loads, and lays out, only then). */
  active: boolean;
  onJump: (line: number, column: number) => void;
}

/**
 * The scene map and, beside it, the same map in words. The picture is laid
 * out when the panel is shown; the outline needs no layout, so it is there
 * at once, and for every draft whose scenes can be read.
 *
 * @example
 * ```tsx
 * <MapPanel checked={check.map} active={tab === 'map'} onJump={jump} />
 * ```
 */
export function MapPanel({ checked, active, onJump }: MapPanelProps) {
  const { layout, failed } = useMapLayout(checked, active);
  const [fit, setFit] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useRef(false);

  // The first time the map is drawn, bring its start into view (a wide map opens on its left edge otherwise).
  useEffect(() => {
    const start = layout?.checked.map.nodes.find((node) => node.start);
    const box = start && layout?.boxes.get(start.id);
    if (shown.current || !box || !scroller.current) return;
    shown.current = true;
    scroller.current.scrollLeft = Math.max(0, box.x + box.width / 2 - scroller.current.clientWidth / 2);
  }, [layout]);
  if (!checked) return <p>The map appears once the draft's frontmatter and scenes can be read. The Findings tab says what stops them.</p>;
  return (
    <div className="studio-map">
      <details className="studio-map__key">
        <summary>How to read the map</summary>
        <p>
          The story runs down the map, a band for each stage of the process. Endings are coloured and named by grade (good, mixed, poor). A
          dashed outline is a dead end or an unreachable scene, and its box says which; a red dashed box is a <code>to</code> that names
          nothing. Dashed arrows are mistakes, thick ones recommended. Press a box to go to it in the editor; the same map is in words below.
        </p>
      </details>
      <p className="studio-map__controls">
        <button type="button" className="button button--secondary" aria-pressed={fit} onClick={() => setFit(!fit)}>
          Fit the map to the panel
        </button>
      </p>
      <div className="studio-map__scroll" ref={scroller}>
        {layout ? <ScenarioMapView layout={layout} fit={fit} onJump={onJump} /> : <p>{failed ? `The map could not be drawn: ${failed}. The outline below has it all.` : 'Drawing the map…'}</p>}
      </div>
      <h3 className="studio-map__outline-heading">The map in words</h3>
      <MapOutline entries={checked.outline} onJump={(line) => onJump(line, 1)} />
    </div>
  );
}
