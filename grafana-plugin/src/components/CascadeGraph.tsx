import React from 'react';
import { css } from '@emotion/css';
import { useStyles2 } from '@grafana/ui';
import type { AnnotationMark } from '../model/annotations';
import type { CascadeLayout } from '../model/layout';
import type { CascadeModel } from '../model/types';
import type { CascadeOptions } from '../types';
import { CascadeCards } from './CascadeCards';
import { CascadeEdges } from './CascadeEdges';
import { LayerHeadings } from './LayerHeadings';
import { useGraphViewport } from './useGraphViewport';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  model: CascadeModel;
  layout: CascadeLayout;
  width: number;
  height: number;
  options: CascadeOptions;
  selectedId: string | null;
  activeId: string | null;
  from: number;
  to: number;
  annotations: readonly AnnotationMark[];
  cursor: number | null;
  onActivate: (id: string) => void;
  onActiveChange: (id: string) => void;
  onBack: () => void;
  onHoverTime: (time: number | null) => void;
}

/**
 * The cascade drawn as layers of cards joined by edges. Virtualised: only the cards (and edges) that
 * cross the viewport are rendered, so 1,000 nodes cost what the ~20 visible ones cost.
 */
export function CascadeGraph(p: Props) {
  const styles = useStyles2(getStyles);
  const { layout, options } = p;
  const view = useGraphViewport(layout, options, p.width, p.height);
  const { scroller, tabbableId, onKeyDown } = useRovingFocus({ ...p, ...view, orientation: options.orientation });
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ width: p.width, height: p.height }}
      onScroll={view.onScroll}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={`Cascade of ${layout.position.size} nodes. Arrow keys move between nodes, Enter opens a node and its subtree, Escape goes back.`}
      data-testid="cascade-graph"
    >
      <div className={styles.content} style={{ width: view.size.width, height: view.size.height }}>
        <LayerHeadings
          model={p.model}
          layers={layout.layers}
          geometry={view.g}
          contentWidth={view.size.width}
          scrollLeft={view.scroll.left}
        />
        <CascadeEdges
          model={p.model}
          edges={layout.edges}
          geometry={view.g}
          size={view.size}
          originOf={view.originOf}
          offset={view.offset}
          viewport={view.viewport}
          selectedId={p.selectedId}
          colorMode={options.colorMode}
        />
        <CascadeCards {...p} geometry={view.g} ranges={view.ranges} tabbableId={tabbableId} />
      </div>
    </div>
  );
}

const getStyles = () => ({
  scroller: css({ overflow: 'auto', position: 'relative', outline: 'none' }),
  content: css({ position: 'relative' }),
});
