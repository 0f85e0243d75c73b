/**
 * The exporter's self series: `mlhealth_up`, per-source up flags, the loaded spec, the build, and ingest
 * counters. Every spec model has its ingest counters from the start (zero), so `rate()` works before the
 * first event and a missing series always means a missing exporter.
 */
import type { Registry } from 'prom-client';
import { REJECT_REASONS } from '../ingest/types';
import type { Sample } from './family';
import { registerFamily } from './family';
import { METRICS } from './names';
import type { IngestTotalsSource, MetricsState, StoreHealthSource } from './state';

function acceptedSamples(state: MetricsState, ingest: IngestTotalsSource): Sample<'model'>[] {
  const accepted = ingest.totals().accepted;
  return state.spec.models.map((m) => ({ labels: { model: m.id }, value: accepted.get(m.id) ?? 0 }));
}

function rejectedSamples(state: MetricsState, ingest: IngestTotalsSource): Sample<'model' | 'reason'>[] {
  const rejected = ingest.totals().rejected;
  const out: Sample<'model' | 'reason'>[] = [];
  for (const m of state.spec.models) {
    const byReason = rejected.get(m.id);
    for (const reason of REJECT_REASONS) {
      out.push({ labels: { model: m.id, reason }, value: byReason?.get(reason) ?? 0 });
    }
  }
  return out;
}

/** Registers the self families on `registry`. */
export function registerSelfFamilies(
  registry: Registry,
  state: MetricsState,
  ingest: IngestTotalsSource,
  buildVersion: string,
): void {
  registerFamily(registry, METRICS.up, 'gauge', () => [{ labels: {}, value: state.up() ? 1 : 0 }]);
  registerFamily(registry, METRICS.sourceUp, 'gauge', () =>
    [...state.sourcesUp()].map(([source, up]) => ({ labels: { source }, value: up ? 1 : 0 })),
  );
  registerFamily(registry, METRICS.specInfo, 'gauge', () => {
    const spec = state.spec;
    return [{ labels: { name: spec.name, version: spec.version, sha256: state.sha256 }, value: 1 }];
  });
  registerFamily(registry, METRICS.buildInfo, 'gauge', () => [
    { labels: { version: buildVersion }, value: 1 },
  ]);
  registerFamily(registry, METRICS.ingestEvents, 'counter', () => acceptedSamples(state, ingest));
  registerFamily(registry, METRICS.ingestRejected, 'counter', () => rejectedSamples(state, ingest));
}

/** `mlhealth_store_up` and `mlhealth_store_write_errors_total{cause}` (every cause, 0 included). */
export function registerStoreFamilies(registry: Registry, store: StoreHealthSource): void {
  registerFamily(registry, METRICS.storeUp, 'gauge', () => [{ labels: {}, value: store.up() ? 1 : 0 }]);
  registerFamily(registry, METRICS.storeWriteErrors, 'counter', () =>
    [...store.writeErrors()].map(([cause, value]) => ({ labels: { cause }, value })),
  );
}
