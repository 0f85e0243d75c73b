/**
 * The KServe receiver's self series: `mlhealth_kserve_events_total{result}` (every CloudEvent counted
 * once by what became of it) and `mlhealth_kserve_pending` (halves waiting for their other half). They
 * exist only once the receiver is in use (a model declares `kserve`, or a CloudEvent arrived), so an
 * exporter that never hears from KServe, like the demo, serves none of them.
 */
import type { Registry } from 'prom-client';
import { KSERVE_RESULTS, type KserveStatsSource } from '../ingest/kserve/receiver';
import { registerFamily } from './family';
import { METRICS } from './names';

/** Registers both families on `registry`; every result exists from then on (zero until it happens). */
export function registerKserveFamilies(registry: Registry, source: KserveStatsSource): void {
  registerFamily(registry, METRICS.kserveEvents, 'counter', () => {
    const { events } = source.stats();
    return KSERVE_RESULTS.map((result) => ({ labels: { result }, value: events[result] }));
  });
  registerFamily(registry, METRICS.kservePending, 'gauge', () => [
    { labels: {}, value: source.stats().pending },
  ]);
}

/**
 * A check to run before each scrape: registers the families the first time `source` is active, then
 * does nothing.
 */
export function kserveFamiliesWhenActive(registry: Registry, source: KserveStatsSource): () => void {
  let registered = false;
  return () => {
    if (registered || !source.active()) return;
    registerKserveFamilies(registry, source);
    registered = true;
  };
}
