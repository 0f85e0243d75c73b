/** The demo cascade as Grafana frames, at a fixed time: the common fixture of unit and component tests. */
import type { DataFrame } from '@grafana/data';
import { demoCascade } from './demoCascade';
import { promQueriesToFrames, type PromQuery } from './prometheusFrames';
import { cascadeQueries, type QueryWindow } from './syntheticCascade';

/** Last point of the demo: 2025-11-13T02:13:20Z. */
export const DEMO_END_SECONDS = 1_763_000_000;
export const DEMO_WINDOW: QueryWindow = { end: DEMO_END_SECONDS, points: 60, stepSeconds: 60 };
export const DEMO_END_MS = DEMO_END_SECONDS * 1000;

/** The demo's Prometheus answers; `format` forces every query to one format when given. */
export function demoQueries(format?: 'time_series' | 'table'): PromQuery[] {
  return cascadeQueries(demoCascade(), DEMO_WINDOW).map((q) => (format ? { ...q, format } : q));
}

/** The demo as the frames Grafana's Prometheus datasource would produce. */
export function demoFrames(format?: 'time_series' | 'table'): DataFrame[] {
  return promQueriesToFrames(demoQueries(format));
}
