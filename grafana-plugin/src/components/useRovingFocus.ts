/**
 * Roving keyboard focus over the cascade graph's cards: one card takes Tab, the arrow keys (and Home,
 * End) move to another, Enter or Space opens it, Escape or Backspace goes back; a card moved to is
 * scrolled into view and focused once the virtualised graph has rendered it.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { CascadeLayout } from '../model/layout';
import type { Orientation } from '../types';
import type { Point } from './geometry';
import { isNavKey, nextCard } from './navigation';

export interface RovingFocusOptions {
  layout: CascadeLayout;
  orientation: Orientation;
  activeId: string | null;
  /** Ids of the cards rendered now (the virtualised window), in layer order. */
  rendered: readonly string[];
  /** The scroll offsets the graph last rendered at: a change retries a focus waiting for its card. */
  scroll: { left: number; top: number };
  /** Tells the graph where the scroller now is after scrolling a card into view. */
  syncScroll: (left: number, top: number) => void;
  /** Top-left corner of a card, or null for an id not in the layout. */
  originOf: (id: string) => Point | null;
  onActivate: (id: string) => void;
  onActiveChange: (id: string) => void;
  onBack: () => void;
}

// Marker for "focus whichever card is active after this change" (Escape climbs to a node chosen by the state).
const ACTIVE = '\u0000active';

// CSS.escape where the browser has it (jsdom does not); node ids are dotted lower-case words anyway.
const cssEscape = (id: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');

const cardElement = (scroller: HTMLElement | null, id: string) =>
  scroller?.querySelector<HTMLElement>(`[data-node-id="${cssEscape(id)}"]`) ?? null;

/**
 * The ref for the graph's scrolling box (which holds the cards, found by `data-node-id`), the tabbable
 * card (the active one while it is rendered, else the first rendered) and the box's key handler.
 */
export function useRovingFocus(o: RovingFocusOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const tabbableId = o.activeId !== null && o.rendered.includes(o.activeId) ? o.activeId : (o.rendered[0] ?? null);
  const { activeId, originOf, scroll, layout, syncScroll } = o;

  // Keyboard moves: bring the target into view, then focus it once it is rendered.
  useLayoutEffect(() => {
    const id = pendingFocus.current === ACTIVE ? activeId : pendingFocus.current;
    const el = scroller.current;
    if (id === null || el === null) {
      pendingFocus.current = null;
      return;
    }
    const card = cardElement(el, id);
    if (card) {
      pendingFocus.current = null;
      card.focus({ preventScroll: false });
      return;
    }
    const origin = originOf(id);
    if (origin) {
      el.scrollTop = Math.max(0, origin.y - el.clientHeight / 2);
      el.scrollLeft = Math.max(0, origin.x - el.clientWidth / 2);
      pendingFocus.current = id;
      syncScroll(el.scrollLeft, el.scrollTop);
    }
  }, [activeId, originOf, scroll, layout, syncScroll]);

  const onKeyDown = (e: KeyboardEvent) => {
    const current = o.activeId ?? tabbableId;
    if (isNavKey(e.key)) {
      const next = nextCard(o.layout, current, e.key, o.orientation);
      if (next !== null) {
        e.preventDefault();
        pendingFocus.current = next;
        o.onActiveChange(next);
        if (next === current) {
          cardElement(scroller.current, next)?.focus();
        }
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && current !== null) {
      e.preventDefault();
      pendingFocus.current = current;
      o.onActivate(current);
    } else if (e.key === 'Escape' || e.key === 'Backspace') {
      e.preventDefault();
      pendingFocus.current = ACTIVE;
      o.onBack();
    }
  };

  return { scroller, tabbableId, onKeyDown };
}
