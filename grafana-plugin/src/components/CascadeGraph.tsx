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
  const lit = useMemo(() => highlighted(p.model, p.selectedId, p.focusPath), [p.model, p.selectedId, p.focusPath]);
  const pinned = useMemo(() => shownAncestors(layout, p.selectedId), [layout, p.selectedId]);
  const view = useGraphViewport(layout, options, p.width, p.height, pinned);
  const activate = (id: string) => (layout.summaries.has(id) ? p.onToggleGroup(id) : p.onActivate(id));
  const roving = { ...p, ...view, onActivate: activate, orientation: options.orientation };
  const { scroller, tabbableId, onKeyDown } = useRovingFocus(roving);
  const nodes = layout.position.size - layout.summaries.size;
  return (
    <div className={styles.frame} style={{ width: p.width, height: p.height }}>
      <div
        ref={scroller}
        className={styles.scroller}
        style={{ width: p.width, height: p.height }}
        onScroll={view.onScroll}
        onKeyDown={onKeyDown}
        role="group"
        aria-label={graphLabel(p.model.nodes.length, nodes)}
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
            filter={<NodeFilter value={p.filter} shown={nodes} onChange={p.onFilter} />}
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

const getStyles = () => ({
  frame: css({ position: 'relative', flex: 'none' }),
  scroller: css({ overflow: 'auto', position: 'relative', outline: 'none' }),
  content: css({ position: 'relative' }),
});
