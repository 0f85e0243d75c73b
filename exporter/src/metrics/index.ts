/**
 * The Prometheus exposition: the metric names of the contract (`names.ts`, the one place they are
 * spelled), families computed from the last snapshot and the model details, the self series, and an
 * exposition that formats snapshot families once per evaluation so a scrape copies text.
 * May import: spec, shards, cascade, whatif, signals, ingest.
 */
export { createExporterMetrics, type ExporterMetrics, type ExporterMetricsOptions } from './exporterMetrics';
export { METRICS, type MetricDef, type MetricKey } from './names';
export { cascadeSamples, type CascadeSamples } from './cascadeSamples';
export { topologySamples, rollupInfoLabels, type TopologySamples } from './topologySamples';
export { detailSamples, type DetailSamples } from './detailSamples';
export { CachedExposition } from './exposition';
export { registerFamily, SnapshotFamily, type FamilyType, type Sample } from './family';
export type { MetricsState, IngestTotalsSource } from './state';
