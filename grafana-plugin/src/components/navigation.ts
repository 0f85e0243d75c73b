/**
 * Keyboard moves between cards, pure: which card an arrow key leads to from the active one.
 * Along a layer the arrows step to the previous or next card; across layers they go to a linked node in
 * the neighbouring layer (a parent going back, a child going forward) nearest in position, or to the card
 * at the nearest position when none is linked.
 */
import type { CascadeLayout } from '../model/layout';
import type { Orientation } from '../types';

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export function isNavKey(key: string): key is NavKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/**
 * The id the key moves to from `id`, or `id` itself at an edge. An id not in the layout moves to the
 * first card of the first layer; an empty layout gives null.
 *
 * @example nextCard(layout, 'revenue_assurance', 'ArrowRight', 'horizontal') // its first child in the next layer
 */
export function nextCard(
  layout: CascadeLayout,
  id: string | null,
  key: NavKey,
  orientation: Orientation
): string | null {
  const pos = id === null ? undefined : layout.position.get(id);
  if (!pos) {
    return layout.layers[0]?.ids[0] ?? null;
  }
  const [layer, index] = pos;
  const ids = layout.layers[layer].ids;
  const along = orientation === 'horizontal' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  if (key === 'Home') {
    return ids[0];
  }
  if (key === 'End') {
    return ids[ids.length - 1];
  }
  if (key === along[0]) {
    return ids[Math.max(0, index - 1)];
  }
  if (key === along[1]) {
    return ids[Math.min(ids.length - 1, index + 1)];
  }
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const target = layer + (forward ? 1 : -1);
  if (target < 0 || target >= layout.layers.length) {
    return id;
  }
  const linked = layout.edges
    .filter((e) => (forward ? e.parent === id : e.child === id))
    .map((e) => (forward ? e.child : e.parent))
    .filter((other) => layout.position.get(other)?.[0] === target);
  const candidates = linked.length > 0 ? linked : layout.layers[target].ids;
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.abs(layout.position.get(c)![1] - index);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
