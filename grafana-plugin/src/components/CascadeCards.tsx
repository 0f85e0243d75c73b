/**
 * The card layer of the cascade graph: a `NodeCard` (or a base-tier group's `GroupSummaryCard`) for each
 * rendered card, the lit ones (the selection, its path and the non-ok path under it) at full strength and
 * the others de-emphasised; pinned cards (the selected path's parents) float over the others in view.
 */
import React from 'react';
import type { TimeZone } from '@grafana/schema';
import type { AnnotationMark } from '../model/annotations';
import type { ShownLayout } from '../model/baseTier';
import type { CascadeModel } from '../model/types';
import type { CascadeOptions } from '../types';
import type { Geometry, Point } from './geometry';
import { GroupSummaryCard } from './GroupSummaryCard';
import { NodeCard } from './NodeCard';

interface Props {
  model: CascadeModel;
  layout: ShownLayout;
  geometry: Geometry;
  /** Ids of the cards to render (the virtualised window and the pinned cards). */
  rendered: readonly string[];
  originOf: (id: string) => Point | null;
  pinned: ReadonlySet<string>;
  /** Ids lit by the selection; empty without one. */
  lit: ReadonlySet<string>;
  options: CascadeOptions;
  selectedId: string | null;
  /** The card that takes Tab focus (roving tabindex). */
  tabbableId: string | null;
  from: number;
  to: number;
  annotations: readonly AnnotationMark[];
  cursor: number | null;
  /** The moment pinned by the time control (Unix ms); null when live. */
  pinnedTime: number | null;
  timeZone: TimeZone;
  onActivate: (id: string) => void;
  onActiveChange: (id: string) => void;
  onHoverTime?: (time: number | null) => void;
}

/** The rendered cards, absolutely placed by the geometry. */
export function CascadeCards(p: Props) {
  const { layout, options, geometry: g } = p;
  const sparkline = options.showSparklines
    ? {
        from: p.from,
        to: p.to,
        annotations: p.annotations,
        cursor: p.cursor,
        pinnedTime: p.pinnedTime,
        timeZone: p.timeZone,
      }
    : null;
  // One flat list keyed by id, so a card keeps its DOM node (and focus) when a drill-down moves it to another layer.
  return (
    <>
      {p.rendered.map((id) => {
        const o = p.originOf(id)!;
        const summary = layout.summaries.get(id);
        if (summary) {
          return (
            <GroupSummaryCard
              key={id}
              summary={summary}
              model={p.model}
              parentTitle={summary.parent ? (p.model.byId.get(summary.parent)?.title ?? summary.parent) : null}
              x={o.x}
              y={o.y}
              width={g.cardWidth}
              height={g.cardHeight}
              tabbable={id === p.tabbableId}
              onActivate={p.onActivate}
              onFocusCard={p.onActiveChange}
            />
          );
        }
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
            dimmed={p.selectedId !== null && !p.lit.has(id)}
            pinned={p.pinned.has(id)}
            sparkline={sparkline}
            impactUnit={options.showImpact ? options.impactUnit : null}
            onActivate={p.onActivate}
            onFocusCard={p.onActiveChange}
            onHoverTime={p.onHoverTime}
          />
        );
      })}
    </>
  );
}
