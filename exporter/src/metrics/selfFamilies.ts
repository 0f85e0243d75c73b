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

/** The spec's models, or those of an exporter shard's scope. */
type Models = ReadonlySet<string> | undefined;

const modelsOf = (state: MetricsState, only: Models) =>
  state.spec.models.filter((m) => only === undefined || only.has(m.id));

function acceptedSamples(state: MetricsState, ingest: IngestTotalsSource, only: Models): Sample<'model'>[] {
  const accepted = ingest.totals().accepted;
  return modelsOf(state, only).map((m) => ({ labels: { model: m.id }, value: accepted.get(m.id) ?? 0 }));
}

function rejectedSamples(
  state: MetricsState,
  ingest: IngestTotalsSource,
  only: Models,
): Sample<'model' | 'reason'>[] {
  const rejected = ingest.totals().rejected;
  const out: Sample<'model' | 'reason'>[] = [];
  for (const m of modelsOf(state, only)) {
    const byReason = rejected.get(m.id);
    for (const reason of REJECT_REASONS) {
      out.push({ labels: { model: m.id, reason }, value: byReason?.get(reason) ?? 0 });
    }
  }
  return out;
}

/** Registers the self families on `registry`; the ingest counters of `models` only when given (a shard's). */
export function registerSelfFamilies(
  registry: Registry,
  state: MetricsState,
  ingest: IngestTotalsSource,
  buildVersion: string,
  models?: ReadonlySet<string>,
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
  registerFamily(registry, METRICS.ingestEvents, 'counter', () => acceptedSamples(state, ingest, models));
  registerFamily(registry, METRICS.ingestRejected, 'counter', () => rejectedSamples(state, ingest, models));
}

/** `mlhealth_store_up` and `mlhealth_store_write_errors_total{cause}` (every cause, 0 included). */
export function registerStoreFamilies(registry: Registry, store: StoreHealthSource): void {
  registerFamily(registry, METRICS.storeUp, 'gauge', () => [{ labels: {}, value: store.up() ? 1 : 0 }]);
  registerFamily(registry, METRICS.storeWriteErrors, 'counter', () =>
    [...store.writeErrors()].map(([cause, value]) => ({ labels: { cause }, value })),
  );
}
