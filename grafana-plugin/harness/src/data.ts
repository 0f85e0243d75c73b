/**
 * What the harness renders: a named fixture generated in the page from the same code as the unit tests
 * (`?fixture=demo`, `?fixture=scaled&n=1000`), or a JSON document fetched from `?data=<url>` (captured
 * Prometheus answers, or the exporter's `/preview/data.json`).
 */
import type { DataLink } from '@grafana/data';
import { DEMO_END_MS, DEMO_WINDOW, demoQueries } from '../../src/testing/demoFrames';
import type { PromQuery } from '../../src/testing/prometheusFrames';
import { scaledCascade } from '../../src/testing/scaledCascade';
import { cascadeQueries } from '../../src/testing/syntheticCascade';
import type { CascadeOptions } from '../../src/types';

export interface HarnessAnnotation {
  time: number;
  timeEnd?: number;
  text: string;
  color?: string;
}

export interface HarnessData {
  title?: string;
  /** `Loading` while the source has nothing yet (the exporter before its first evaluation). */
  state?: 'Loading' | 'Done';
  /** Unix ms. */
  timeRange: { from: number; to: number };
  queries: PromQuery[];
  annotations?: HarnessAnnotation[];
  options?: Partial<CascadeOptions>;
  links?: DataLink[];
}

export const DETAIL_LINK: DataLink = {
  title: 'Model detail dashboard',
  url: '/d/mlhealth-model-detail/model-detail?var-node=${__field.labels.node}&var-model=${__field.labels.model}&${__url_time_range}',
};

/** The demo fixture: the unit tests' cascade, two annotations and a detail link. */
export function demoData(): HarnessData {
  const from = DEMO_END_MS - (DEMO_WINDOW.points - 1) * DEMO_WINDOW.stepSeconds * 1000;
  return {
    title: 'ML health cascade',
    timeRange: { from, to: DEMO_END_MS },
    queries: demoQueries(),
    annotations: [
      { time: DEMO_END_MS - 42 * 60_000, text: 'Deploy fraud-api v8.2', color: 'blue' },
      {
        time: DEMO_END_MS - 18 * 60_000,
        timeEnd: DEMO_END_MS - 12 * 60_000,
        text: 'Incident INC-2231: card issuer outage',
        color: 'red',
      },
    ],
    links: [DETAIL_LINK],
  };
}

/** A generated cascade of `n` nodes over the demo's time range, for the benchmark and the large tests. */
export function scaledData(n: number): HarnessData {
  const from = DEMO_END_MS - (DEMO_WINDOW.points - 1) * DEMO_WINDOW.stepSeconds * 1000;
  return {
    title: `${n} nodes`,
    timeRange: { from, to: DEMO_END_MS },
    queries: cascadeQueries(scaledCascade(n), DEMO_WINDOW),
    links: [DETAIL_LINK],
  };
}

/** Reads the page's parameters and produces its data (the first time, what the page prefetched). */
export async function loadData(params: URLSearchParams, config: { data?: string }): Promise<HarnessData> {
  const url = params.get('data') ?? config.data;
  const prefetched = window.__HARNESS_PREFETCH__;
  window.__HARNESS_PREFETCH__ = undefined;
  if (url && prefetched && !params.get('data')) {
    const data = await prefetched;
    if (data) {
      return data;
    }
  }
  if (url) {
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) {
      throw new Error(`harness: GET ${url} answered ${res.status}`);
    }
    return (await res.json()) as HarnessData;
  }
  const fixture = params.get('fixture') ?? 'demo';
  if (fixture === 'scaled') {
    return scaledData(Number(params.get('n') ?? '200'));
  }
  return demoData();
}

// While the source has nothing yet, ask again every half second (for at most a minute), so the first
// cascade is on screen within a second of the exporter's first evaluation instead of a refresh later.
const WAITING_POLL_MS = 500;
const WAITING_POLLS = 120;

/** True while the data says it is loading, or holds no series at all. */
export function isWaiting(data: HarnessData): boolean {
  return data.state === 'Loading' || data.queries.every((q) => q.response.data.result.length === 0);
}

/** Reloads every `refreshSeconds`, or every half second while `isWaiting`; errors keep the last data. */
export function keepRefreshing(refreshSeconds: number, first: HarnessData, reload: () => Promise<HarnessData>): void {
  let fastPolls = 0;
  const next = (data: HarnessData) => {
    const waiting = isWaiting(data) && fastPolls < WAITING_POLLS;
    fastPolls += waiting ? 1 : 0;
    window.setTimeout(() => reload().then(next, () => next(data)), waiting ? WAITING_POLL_MS : refreshSeconds * 1000);
  };
  next(first);
}
