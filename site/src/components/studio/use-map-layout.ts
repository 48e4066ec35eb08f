/**
 * Laying the scene map out with elkjs, loaded the first time the map is
 * shown (it is about 1.5 MB, so no page but this one, and no visit that
 * never opens the map, pays for it). Only the latest graph's layout is kept.
 *
 * elkjs runs in its own Web Worker (elk-api plus elk-worker.min.js), which
 * also keeps the layout off the page's thread. The worker script is taken
 * as a file (`?url`), already minified, not as a module: bundling the
 * 1.6 MB GWT output of elk.bundled.js made Rollup's tree-shaking the
 * largest single cost of the site build (about 68 s of CPU on this
 * machine, more than all the rest of the build).
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import { useEffect, useRef, useState } from 'react';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { type LaidOutMap, readElkLayout } from '../../../../engine/runtime.js';
import type { CheckedMap } from './worker-messages.js';

/** A laid-out map (engine/studio/map-layout.ts), with the map it is of. */
export interface MapLayout extends LaidOutMap {
  /** The map the layout is of. */
  checked: CheckedMap;
}

let elk: Promise<ELK> | undefined;
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk-api.js').then(({ default: Elk }) => new Elk({ workerUrl: elkWorkerUrl }));
  return elk;
}

/**
 * The layout of the latest map, while `active` (the map is on screen);
 * until it is ready, the layout before it.
 *
 * @example
 * const { layout, failed } = useMapLayout(check.map, tab === 'map');
 */
export function useMapLayout(checked: CheckedMap | undefined, active: boolean): { layout: MapLayout | undefined; failed: string | undefined } {
  const [layout, setLayout] = useState<MapLayout | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const latest = useRef<CheckedMap | undefined>(undefined);

  useEffect(() => {
    if (!active || !checked || latest.current === checked) return;
    latest.current = checked;
    loadElk()
      // elkjs fills in the graph it is given, so it gets a copy: the check's answer stays as it came.
      .then((engine) => engine.layout(structuredClone(checked.graph) as ElkNode))
      .then(
        (laid) => {
          if (latest.current !== checked) return;
          setLayout({ checked, ...readElkLayout(laid) });
          setFailed(undefined);
        },
        (error: unknown) => {
          if (latest.current === checked) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
  }, [checked, active]);

  return { layout, failed };
}
