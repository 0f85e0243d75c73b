import React, { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { AnnotationMark } from '../model/annotations';
import type { CascadeLayout } from '../model/layout';
import type { CascadeModel } from '../model/types';
import type { CascadeOptions } from '../types';
import { cardOrigin, contentSize, edgeCrossesView, edgePath, makeGeometry, visibleRange } from './geometry';
import { isNavKey, nextCard } from './navigation';
import { LayerTitle } from './LayerTitle';
import { NodeCard } from './NodeCard';
import { statusColor } from './palette';

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

const OVERSCAN = 4;
// Marker for "focus whichever card is active after this change" (Escape climbs to a node chosen by the state).
const ACTIVE = '\u0000active';

// CSS.escape where the browser has it (jsdom does not); node ids are dotted lower-case words anyway.
const cssEscape = (id: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');

/**
 * The cascade drawn as layers of cards joined by edges. Virtualised: only the cards (and edges) that
 * cross the viewport are rendered, so 1,000 nodes cost what the ~20 visible ones cost.
 */
export function CascadeGraph(p: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const { layout, options } = p;
  const horizontal = options.orientation === 'horizontal';
  const g = useMemo(
    () => makeGeometry(options.orientation, p.width, layout.layers.length, options.showSparklines),
    [options.orientation, p.width, layout.layers.length, options.showSparklines]
  );
  const size = contentSize(
    g,
    layout.layers.map((l) => l.ids.length)
  );
  const offset = horizontal ? scroll.top : scroll.left;
  const viewport = horizontal ? p.height : p.width;
  const ranges = layout.layers.map((l) => visibleRange(g, offset, viewport, l.ids.length, OVERSCAN));
  const rendered = layout.layers.flatMap((l, li) => l.ids.slice(ranges[li][0], ranges[li][1]));
  const tabbableId = p.activeId !== null && rendered.includes(p.activeId) ? p.activeId : (rendered[0] ?? null);

  const originOf = useCallback(
    (id: string) => {
      const pos = layout.position.get(id);
      return pos ? cardOrigin(g, pos[0], pos[1]) : null;
    },
    [g, layout]
  );

  const onScroll = useCallback((e: React.UIEvent<HTMLDivElement>) => {
    const { scrollLeft, scrollTop } = e.currentTarget;
    setScroll((s) => (s.left === scrollLeft && s.top === scrollTop ? s : { left: scrollLeft, top: scrollTop }));
  }, []);

  // Keyboard moves: bring the target into view, then focus it once it is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current === ACTIVE ? p.activeId : pendingFocus.current;
    const el = scroller.current;
    if (id === null || el === null) {
      pendingFocus.current = null;
      return;
    }
    const card = el.querySelector<HTMLElement>(`[data-node-id="${cssEscape(id)}"]`);
    if (card) {
      pendingFocus.current = null;
      card.focus({ preventScroll: false });
      return;
    }
    const o = originOf(id);
    if (o) {
      el.scrollTop = Math.max(0, o.y - el.clientHeight / 2);
      el.scrollLeft = Math.max(0, o.x - el.clientWidth / 2);
      const { scrollLeft: left, scrollTop: top } = el;
      pendingFocus.current = id;
      setScroll((s) => (s.left === left && s.top === top ? s : { left, top }));
    }
  }, [p.activeId, originOf, scroll, layout]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const current = p.activeId ?? tabbableId;
    if (isNavKey(e.key)) {
      const next = nextCard(layout, current, e.key, options.orientation);
      if (next !== null) {
        e.preventDefault();
        pendingFocus.current = next;
        p.onActiveChange(next);
        if (next === current) {
          scroller.current?.querySelector<HTMLElement>(`[data-node-id="${cssEscape(next)}"]`)?.focus();
        }
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && current !== null) {
      e.preventDefault();
      pendingFocus.current = current;
      p.onActivate(current);
    } else if (e.key === 'Escape' || e.key === 'Backspace') {
      e.preventDefault();
      pendingFocus.current = ACTIVE;
      p.onBack();
    }
  };

  const related = useMemo(() => {
    const s = new Set<string>();
    if (p.selectedId) {
      s.add(p.selectedId);
      for (const e of layout.edges) {
        if (e.parent === p.selectedId) {
          s.add(e.child);
        }
        if (e.child === p.selectedId) {
          s.add(e.parent);
        }
      }
    }
    return s;
  }, [layout.edges, p.selectedId]);

  const edges = layout.edges
    .map((e) => ({ e, a: originOf(e.parent)!, b: originOf(e.child)! }))
    .filter(({ a, b }) => edgeCrossesView(g, a, b, offset - viewport * 0.5, viewport * 2));

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ width: p.width, height: p.height }}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={`Cascade of ${layout.position.size} nodes. Arrow keys move between nodes, Enter opens a node and its subtree, Escape goes back.`}
      data-testid="cascade-graph"
    >
      <div className={styles.content} style={{ width: size.width, height: size.height }}>
        {horizontal && (
          <div className={styles.headerRow} style={{ width: size.width }}>
            {layout.layers.map((l, li) => (
              <LayerTitle key={li} x={g.pad + li * g.layerPitch} width={g.cardWidth} layer={l} model={p.model} />
            ))}
          </div>
        )}
        {!horizontal &&
          layout.layers.map((l, li) => (
            <div
              key={li}
              className={styles.rowTitle}
              style={{ top: g.pad + li * g.layerPitch, left: scroll.left + g.pad }}
            >
              <LayerTitle x={0} width={400} layer={l} model={p.model} />
            </div>
          ))}
        <svg className={styles.edges} width={size.width} height={size.height} aria-hidden="true" focusable="false">
          {edges.map(({ e, a, b }) => {
            const child = p.model.byId.get(e.child)!;
            const hot = p.selectedId !== null && (e.parent === p.selectedId || e.child === p.selectedId);
            const stroke =
              child.status === 'ok' ? theme.colors.border.strong : statusColor(theme, child.status, options.colorMode);
            return (
              <path
                key={`${e.parent}>${e.child}`}
                d={edgePath(g, a, b)}
                fill="none"
                stroke={stroke}
                strokeWidth={hot ? 2.5 : 1.25}
                strokeOpacity={p.selectedId === null || hot ? 0.9 : 0.35}
                strokeDasharray={child.status === 'unknown' ? '4 3' : undefined}
              />
            );
          })}
        </svg>
        {/* One flat list keyed by node id, so a card keeps its DOM node (and focus) when a drill-down moves it to another layer. */}
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
                tabbable={id === tabbableId}
                dimmed={p.selectedId !== null && !related.has(id)}
                sparkline={
                  options.showSparklines
                    ? { from: p.from, to: p.to, annotations: p.annotations, cursor: p.cursor }
                    : null
                }
                impactUnit={options.showImpact ? options.impactUnit : null}
                onActivate={p.onActivate}
                onFocusCard={p.onActiveChange}
                onHoverTime={p.onHoverTime}
              />
            );
          })
        )}
      </div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  scroller: css({ overflow: 'auto', position: 'relative', outline: 'none' }),
  content: css({ position: 'relative' }),
  headerRow: css({
    position: 'sticky',
    top: 0,
    height: 30,
    zIndex: 2,
    background: theme.colors.background.primary,
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  rowTitle: css({ position: 'absolute', height: 20, zIndex: 2 }),
  edges: css({ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }),
});
