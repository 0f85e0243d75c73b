/**
 * The edge layer of the cascade graph: one SVG curve per parent → child edge between two rendered cards
 * (the viewport's window and the pinned path), and along the lit paths of the selection wherever their
 * cards are; never the whole wall. In the child's status colour (a neutral line when it is ok), with a
 * cue that is not colour: a critical child's edge is thicker with long dashes, an unknown child's dotted;
 * the lit edges bolder still. An edge to a base-tier summary card is a neutral line.
 */
import React from 'react';
import { css } from '@emotion/css';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { CascadeLayout } from '../model/layout';
import type { Status } from '../model/status';
import type { CascadeModel } from '../model/types';
import type { ColorMode } from '../types';
import { edgePath, type Geometry, type Point } from './geometry';
import { statusColor } from './palette';

interface Props {
  model: CascadeModel;
  edges: CascadeLayout['edges'];
  geometry: Geometry;
  /** Size of the graph's scrollable content, which the layer covers. */
  size: { width: number; height: number };
  originOf: (id: string) => Point | null;
  /** Ids of the rendered cards. */
  rendered: readonly string[];
  /** Ids lit by the selection; empty without one. */
  lit: ReadonlySet<string>;
  selectedId: string | null;
  colorMode: ColorMode;
}

// Not colour alone: critical edges are long-dashed and thicker, unknown edges dotted.
const EDGE_DASH: Record<Status, string | undefined> = {
  ok: undefined,
  warning: undefined,
  critical: '7 3',
  unknown: '2 3',
};

function edgeWidth(status: Status, hot: boolean): number {
  const base = status === 'critical' ? 2.25 : 1.25;
  return hot ? base + 1.25 : base;
}

/** Draws the edges between rendered cards and along the lit paths. */
export function CascadeEdges(p: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const g = p.geometry;
  const shown = new Set(p.rendered);
  const edges = p.edges
    .filter((e) => (shown.has(e.parent) && shown.has(e.child)) || (p.lit.has(e.parent) && p.lit.has(e.child)))
    .map((e) => ({ e, a: p.originOf(e.parent)!, b: p.originOf(e.child)! }));
  return (
    <svg
      className={styles.edges}
      width={p.size.width}
      height={p.size.height}
      aria-hidden="true"
      focusable="false"
      data-testid="cascade-edges"
    >
      {edges.map(({ e, a, b }) => {
        const child = p.model.byId.get(e.child) ?? { status: 'ok' as const };
        const hot = p.selectedId !== null && p.lit.has(e.parent) && p.lit.has(e.child);
        const stroke =
          child.status === 'ok' ? theme.colors.border.strong : statusColor(theme, child.status, p.colorMode);
        return (
          <path
            key={`${e.parent}>${e.child}`}
            d={edgePath(g, a, b)}
            fill="none"
            stroke={stroke}
            strokeWidth={edgeWidth(child.status, hot)}
            strokeOpacity={p.selectedId === null || hot ? 0.9 : 0.35}
            strokeDasharray={EDGE_DASH[child.status]}
            data-edge-status={child.status}
          />
        );
      })}
    </svg>
  );
}

const getStyles = () => ({
  edges: css({ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }),
});
