/**
 * Laying the scene map out with elkjs, loaded the first time the map is
 * shown (it is about 1.5 MB, so no page but this one, and no visit that
 * never opens the map, pays for it). Only the latest graph's layout is kept.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { useEffect, useRef, useState } from 'react';
import type { CheckedMap } from './worker-messages.js';

/** A laid-out map: where every box, arrow and label is. */
export interface MapLayout {
  /** The map the layout is of. */
  checked: CheckedMap;
  width: number;
  height: number;
  /** Each node's box, by id. */
  boxes: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
  /** Each edge's route and label place, by id. */
  edges: ReadonlyMap<string, { points: { x: number; y: number }[]; label?: { x: number; y: number; width: number; height: number } }>;
}

let elk: Promise<ELK> | undefined;
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return elk;
}

function layoutOf(checked: CheckedMap, laid: ElkNode): MapLayout {
  const boxes = new Map((laid.children ?? []).map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 }]));
  const edges = new Map(
    ((laid.edges ?? []) as ElkExtendedEdge[]).map((edge) => {
      const points = (edge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
      const label = edge.labels?.[0];
      return [edge.id, { points, ...(label ? { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : {}) }];
    }),
  );
  return { checked, width: laid.width ?? 0, height: laid.height ?? 0, boxes, edges };
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
          setLayout(layoutOf(checked, laid));
          setFailed(undefined);
        },
        (error: unknown) => {
          if (latest.current === checked) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
  }, [checked, active]);

  return { layout, failed };
}
