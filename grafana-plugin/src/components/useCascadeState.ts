/** The panel's view state: drill-down path, selection, keyboard focus and time cursor. */
import { useCallback, useState } from 'react';
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
}

/** State and transitions of the view; `model` is the live model (for paths). */
export function useCascadeState(model: CascadeModel) {
  const [s, set] = useState<CascadeViewState>({
    focusPath: [],
    selectedId: null,
    activeId: null,
    cursor: null,
    hover: null,
  });

  // A click or Enter on a node: a parent becomes the focused subtree (breadcrumb grows), any node opens
  // its details.
  const activate = useCallback(
    (id: string) =>
      set((prev) => {
        const node = model.byId.get(id);
        if (!node) {
          return prev;
        }
        const focus = prev.focusPath[prev.focusPath.length - 1];
        let focusPath = prev.focusPath;
        if (node.children.length > 0 && id !== focus) {
          const below = focus === undefined ? null : pathBetween(model, focus, id);
          focusPath = below ? [...prev.focusPath, ...below.slice(1)] : pathTo(model, id);
        }
        return { ...prev, focusPath, selectedId: id, activeId: id };
      }),
    [model]
  );
  const select = useCallback(
    (id: string | null) => set((prev) => ({ ...prev, selectedId: id, activeId: id ?? prev.activeId })),
    []
  );
  const setActive = useCallback(
    (id: string) => set((prev) => (prev.activeId === id ? prev : { ...prev, activeId: id })),
    []
  );
  const back = useCallback(
    () =>
      set((prev) => {
        if (prev.focusPath.length > 0) {
          const focusPath = prev.focusPath.slice(0, -1);
          const up = focusPath[focusPath.length - 1] ?? null;
          return { ...prev, focusPath, selectedId: up, activeId: prev.focusPath[prev.focusPath.length - 1] };
        }
        return { ...prev, selectedId: null };
      }),
    []
  );
  const navigate = useCallback(
    (depth: number) =>
      set((prev) => {
        const focusPath = prev.focusPath.slice(0, depth);
        return { ...prev, focusPath, selectedId: focusPath[focusPath.length - 1] ?? null };
      }),
    []
  );
  const setCursor = useCallback((cursor: number | null) => set((prev) => ({ ...prev, cursor, hover: null })), []);
  const setHover = useCallback(
    (hover: number | null) => set((prev) => (prev.hover === hover ? prev : { ...prev, hover })),
    []
  );
  return { state: s, activate, select, setActive, back, navigate, setCursor, setHover };
}
