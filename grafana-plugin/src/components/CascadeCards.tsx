/**
 * The card layer of the cascade graph: a `NodeCard` for each card in the virtualised window of each
 * layer, the selected node's neighbours lit and every other card dimmed.
 */
import React, { useMemo } from 'react';
import type { AnnotationMark } from '../model/annotations';
import type { CascadeLayout } from '../model/layout';
import type { CascadeModel } from '../model/types';
import type { CascadeOptions } from '../types';
import { cardOrigin, type Geometry } from './geometry';
import { NodeCard } from './NodeCard';

interface Props {
  model: CascadeModel;
  layout: CascadeLayout;
  geometry: Geometry;
  /** Per layer, the [start, end) indices of the cards to render. */
  ranges: ReadonlyArray<readonly [number, number]>;
  options: CascadeOptions;
  selectedId: string | null;
  /** The card that takes Tab focus (roving tabindex). */
  tabbableId: string | null;
  from: number;
  to: number;
  annotations: readonly AnnotationMark[];
  cursor: number | null;
  onActivate: (id: string) => void;
  onActiveChange: (id: string) => void;
  onHoverTime: (time: number | null) => void;
}

// The selected node and the nodes one edge away from it; empty without a selection.
function selectionNeighbourhood(edges: CascadeLayout['edges'], selectedId: string | null): Set<string> {
  const s = new Set<string>();
  if (selectedId) {
    s.add(selectedId);
    for (const e of edges) {
      if (e.parent === selectedId) {
        s.add(e.child);
      }
      if (e.child === selectedId) {
        s.add(e.parent);
      }
    }
  }
  return s;
}

/** The rendered cards, absolutely placed by the geometry. */
export function CascadeCards(p: Props) {
  const { layout, options, geometry: g, ranges } = p;
  const related = useMemo(() => selectionNeighbourhood(layout.edges, p.selectedId), [layout.edges, p.selectedId]);
  // One flat list keyed by node id, so a card keeps its DOM node (and focus) when a drill-down moves it to another layer.
  return (
    <>
      {layout.layers.flatMap((l, li) =>
        l.ids.slice(ranges[li][0], ranges[li][1]).map((id, k) => {
          const o = cardOrigin(g, li, ranges[li][0] + k);
          return (
            <NodeCard
              key={id}
              node={p.model.byId.get(id)!}
              x={o.x}
              y={o.y}
              width={g.cardWidth}
              height={g.cardHeight}
              colorMode={options.colorMode}
              selected={id === p.selectedId}
              tabbable={id === p.tabbableId}
              dimmed={p.selectedId !== null && !related.has(id)}
              sparkline={
                options.showSparklines ? { from: p.from, to: p.to, annotations: p.annotations, cursor: p.cursor } : null
              }
              impactUnit={options.showImpact ? options.impactUnit : null}
              onActivate={p.onActivate}
              onFocusCard={p.onActiveChange}
              onHoverTime={p.onHoverTime}
            />
          );
        })
      )}
    </>
  );
}
