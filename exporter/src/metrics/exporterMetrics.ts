/**
 * The exporter's Prometheus exposition: a fresh prom-client `Registry` (never the global one) holding the
 * contract's families, each computed from `MetricsState` (sample arrays cached per evaluation, their
 * text cached until the next one: see exposition.ts), plus prom-client's default process metrics.
 * `render()` also measures itself into `mlhealth_scrape_duration_seconds`, rendered last from a
 * one-gauge registry.
 */
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { cascadeSamples, type CascadeSamples } from './cascadeSamples';
import { detailSamples, type DetailSamples } from './detailSamples';
import { CachedExposition } from './exposition';
import { registerFamily, type FamilyType, type Sample } from './family';
import { kserveFamiliesWhenActive } from './kserveFamilies';
import { METRICS, type MetricDef } from './names';
import { registerSelfFamilies, registerStoreFamilies } from './selfFamilies';
import type { IngestTotalsSource, MetricsState, StoreHealthSource } from './state';
import { topologySamples, type TopologySamples } from './topologySamples';
import type { KserveStatsSource } from '../ingest/kserve/receiver';
import type { ShardScope } from '../shards';
import { scopeCascadeSamples, scopeTopologySamples } from './scopeSamples';

export interface ExporterMetrics {
  /** The registry of every family but the scrape duration (tests may read single metrics from it). */
  registry: Registry;
  contentType: string;
  /** The exposition text of one scrape. */
  render(): Promise<string>;
  /** Formats the families whose state changed (call after an evaluation), ahead of the next scrape. */
  prepare(): Promise<void>;
}

export interface ExporterMetricsOptions {
  buildVersion: string;
  /** Add prom-client's default process_* and nodejs_* metrics. Default true. */
  processMetrics?: boolean;
  /** The KServe receiver: its families are added once it is in use (metrics/kserveFamilies.ts). */
  kserve?: KserveStatsSource;
  /** The durable store's health (`mlhealth_store_up`, `mlhealth_store_write_errors_total`). */
  store?: StoreHealthSource;
  /**
   * An exporter shard's scope (docs/scale-out.md): computed series of its nodes and models only, the
   * topology of all. Absent: every node and model.
   */
  scope?: Pick<ShardScope, 'nodes' | 'models' | 'topology'>;
}

const LINT_FAILING_DEFAULTS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

function cached<K extends object, V>(key: () => K | null, compute: (k: K | null) => V): () => V {
  let lastKey: K | null | undefined;
  let lastValue: V | undefined;
  return () => {
    const k = key();
    if (lastValue === undefined || k !== lastKey) {
      lastKey = k;
      lastValue = compute(k);
    }
    return lastValue;
  };
}

/**
 * A registrar of topology families. The topology comes from the spec, not the snapshot: served before
 * the first evaluation, and for every node whoever evaluates it (the recording rules of `mlhealth
 * generate --rollups` read it); a shard's of its scope only.
 */
function topologyFamilies(registry: Registry, state: MetricsState, scope: ExporterMetricsOptions['scope']) {
  const topology = cached<object, TopologySamples>(
    () => state.spec,
    () => {
      const all = topologySamples(state.spec);
      return scope === undefined ? all : scopeTopologySamples(all, scope);
    },
  );
  return (key: keyof typeof METRICS, pick: (s: TopologySamples) => readonly Sample[]) =>
    registerFamily(
      registry,
      METRICS[key] as MetricDef<readonly string[]>,
      'gauge',
      () => pick(topology()),
      () => state.spec,
    );
}

function registerCascade(
  registry: Registry,
  state: MetricsState,
  scope: ExporterMetricsOptions['scope'],
): void {
  const version = () => state.snapshot() ?? state.spec;
  const samples = cached<object, CascadeSamples>(version, () => {
    const all = cascadeSamples(state.spec, state.snapshot(), state.anomalyScores());
    return scope === undefined ? all : scopeCascadeSamples(all, scope);
  });
  const family = (key: keyof typeof METRICS, pick: (s: CascadeSamples) => readonly Sample[]) =>
    registerFamily(
      registry,
      METRICS[key] as MetricDef<readonly string[]>,
      'gauge',
      () => pick(samples()),
      version,
    );
  family('nodeScore', (s) => s.score);
  family('nodeStatus', (s) => s.status);
  family('nodeUnknownInfo', (s) => s.unknownCause);
  family('nodeValue', (s) => s.value);
  const static_ = topologyFamilies(registry, state, scope);
  static_('nodeThreshold', (s) => s.threshold);
  family('nodeInfo', (s) => s.info);
  static_('edgeWeight', (s) => s.edgeWeight);
  static_('nodeRollupInfo', (s) => s.rollupInfo);
  static_('nodeMaxUnknownShare', (s) => s.maxUnknownShare);
  family('nodeContribution', (s) => s.contribution);
  family('nodeLastUpdate', (s) => s.lastUpdate);
  family('nodeAnomalyScore', (s) => s.anomaly);
  family('multivariateFeatureShare', (s) => s.featureShare);
  family('businessImpact', (s) => s.impact);
  family('businessExposure', (s) => s.exposure);
  family('businessUnitInfo', (s) => s.unitInfo);
  registerFamily(
    registry,
    METRICS.scenarioBusinessImpact,
    'gauge',
    () =>
      state
        .scenarioImpacts()
        .filter((row) => scope === undefined || scope.nodes.has(row.node))
        .map(({ scenario, node, measure, value }) => ({ labels: { scenario, node, measure }, value })),
    () => state.scenarioImpacts(),
  );
  family('retrainRecommended', (s) => s.retrain);
}

function registerDetail(registry: Registry, state: MetricsState): void {
  const version = () => state.modelDetails();
  const samples = cached<object, DetailSamples>(version, () =>
    detailSamples(state.modelDetails(), METRICS.predictionLatency.name),
  );
  const family = (
    key: keyof typeof METRICS,
    type: FamilyType,
    pick: (s: DetailSamples) => readonly Sample[],
  ) =>
    registerFamily(
      registry,
      METRICS[key] as MetricDef<readonly string[]>,
      type,
      () => pick(samples()),
      version,
    );
  family('featureDrift', 'gauge', (s) => s.drift);
  family('featureDriftPValue', 'gauge', (s) => s.driftPValue);
  family('featureMissingRatio', 'gauge', (s) => s.missing);
  family('featureViolations', 'counter', (s) => s.violations);
  family('predictions', 'counter', (s) => s.predictions);
  family('predictionErrors', 'counter', (s) => s.errors);
  family('predictionLatency', 'histogram', (s) => s.latency);
  family('modelInfo', 'gauge', (s) => s.modelInfo);
  family('modelTrained', 'gauge', (s) => s.trained);
}

/** Builds the registry and the render function over `state` (the engine) and `ingest`'s counters. */
export function createExporterMetrics(
  state: MetricsState,
  ingest: IngestTotalsSource,
  options: ExporterMetricsOptions,
): ExporterMetrics {
  const registry = new Registry();
  registerCascade(registry, state, options.scope);
  registerDetail(registry, state);
  registerSelfFamilies(registry, state, ingest, options.buildVersion, options.scope?.models);
  if (options.store !== undefined) registerStoreFamilies(registry, options.store);
  if (options.processMetrics !== false) {
    collectDefaultMetrics({ register: registry });
    // prom-client names these three gauges `_total`, which promtool's linter rejects; their per-type
    // siblings (nodejs_active_handles{type}, …) stay.
    for (const name of LINT_FAILING_DEFAULTS) registry.removeSingleMetric(name);
  }

  const scrapeRegistry = new Registry();
  const scrapeDuration = new Gauge({
    name: METRICS.scrapeDuration.name,
    help: METRICS.scrapeDuration.help,
    registers: [scrapeRegistry],
  });
  const exposition = new CachedExposition(registry);
  const kserve =
    options.kserve === undefined ? () => undefined : kserveFamiliesWhenActive(registry, options.kserve);
  return {
    registry,
    contentType: registry.contentType,
    prepare(): Promise<void> {
      kserve();
      return exposition.prepare();
    },
    async render(): Promise<string> {
      kserve();
      const started = process.hrtime.bigint();
      const text = await exposition.render();
      scrapeDuration.set(Number(process.hrtime.bigint() - started) / 1e9);
      return text + '\n' + (await scrapeRegistry.metrics());
    },
  };
}
