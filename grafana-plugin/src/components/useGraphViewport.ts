/**
 * The cascade graph's pixel space and the part of it in view: the geometry for the graph's width, the
 * scroll position, each layer's window of cards crossing the viewport (plus an overscan), and the pinned
 * cards (the selected path, kept in view while the graph scrolls): the only cards rendered.
 */
import { useCallback, useMemo, useState, type UIEvent } from 'react';
import type { CascadeLayout } from '../model/layout';
import type { CascadeOptions } from '../types';
import { groupStarts } from '../model/baseTier';
import {
  cardOrigin,
  contentSize,
  indexOfSlot,
  laneSlots,
  lanesOf,
  makeGeometry,
  pinInView,
  visibleRange,
  type Geometry,
  type Point,
} from './geometry';

// Rows rendered beyond each side of the viewport, so a short scroll shows no blank before React catches up.
const OVERSCAN = 4;

// A layer's [start, end) indices crossing the viewport; a lane layer's by slot, mapped back to indices.
function windowOf(
  g: Geometry,
  count: number,
  slots: readonly number[] | null,
  offset: number,
  viewport: number
): [number, number] {
  if (!slots) {
    return visibleRange(g, offset, viewport, count, OVERSCAN);
  }
  const [from, to] = visibleRange(g, offset, viewport, (slots[slots.length - 1] ?? -1) + 1, OVERSCAN, g.lanes);
  return [indexOfSlot(slots, from), indexOfSlot(slots, to)];
}

/** Geometry, content size and virtualised window of the graph in a `width` × `height` viewport. */
export function useGraphViewport(
  layout: CascadeLayout,
  options: CascadeOptions,
  width: number,
  height: number,
  pinned: readonly string[]
) {
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const lastTier = layout.layers[layout.layers.length - 1]?.tier;
  const g = useMemo(
    () => makeGeometry(options.orientation, width, layout.layers.length, options.showSparklines, lastTier === 'base'),
    [options.orientation, width, layout.layers.length, options.showSparklines, lastTier]
  );
  // A lane layer places its cards in slots, each parent's group opening a row; other layers by index.
  const slots = useMemo(() => {
    const starts = g.lanes > 1 ? groupStarts(layout) : [];
    return layout.layers.map((l, li) => (lanesOf(g, li) > 1 ? laneSlots(l.ids.length, starts[li], g.lanes) : null));
  }, [g, layout]);
  const size = contentSize(
    g,
    layout.layers.map((l, li) => {
      const s = slots[li];
      return s && s.length > 0 ? s[s.length - 1] + 1 : l.ids.length;
    })
  );
  const horizontal = options.orientation === 'horizontal';
  // The viewport's span along the card axis.
  const offset = horizontal ? scroll.top : scroll.left;
  const viewport = horizontal ? height : width;
  const ranges = layout.layers.map((l, li) => windowOf(g, l.ids.length, slots[li], offset, viewport));
  const windowed = layout.layers.flatMap((l, li) => l.ids.slice(ranges[li][0], ranges[li][1]));
  const pinnedSet = useMemo(() => new Set(pinned.filter((id) => layout.position.has(id))), [pinned, layout]);
  const rendered = [...windowed, ...[...pinnedSet].filter((id) => !windowed.includes(id))];

  const originOf = useCallback(
    (id: string): Point | null => {
      const pos = layout.position.get(id);
      if (!pos) {
        return null;
      }
      const o = cardOrigin(g, pos[0], slots[pos[0]]?.[pos[1]] ?? pos[1]);
      return pinnedSet.has(id) ? pinInView(g, o, offset, viewport) : o;
    },
    [g, layout, slots, pinnedSet, offset, viewport]
  );
  const syncScroll = useCallback(
    (left: number, top: number) => setScroll((s) => (s.left === left && s.top === top ? s : { left, top })),
    []
  );
  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => syncScroll(e.currentTarget.scrollLeft, e.currentTarget.scrollTop),
    [syncScroll]
  );
  return { g, size, scroll, offset, viewport, ranges, rendered, pinned: pinnedSet, originOf, syncScroll, onScroll };
}
