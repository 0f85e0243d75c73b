/**
 * Every metric name the exporter serves, with its help text and label tuple: the metric contract v1 of
 * DESIGN.md in one place. The generator (rules, dashboards), the golden file and the panel's fixtures
 * all refer to these names; nothing else spells a metric name out.
 */
export interface MetricDef<L extends readonly string[]> {
  name: string;
  help: string;
  labels: L;
}

function def<const L extends readonly string[]>(name: string, help: string, labels: L): MetricDef<L> {
  return { name, help, labels };
}

export const METRICS = {
  // Cascade series, one per node of every tier.
  nodeScore: def('mlhealth_node_score', 'Health score of a cascade node, 0..1, 1 = fully healthy.', [
    'node',
    'tier',
    'model',
  ] as const),
  nodeStatus: def(
    'mlhealth_node_status',
    'Status of a cascade node: 0 ok, 1 warning, 2 critical, 3 unknown.',
    ['node', 'tier', 'model'] as const,
  ),
  nodeUnknownInfo: def(
    'mlhealth_node_unknown_info',
    'Why a cascade node is unknown; present only while it is, value always 1. cause: source_down, stale, no_events, no_thresholds, children_unknown, other.',
    ['node', 'cause'] as const,
  ),
  nodeValue: def('mlhealth_node_value', 'Raw statistic of a base node, in the unit of mlhealth_node_info.', [
    'node',
    'tier',
    'model',
  ] as const),
  nodeThreshold: def(
    'mlhealth_node_threshold',
    "Threshold of a node: in its value unit for base nodes, in score for parents. depth: the node's DAG depth (base 0).",
    ['node', 'level', 'depth'] as const,
  ),
  nodeInfo: def('mlhealth_node_info', 'Static description of a cascade node; value is always 1.', [
    'node',
    'tier',
    'model',
    'title',
    'unit',
    'owner',
    'runbook_url',
    'statistic',
  ] as const),
  edgeWeight: def(
    'mlhealth_edge_weight',
    "Rollup weight of a child in its parent; the series is the edge. depth: the parent's DAG depth.",
    ['parent', 'child', 'depth'] as const,
  ),
  nodeRollupInfo: def(
    'mlhealth_node_rollup_info',
    'How a parent node rolls its children up, for recording rules that evaluate it; value is always 1. depth: 1 + the deepest child (base nodes 0); k: k_of_n only; critical_floor: weighted_mean only.',
    ['node', 'tier', 'model', 'depth', 'rollup', 'k', 'unknown_policy', 'critical_floor'] as const,
  ),
  nodeMaxUnknownShare: def(
    'mlhealth_node_max_unknown_share',
    'Largest share of unknown children, 0..1, that leaves a parent with unknown_policy max_unknown_share rated. depth: its DAG depth.',
    ['node', 'depth'] as const,
  ),
  nodeContribution: def(
    'mlhealth_node_contribution',
    "Share of the parent's score deficit caused by the child, 0..1, summing to 1 per non-healthy parent.",
    ['parent', 'child'] as const,
  ),
  nodeLastUpdate: def(
    'mlhealth_node_last_update_timestamp_seconds',
    'Unix time at which the node was last computed.',
    ['node'] as const,
  ),
  nodeAnomalyScore: def(
    'mlhealth_node_anomaly_score',
    "Robust z-score of a base node's value against its own recent history.",
    ['node'] as const,
  ),
  businessImpact: def(
    'mlhealth_business_impact',
    'Business impact at risk for a business node, in the unit declared by its impact model.',
    ['node', 'measure'] as const,
  ),
  businessExposure: def(
    'mlhealth_business_exposure',
    'Total exposure a business impact is a share of, in the same unit.',
    ['node', 'measure'] as const,
  ),
  businessUnitInfo: def(
    'mlhealth_business_unit_info',
    'Unit of a business impact measure; value always 1. unit: an ISO 4217 currency code or what is counted (customers); per: the period a rate is per (hour), empty for an amount.',
    ['node', 'measure', 'unit', 'per'] as const,
  ),
  scenarioBusinessImpact: def(
    'mlhealth_scenario_business_impact',
    'Business impact of a node under a named what-if scenario declared in the spec.',
    ['scenario', 'node', 'measure'] as const,
  ),

  multivariateFeatureShare: def(
    'mlhealth_multivariate_feature_share',
    "A feature's share of the weight with which a multivariate_drift node's domain classifier tells the window from the reference (classifier method; sums to 1 over the node's features).",
    ['node', 'model', 'feature'] as const,
  ),

  // Detail series, for drill-down and heatmaps.
  featureDrift: def('mlhealth_feature_drift', 'Drift statistic of a feature against its reference.', [
    'model',
    'feature',
    'method',
  ] as const),
  featureDriftPValue: def(
    'mlhealth_feature_drift_p_value',
    'p-value of a feature drift test (tests only, after multiple-testing correction).',
    ['model', 'feature', 'method'] as const,
  ),
  featureMissingRatio: def(
    'mlhealth_feature_missing_ratio',
    'Share of events in the current window whose feature value is missing.',
    ['model', 'feature'] as const,
  ),
  featureViolations: def(
    'mlhealth_feature_violations_total',
    'Schema violations seen on a feature since start, by kind (type, range, unseen_category).',
    ['model', 'feature', 'kind'] as const,
  ),
  predictions: def('mlhealth_predictions_total', 'Prediction events ingested for the model.', [
    'model',
  ] as const),
  predictionErrors: def('mlhealth_prediction_errors_total', 'Prediction events that reported an error.', [
    'model',
  ] as const),
  predictionLatency: def(
    'mlhealth_prediction_latency_seconds',
    'Prediction latency reported with each event.',
    ['model'] as const,
  ),
  modelInfo: def('mlhealth_model_info', 'Model identity; value is always 1.', ['model', 'version'] as const),
  modelTrained: def(
    'mlhealth_model_trained_timestamp_seconds',
    'Unix time at which the serving model version was trained.',
    ['model'] as const,
  ),
  retrainRecommended: def(
    'mlhealth_retrain_recommended',
    '1 when the spec’s retraining trigger for the model holds, else 0.',
    ['model'] as const,
  ),

  // Self series.
  up: def('mlhealth_up', '1 when the exporter evaluated the cascade successfully.', [] as const),
  sourceUp: def('mlhealth_source_up', '1 when the data source answered its last query.', ['source'] as const),
  specInfo: def('mlhealth_spec_info', 'The loaded spec; value is always 1.', [
    'name',
    'version',
    'sha256',
  ] as const),
  buildInfo: def('mlhealth_build_info', 'The exporter build; value is always 1.', ['version'] as const),
  storeUp: def(
    'mlhealth_store_up',
    '1 when the last write to the durable store reached the disk, 0 after a failed one.',
    [] as const,
  ),
  storeWriteErrors: def(
    'mlhealth_store_write_errors_total',
    'Writes the durable store could not make durable (nothing applied), by cause: disk_full, io, read_only, other.',
    ['cause'] as const,
  ),
  ingestEvents: def('mlhealth_ingest_events_total', 'Prediction events accepted by ingest.', [
    'model',
  ] as const),
  ingestRejected: def(
    'mlhealth_ingest_rejected_events_total',
    'Prediction events rejected by ingest, by reason.',
    ['model', 'reason'] as const,
  ),
  kserveEvents: def(
    'mlhealth_kserve_events_total',
    'KServe InferenceLogger CloudEvents received, by what became of them.',
    ['result'] as const,
  ),
  kservePending: def(
    'mlhealth_kserve_pending',
    'KServe CloudEvents waiting for the other half of their inference.',
    [] as const,
  ),
  scrapeDuration: def(
    'mlhealth_scrape_duration_seconds',
    'Time taken to render the metrics of this scrape.',
    [] as const,
  ),
} as const;

export type MetricKey = keyof typeof METRICS;
