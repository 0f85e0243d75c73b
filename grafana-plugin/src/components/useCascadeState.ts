/** The panel's view state in React: the transitions of `viewState.ts`, bound to the live model. */
import { useCallback, useState } from 'react';
import type { CascadeModel } from '../model/types';
import { activateNode, goBack, INITIAL_VIEW_STATE, navigateTo, toggleGroup, type CascadeViewState } from './viewState';

export type { CascadeViewState } from './viewState';

/** State and transitions of the view; `model` is the live model (for paths), `rootId` the configured root. */
export function useCascadeState(model: CascadeModel, rootId: string | null) {
  const [s, set] = useState<CascadeViewState>(INITIAL_VIEW_STATE);
  const activate = useCallback((id: string) => set((prev) => activateNode(model, prev, id, rootId)), [model, rootId]);
  const select = useCallback(
    (id: string | null) => set((prev) => ({ ...prev, selectedId: id, activeId: id ?? prev.activeId })),
    []
  );
  const setActive = useCallback(
    (id: string) => set((prev) => (prev.activeId === id ? prev : { ...prev, activeId: id })),
    []
  );
  const back = useCallback(() => set(goBack), []);
  const navigate = useCallback((depth: number) => set((prev) => navigateTo(prev, depth)), []);
  const setCursor = useCallback((cursor: number | null) => set((prev) => ({ ...prev, cursor, hover: null })), []);
  const setHover = useCallback(
    (hover: number | null) => set((prev) => (prev.hover === hover ? prev : { ...prev, hover })),
    []
  );
  const setFilter = useCallback((filter: string) => set((prev) => ({ ...prev, filter })), []);
  const toggle = useCallback((id: string) => set((prev) => toggleGroup(prev, id)), []);
  return { state: s, activate, select, setActive, back, navigate, setCursor, setHover, setFilter, toggleGroup: toggle };
}
