/**
 * The panel's view state and its transitions, pure: drill-down path, selection, keyboard focus and time
 * cursor, and how a click, Enter, Escape or a breadcrumb step changes them.
 */
import { pathBetween, pathTo } from '../model/hierarchy';
import type { CascadeModel } from '../model/types';

export interface CascadeViewState {
  /** Drill-down path from the top; its last id is the focused subtree's root. */
  focusPath: string[];
  selectedId: string | null;
  activeId: string | null;
  /** Pinned moment (Unix ms) or null for live. */
  cursor: number | null;
  /** Moment previewed by hovering a sparkline, or null. */
  hover: number | null;
  /** The base-tier filter's text; empty for none. */
  filter: string;
  /** Base-tier groups (summary ids) whose ok nodes are shown. */
  expanded: string[];
}

export const INITIAL_VIEW_STATE: CascadeViewState = {
  focusPath: [],
  selectedId: null,
  activeId: null,
  cursor: null,
  hover: null,
  filter: '',
  expanded: [],
};

/** Expands a collapsed base-tier group, or collapses an expanded one. */
export function toggleGroup(prev: CascadeViewState, id: string): CascadeViewState {
  const expanded = prev.expanded.includes(id) ? prev.expanded.filter((x) => x !== id) : [...prev.expanded, id];
  return { ...prev, expanded };
}

/**
 * A click or Enter on node `id`: a parent becomes the focused subtree (the path grows by the steps from
 * the current focus when it lies below it, else is the path from the configured root `rootId` when it
 * lies below that, else the path from the top), and any node opens its details and becomes the active
 * card. The path never holds the root itself: the breadcrumb's first step stands for it. An id not in
 * `model` changes nothing.
 *
 * @example activateNode(demo, INITIAL_VIEW_STATE, 'fraud.drift').focusPath // ['revenue_assurance', 'fraud.drift']
 * @example activateNode(demo, INITIAL_VIEW_STATE, 'fraud.drift', 'revenue_assurance').focusPath // ['fraud.drift']
 */
export function activateNode(
  model: CascadeModel,
  prev: CascadeViewState,
  id: string,
  rootId: string | null = null
): CascadeViewState {
  const node = model.byId.get(id);
  if (!node) {
    return prev;
  }
  const focus = prev.focusPath[prev.focusPath.length - 1] ?? rootId ?? undefined;
  let focusPath = prev.focusPath;
  if (node.children.length > 0 && id !== focus) {
    const below = focus === undefined ? null : pathBetween(model, focus, id);
    focusPath = below ? [...prev.focusPath, ...below.slice(1)] : pathTo(model, id);
  }
  return { ...prev, focusPath, selectedId: id, activeId: id };
}

/**
 * Escape or Backspace: climbs one level, selecting the new focus and making the node left the active
 * card; at the top it only closes the details.
 */
export function goBack(prev: CascadeViewState): CascadeViewState {
  if (prev.focusPath.length > 0) {
    const focusPath = prev.focusPath.slice(0, -1);
    const up = focusPath[focusPath.length - 1] ?? null;
    return { ...prev, focusPath, selectedId: up, activeId: prev.focusPath[prev.focusPath.length - 1] };
  }
  return { ...prev, selectedId: null };
}

/** A breadcrumb step: keeps the first `depth` steps of the path and selects the new focus (none at 0). */
export function navigateTo(prev: CascadeViewState, depth: number): CascadeViewState {
  const focusPath = prev.focusPath.slice(0, depth);
  return { ...prev, focusPath, selectedId: focusPath[focusPath.length - 1] ?? null };
}
