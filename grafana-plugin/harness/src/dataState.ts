/**
 * A patch tests apply to the panel's `PanelData` through `window.__harness.setPanelData`: loading state,
 * query errors, no series, another time range. (Grafana registers its core data error view at start-up
 * through an internal setter that @grafana/runtime 13 does not export; the harness keeps the runtime's
 * default view, which shows the panel's message.)
 */
import { LoadingState, type DataQueryError, type PanelData } from '@grafana/data';

export interface PanelDataPatch {
  state?: keyof typeof LoadingState;
  errors?: DataQueryError[];
  /** Answer no series at all. */
  empty?: boolean;
  /** Move the time range by this many ms (a range without samples: everything is unknown). */
  shiftMs?: number;
}

/** `data` with `patch` applied. */
export function patchPanelData(data: PanelData, patch: PanelDataPatch): PanelData {
  return {
    ...data,
    state: patch.state ? LoadingState[patch.state] : data.state,
    errors: patch.errors ?? data.errors,
    series: patch.empty ? [] : data.series,
  };
}
