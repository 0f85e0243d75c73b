/**
 * What the panel says about its query results before (or beside) the cascade, from Grafana's
 * `PanelData` the Grafana way: `state` Loading with nothing yet → a loading placeholder; errors
 * (`data.errors`, `data.error`, state Error) with no node to show → the error in the panel's data error
 * view; with nodes, a warning notice over the cascade that some queries failed; no contract series at
 * all → the data error view saying what to query. Pure.
 */
import type { Notice } from './types';

/** The part of Grafana's `PanelData` this reads (`state` is a `LoadingState`). */
export interface QueryOutcome {
  state: string;
  errors?: ReadonlyArray<{ message?: string; refId?: string }>;
  error?: { message?: string; refId?: string };
}

export type DataProblem =
  { kind: 'loading'; message: string } | { kind: 'error'; message: string } | { kind: 'empty'; message: string };

export const NO_SERIES_MESSAGE = 'No mlhealth_* series in the query results. Query e.g. {__name__=~"mlhealth_.*"}.';

/** The failed queries' messages, `A: message`, deduplicated. */
export function queryErrors(data: QueryOutcome): string[] {
  const all = [...(data.errors ?? []), ...(data.error ? [data.error] : [])];
  const texts = all.map((e) => `${e.refId ? `${e.refId}: ` : ''}${e.message || 'query failed'}`);
  if (texts.length === 0 && data.state === 'Error') {
    texts.push('the query failed');
  }
  return [...new Set(texts)];
}

/**
 * Why the panel cannot draw the cascade, or null when it can (`nodeCount` > 0).
 *
 * @example dataProblem({ state: 'Loading' }, 0) // { kind: 'loading', message: 'Loading mlhealth series…' }
 * @example dataProblem({ state: 'Done', errors: [{ refId: 'A', message: 'bad_data' }] }, 0).message // 'Query failed: A: bad_data'
 */
export function dataProblem(data: QueryOutcome, nodeCount: number): DataProblem | null {
  if (nodeCount > 0) {
    return null;
  }
  const errors = queryErrors(data);
  if (errors.length > 0) {
    return { kind: 'error', message: `Query failed: ${errors.join('; ')}` };
  }
  if (data.state === 'Loading' || data.state === 'NotStarted') {
    return { kind: 'loading', message: 'Loading mlhealth series…' };
  }
  return { kind: 'empty', message: NO_SERIES_MESSAGE };
}

/**
 * Notices for a cascade drawn from partial results: one warning naming the failed queries.
 *
 * @example queryNotices({ state: 'Done', errors: [{ refId: 'K', message: 'timeout' }] })[0].text
 * // 'Some queries failed (K: timeout): the cascade shows the series that arrived; nodes without theirs are unknown.'
 */
export function queryNotices(data: QueryOutcome): Notice[] {
  const errors = queryErrors(data);
  if (errors.length === 0) {
    return [];
  }
  return [
    {
      severity: 'warning',
      text: `Some queries failed (${errors.join('; ')}): the cascade shows the series that arrived; nodes without theirs are unknown.`,
    },
  ];
}
