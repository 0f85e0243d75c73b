/**
 * The signals layer: raw prediction events, reference data and PromQL readings in; base-node
 * observations and detail statistics out. docs/signals.md describes every signal, the window sketch,
 * minimum sample sizes and accuracy.
 *
 * Public API (the server and the store code against this file only):
 *
 *   const monitor = new ModelMonitor(monitorConfigFromSpec(spec, 'fraud'), { now, reference });
 *   monitor.ingest(events, now);                 // events from ingest/validateEvents (accepted batch)
 *   monitor.ingestLabels(labels, now);           // late ground truth, joined by id
 *   monitor.recordPolicyViolation(now);          // governance fact
 *   monitor.setReference(buildReferenceProfile(model, rows, now), now);   // restarts the window
 *   monitor.setModelFacts({ version, trainedAt });
 *   monitor.trackedCategories('country');        // for validateEvents' category limit
 *   const ev = monitor.evaluate(now);            // ModelEvaluation: observations, anomalyScores, detail
 *   const state = monitor.toJSON();              // JSON-safe; ModelMonitor.fromJSON(config, state, {reference})
 *
 *   const all = evaluateBaseNodes(spec, monitors, sourceManager, now);   // every base node of the spec
 *
 * Every method is synchronous and takes the clock as `now` (Unix seconds); nothing here does I/O.
 * May import: stats, spec, cascade.
 */
export { ModelMonitor, monitorConfigFromSpec } from './monitor';
export type { MonitorState } from './monitorState';
export type { MonitorInit } from './monitor';
export { buildReferenceProfile, referenceToJSON, referenceFromJSON } from './reference';
export type { ReferenceProfile, ReferenceRow, ReferenceJSON } from './reference';
export { evaluateBaseNodes } from './evaluateBaseNodes';
export type { BaseNodesEvaluation, PromqlReadings, PromqlReading } from './evaluateBaseNodes';
export { LATENCY_BUCKETS } from './latencyBuckets';
export { robustZScore, AnomalyHistory } from './anomaly';
export * from './types';
export type { PredictionEvent, LabelRecord, FeatureValue } from './events';
