/**
 * Schema of a base node's `signal`: one closed object per kind, selected by `kind`.
 */
import { DRIFT_METHODS } from '../../stats/methods';
import { MULTIVARIATE_METHODS } from '../nodeTypes';
import { MULTIVARIATE_RESERVOIR } from '../signalRules';
import { arrayOf, int, obj, oneOfValues, ratio, str, type JsonSchema } from './helpers';

const method = oneOfValues(
  "Drift method; absent means the feature's `drift_method` or the automatic rule.",
  DRIFT_METHODS,
);
const featureList = arrayOf(
  "Features to aggregate over; absent means all of the model's features.",
  str('A feature name.'),
  {
    minItems: 1,
    uniqueItems: true,
  },
);
const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1'];

function kind(
  name: string,
  description: string,
  properties: Record<string, JsonSchema> = {},
  required: string[] = [],
): JsonSchema {
  return obj(description, { kind: { const: name, description: `Signal kind \`${name}\`.` }, ...properties }, [
    'kind',
    ...required,
  ]);
}

/** Every signal kind, in the order docs/spec.md lists them. */
const KINDS: JsonSchema[] = [
  kind(
    'feature_drift',
    "Drift of one feature's current window against the reference.",
    {
      feature: str('The feature, declared in the model.'),
      method,
      measure: oneOfValues(
        'Which number the node takes: the test statistic or its p-value.',
        ['statistic', 'p_value'],
        {
          default: 'statistic',
        },
      ),
    },
    ['feature'],
  ),
  kind('drift_share', 'Share of features whose drift test flags drift (0..1).', {
    features: featureList,
    method,
  }),
  kind('drift_worst', 'The largest drift statistic over the features.', { features: featureList, method }),
  kind('prediction_drift', 'Drift of the prediction column against the reference predictions.', { method }),
  kind(
    'multivariate_drift',
    'Drift of the rows as a whole (joint structure), on a seeded row reservoir of the window against one of the ' +
      'reference. pca_reconstruction: the PCA reconstruction error in band widths from the reference chunks (≥ 1 is ' +
      'outside the band); classifier: the cross-validated ROC AUC of a model telling current rows from reference rows.',
    {
      method: oneOfValues('How the rows are tested.', MULTIVARIATE_METHODS, {
        default: 'pca_reconstruction',
      }),
      features: featureList,
      reservoir: int('Rows kept of the window and of the reference; bounds memory and time.', {
        minimum: 100,
        maximum: 100000,
        default: MULTIVARIATE_RESERVOIR,
      }),
    },
  ),
  kind(
    'missing_ratio',
    'Share of events whose value is missing or mistyped; over all features when `feature` is absent.',
    {
      feature: str('The feature; absent means missing cells over all features.'),
    },
  ),
  kind('schema_violations', 'Share of events with a schema violation (type, range, unseen category).', {
    feature: str('The feature; absent means any feature.'),
    violation: oneOfValues('Only this kind of violation; absent means any.', [
      'type',
      'range',
      'unseen_category',
    ]),
  }),
  kind('confidence_mean', 'Mean prediction confidence in the window.'),
  kind('low_confidence_share', 'Share of predictions whose confidence is below `below`.', {
    below: ratio(
      'Confidence below which a prediction counts as low. Default: `defaults.low_confidence_below`.',
    ),
  }),
  kind(
    'estimated_performance',
    'Performance estimated without labels from confidence (CBPE-style; assumes calibrated confidence).',
    { metric: oneOfValues('The metric.', CLASSIFICATION_METRICS) },
    ['metric'],
  ),
  kind(
    'realized_performance',
    'Performance from late ground-truth labels.',
    { metric: oneOfValues('The metric.', [...CLASSIFICATION_METRICS, 'mae', 'rmse']) },
    ['metric'],
  ),
  kind(
    'latency',
    'Prediction latency in seconds.',
    { stat: oneOfValues('Which statistic of the window.', ['mean', 'p50', 'p95', 'p99', 'stddev']) },
    ['stat'],
  ),
  kind('error_ratio', 'Share of predictions that failed.'),
  kind('throughput', 'Predictions per second.'),
  kind('freshness', 'Seconds since the last event.'),
  kind('model_age', 'Seconds since the model was trained (`trained_at`).'),
  kind('reference_age', 'Seconds since the reference was taken.'),
  kind(
    'importance_stability',
    'Rank correlation of mean |attribution| per feature against the reference (-1..1).',
  ),
  kind('policy_violations', 'Policy-violation events in the window (governance).'),
  kind(
    'promql',
    'A value read from an existing Prometheus: the first sample of an instant query.',
    {
      source: str('The source id (`sources[].id`).'),
      query: str('The PromQL expression; it should return one series.', { minLength: 1 }),
    },
    ['source', 'query'],
  ),
];

export const SIGNAL_KINDS: readonly string[] = KINDS.map(
  (k) => ((k.properties as Record<string, JsonSchema>).kind as { const: string }).const,
);

export const SIGNAL: JsonSchema = {
  type: 'object',
  description: "Where a base node's value comes from; `kind` selects the statistic.",
  discriminator: { propertyName: 'kind' },
  required: ['kind'],
  oneOf: KINDS,
};
