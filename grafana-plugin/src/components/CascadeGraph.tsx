/**
 * The cascade drawn as layers of cards joined by edges, with the base tier's filter box. Virtualised:
 * only the cards (and edges) that cross the viewport are rendered, plus the selected path's parents,
 * pinned in view; so 1,000 nodes cost what the ~20 visible ones cost.
 */
import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import type { AnnotationMark } from '../model/annotations';
import type { ShownLayout } from '../model/baseTier';
import { highlighted, shownAncestors } from '../model/highlight';
import type { CascadeModel } from '../model/types';
import type { CascadeOptions } from '../types';
import { CascadeCards } from './CascadeCards';
import { CascadeEdges } from './CascadeEdges';
import { LayerHeadings } from './LayerHeadings';
import { NodeFilter } from './NodeFilter';
import { useGraphViewport } from './useGraphViewport';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  model: CascadeModel;
  layout: ShownLayout;
  width: number;
  height: number;
  options: CascadeOptions;
  focusPath: readonly string[];
  selectedId: string | null;
  activeId: string | null;
  from: number;
  to: number;
  annotations: readonly AnnotationMark[];
  cursor: number | null;
  /** The moment pinned by the time control (Unix ms), marked on the sparklines; null when live. */
  pinnedTime: number | null;
  timeZone: TimeZone;
  filter: string;
  onFilter: (text: string) => void;
  onToggleGroup: (id: string) => void;
  onActivate: (id: string) => void;
  onActiveChange: (id: string) => void;
  onBack: () => void;
  /** Set when hovering a sparkline previews the whole cascade; absent, the hovered card alone shows it. */
  onHoverTime?: (time: number | null) => void;
}

const graphLabel = (total: number, shown: number) =>
  `Cascade of ${total} nodes, ${shown} shown. Arrow keys move between nodes, Enter opens a node and its subtree, Escape goes back.`;

/** Headings, edges and cards in a scrolling box, the filter box over its top right corner. */
export function CascadeGraph(p: Props) {
  const styles = useStyles2(getStyles);
  const { layout, options } = p;
  const { lit, pinned } = useSelection(p.model, layout, p.selectedId, p.focusPath);
  const view = useGraphViewport(layout, options, p.width, p.height, pinned);
  const activate = (id: string) => (layout.summaries.has(id) ? p.onToggleGroup(id) : p.onActivate(id));
  const roving = { ...p, ...view, onActivate: activate, orientation: options.orientation };
  const { scroller, tabbableId, onKeyDown } = useRovingFocus(roving);
  const filter = <NodeFilter value={p.filter} shown={shownNodes(layout)} onChange={p.onFilter} />;
  if (layout.layers.length === 0) {
    return <NoMatch width={p.width} height={p.height} text={p.filter} filter={filter} />;
  }
  return (
    <div className={styles.frame} style={{ width: p.width, height: p.height }}>
      <div
        ref={scroller}
        className={styles.scroller}
        style={{ width: p.width, height: p.height }}
        onScroll={view.onScroll}
        onKeyDown={onKeyDown}
        role="group"
        aria-label={graphLabel(p.model.nodes.length, shownNodes(layout))}
        data-testid="cascade-graph"
      >
        <div className={styles.content} style={{ width: view.size.width, height: view.size.height }}>
          <LayerHeadings
            model={p.model}
            layers={layout.layers}
            summaries={layout.summaries}
            geometry={view.g}
            contentWidth={view.size.width}
            scrollLeft={view.scroll.left}
            filter={filter}
          />
          <CascadeEdges
            model={p.model}
            edges={layout.edges}
            geometry={view.g}
            size={view.size}
            originOf={view.originOf}
            rendered={view.rendered}
            lit={lit}
            selectedId={p.selectedId}
            colorMode={options.colorMode}
          />
          <CascadeCards
            {...p}
            onActivate={activate}
            geometry={view.g}
            rendered={view.rendered}
            originOf={view.originOf}
            pinned={view.pinned}
            lit={lit}
            tabbableId={tabbableId}
          />
        </div>
      </div>
    </div>
  );
}

const shownNodes = (layout: ShownLayout) => layout.position.size - layout.summaries.size;

// What the selection lights, and the selected node's shown ancestors, pinned in view.
function useSelection(model: CascadeModel, layout: ShownLayout, selectedId: string | null, path: readonly string[]) {
  const lit = useMemo(() => highlighted(model, selectedId, path), [model, selectedId, path]);
  const pinned = useMemo(() => shownAncestors(layout, selectedId), [layout, selectedId]);
  return { lit, pinned };
}

// Nothing matches the filter: keep the box (to change or clear it) and say so.
function NoMatch(p: { width: number; height: number; text: string; filter: React.ReactNode }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.frame} style={{ width: p.width, height: p.height }} data-testid="cascade-graph">
      <div className={styles.none}>
        {p.filter}
        <p>No node matches “{p.text.trim()}”.</p>
      </div>
    </div>
  );
}

const getStyles = () => ({
  frame: css({ position: 'relative', flex: 'none' }),
  none: css({ display: 'flex', alignItems: 'center', gap: 16, padding: 12, p: { margin: 0 } }),
  scroller: css({ overflow: 'auto', position: 'relative', outline: 'none' }),
  content: css({ position: 'relative' }),
});
