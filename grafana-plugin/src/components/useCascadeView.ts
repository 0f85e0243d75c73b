/**
 * What the panel shows, from its props: the options with their defaults, the frames read once, the live
 * model and the model at the moment shown (live, the time cursor or a hovered sparkline), the layout of
 * the focused subtree, annotations, risk levels, the selected node, and the view state with its moves.
 */
import { useMemo } from 'react';
import type { PanelProps } from '@grafana/data';
import { readAnnotations, type AnnotationMark } from '../model/annotations';
import { cascadeAt, indexFrames } from '../model/buildModel';
import { collapseBase, filterIds, type ShownLayout } from '../model/baseTier';
import { layoutCascade } from '../model/layout';
import { businessRiskLevels, type RiskLevel } from '../model/risk';
import type { CascadeModel, CascadeNode, Tier } from '../model/types';
import { CascadeOptions, DEFAULT_OPTIONS } from '../types';
import { useCascadeState } from './useCascadeState';

export interface CascadeView {
  options: CascadeOptions;
  /** The dashboard's time range, Unix ms. */
  from: number;
  to: number;
  /** The moment shown, Unix ms: `to` when live. */
  at: number;
  /** The model at `to`: drill-down paths, notices, times and drift come from it. */
  live: CascadeModel;
  /** The model at `at`: what the cards, details and risk bars show. */
  model: CascadeModel;
  /** The layout of the focused subtree, filtered, with the base tier's summaries. */
  layout: ShownLayout;
  /** The configured root node when it is in the live model, else null (the whole cascade). */
  rootId: string | null;
  annotations: readonly AnnotationMark[];
  risks: readonly RiskLevel[];
  selected: CascadeNode | null;
  /** The view state (drill-down, selection, focus, cursor) and its transitions. */
  view: ReturnType<typeof useCascadeState>;
}

/** Base layers of more cards than this show their non-ok nodes and per-parent summaries of the rest. */
const COLLAPSE_ABOVE = 8;

/** Reads the frames once per data change and derives the rest per moment and view state. */
export function useCascadeView({ data, options: saved }: PanelProps<CascadeOptions>): CascadeView {
  const options: CascadeOptions = { ...DEFAULT_OPTIONS, ...saved };
  const tiers = Array.isArray(options.tiers) && options.tiers.length > 0 ? options.tiers : DEFAULT_OPTIONS.tiers;
  const from = data.timeRange.from.valueOf();
  const to = data.timeRange.to.valueOf();
  const frames = useMemo(() => indexFrames(data.series), [data.series]);
  const live = useMemo(() => cascadeAt(frames, { at: to }), [frames, to]);
  const rootId = live.byId.has(options.rootNode) ? options.rootNode : null;
  const view = useCascadeState(live, rootId);
  const { state } = view;
  const at = state.hover ?? state.cursor ?? to;
  const model = useMemo(() => (at === to ? live : cascadeAt(frames, { at })), [frames, live, at, to]);
  const annotations = useMemo(() => readAnnotations(data.annotations), [data.annotations]);
  const focusId = state.focusPath[state.focusPath.length - 1] ?? rootId;
  // Keyed by the tiers' text: a new but equal options array must not redo the layout.
  const tiersKey = tiers.join(',');
  const sortBySeverity = options.sortBySeverity;
  const only = useMemo(() => filterIds(live, state.filter), [live, state.filter]);
  const full = useMemo(
    () => layoutCascade(live, { tiers: tiersKey.split(',') as Tier[], focusId, sortBySeverity, only }),
    [live, tiersKey, focusId, sortBySeverity, only]
  );
  const { expanded, selectedId } = state;
  const layout = useMemo(
    () =>
      // A filter shows every match: nothing collapses while one is typed.
      only
        ? { ...full, summaries: new Map() }
        : collapseBase(live, full, {
            collapseAbove: COLLAPSE_ABOVE,
            expanded: new Set(expanded),
            keep: new Set(selectedId ? [selectedId] : []),
          }),
    [live, full, only, expanded, selectedId]
  );
  const risks = useMemo(() => businessRiskLevels(model), [model]);
  const selected = state.selectedId !== null ? (model.byId.get(state.selectedId) ?? null) : null;
  return { options, from, to, at, live, model, layout, rootId, annotations, risks, selected, view };
}
