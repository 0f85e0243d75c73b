/**
 * Schema of a node's `thresholds`: numbers, a derivation rule, and the record calibration writes.
 */
import { int, num, obj, oneOfValues, ref, type JsonSchema } from './helpers';

const DERIVE: JsonSchema = {
  type: 'object',
  description: 'How `mlhealth calibrate` derives `warning` and `critical`; see docs/spec.md "Thresholds".',
  discriminator: { propertyName: 'method' },
  required: ['method'],
  oneOf: [
    obj(
      'Mean ± k·σ of the statistic over reference chunks (NannyML\'s rule), towards "worse", clipped to its bounds.',
      {
        method: { const: 'reference_chunks', description: 'Derive from chunks of the model reference.' },
        k: num('Warning at mean + k·σ.', { exclusiveMinimum: 0, default: 3 }),
        critical_k: num('Critical at mean + critical_k·σ; must exceed k. Default: k + 2.', {
          exclusiveMinimum: 0,
        }),
        chunks: int('Number of reference chunks.', { minimum: 2, default: 10 }),
      },
      ['method'],
    ),
    obj(
      'Quantiles of the node\'s own history, towards "worse".',
      {
        method: { const: 'history_quantile', description: "Derive from the node's recorded values." },
        quantile: num('Warning quantile (0.5..1); for lower_is_worse nodes 1 − quantile is used.', {
          minimum: 0.5,
          exclusiveMaximum: 1,
          default: 0.99,
        }),
        critical_quantile: num('Critical quantile; must exceed `quantile`.', {
          minimum: 0.5,
          exclusiveMaximum: 1,
          default: 0.999,
        }),
      },
      ['method'],
    ),
  ],
};

const DERIVED: JsonSchema = obj(
  'Written by `mlhealth calibrate`: where the current numbers came from.',
  {
    method: oneOfValues('The derivation method.', ['reference_chunks', 'history_quantile']),
    k: num('Warning multiplier used.'),
    critical_k: num('Critical multiplier used.'),
    quantile: num('Warning quantile used.'),
    critical_quantile: num('Critical quantile used.'),
    chunks: int('Reference chunks used.'),
    at: ref('timestamp', 'When calibration ran.'),
    mean: num('Mean of the statistic over the chunks (or history).'),
    std: num('Population standard deviation of the statistic over the chunks.'),
    samples: int('Number of values the derivation saw (chunks or history points).'),
  },
  ['method', 'at'],
);

export const THRESHOLDS: JsonSchema = obj(
  "Base nodes: in the value's unit. Parents: in score (0..1, lower_is_worse). Either numbers, or `derive`, or both.",
  {
    warning: ref('thresholdValue', 'Value at which the node becomes `warning`.'),
    critical: ref(
      'thresholdValue',
      'Value at which the node becomes `critical`; more severe than `warning` for the direction.',
    ),
    direction: oneOfValues(
      'Whether larger values are worse. Default: by signal kind (see docs/spec.md); parents lower_is_worse.',
      ['higher_is_worse', 'lower_is_worse'],
    ),
    baseline: ref(
      'thresholdValue',
      'The healthy anchor that scores 1 (e.g. 0 for a drift statistic, 1 for a ratio that should be high).',
    ),
    derive: DERIVE,
    derived: DERIVED,
  },
);
