/**
 * Schema of the `sources` and `models` sections.
 */
import { DRIFT_METHODS } from '../../stats/methods';
import {
  arrayOf,
  exactlyOneOf,
  friendly,
  int,
  num,
  obj,
  oneOfValues,
  ref,
  str,
  type JsonSchema,
} from './helpers';

const driftMethod = (description: string): JsonSchema => oneOfValues(description, DRIFT_METHODS);

export const SOURCE: JsonSchema = obj(
  'An existing Prometheus whose series join the cascade through `promql` signals and series-based exposures.',
  {
    id: ref(
      'identifier',
      'Source id, referenced by `signal.source` and `impact.exposure.source`; label of `mlhealth_source_up`.',
    ),
    type: { const: 'prometheus', description: 'Source type; only `prometheus` for now.' },
    url: ref('url', 'Base URL of the Prometheus HTTP API, e.g. `http://prometheus:9090`.'),
    timeout: ref('duration', 'Query timeout.', { default: '5s' }),
    auth: obj('Credentials, never inline: read from a file or an environment variable at start-up.', {
      bearer_token_file: str('File holding a bearer token.'),
      bearer_token_env: str('Environment variable holding a bearer token.'),
      basic_auth: obj(
        'HTTP basic auth; the password comes from a file or an environment variable.',
        {
          username: str('User name.'),
          password_file: str('File holding the password.'),
          password_env: str('Environment variable holding the password.'),
        },
        ['username'],
      ),
    }),
  },
  ['id', 'type', 'url'],
);

const FEATURE: JsonSchema = obj(
  'A model input feature.',
  {
    name: str('Feature name: the key in events and the column in reference files.', {
      minLength: 1,
      maxLength: 128,
    }),
    type: oneOfValues('Feature type: numeric, categorical or binary.', ['numeric', 'categorical', 'binary']),
    range: arrayOf(
      'numeric: inclusive expected range `[min, max]`; a value outside is a `range` schema violation.',
      num('A bound.'),
      {
        minItems: 2,
        maxItems: 2,
      },
    ),
    categories: arrayOf(
      'categorical/binary: expected categories; a value outside is an `unseen_category` violation.',
      ref('categoryValue', 'A category.'),
      { minItems: 1, uniqueItems: true },
    ),
    drift_method: driftMethod(
      'Drift method for this feature; absent means the automatic rule (by type and sample size).',
    ),
    importance: num('Business importance weight, used by drift rollups that weigh features.', {
      exclusiveMinimum: 0,
      default: 1,
    }),
  },
  ['name', 'type'],
);

const REFERENCE: JsonSchema = obj(
  'Reference data the current window is compared with: a file, or a pinned window of ingested events.',
  {
    file: str('A CSV (header row) or JSON Lines (`.jsonl`/`.ndjson`) file, path relative to the spec file.', {
      minLength: 1,
    }),
    window: obj(
      'A pinned window of ingested events, e.g. the first week after deploy.',
      {
        start: ref('timestamp', 'Start of the window (inclusive).'),
        end: ref('timestamp', 'End of the window (exclusive).'),
      },
      ['start', 'end'],
    ),
  },
  [],
  exactlyOneOf([
    { title: 'a reference file `{file}`', required: ['file'] },
    { title: 'a pinned window `{window}`', required: ['window'] },
  ]),
);

const WINDOW: JsonSchema = obj(
  'The current window statistics are computed over: by time or by count.',
  {
    duration: ref('duration', 'The events of the last `duration`.'),
    count: int('The last `count` events.', { minimum: 1 }),
  },
  [],
  exactlyOneOf([
    { title: 'a time window `{duration}`', required: ['duration'] },
    { title: 'a count window `{count}`', required: ['count'] },
  ]),
);

/** The type-mismatch policy property (`defaults.type_mismatch`, `models[].type_mismatch`). */
export function typeMismatchProperty(scope: string, extra: JsonSchema = {}): JsonSchema {
  return oneOfValues(
    `What ingest does with a declared feature whose value has the wrong JSON type (text for a numeric feature, an object for a categorical one), ${scope}: \`reject\` refuses the whole batch with 422 and counts the event under reason \`type\`; \`count\` accepts the event, treats the value as missing and counts a \`type\` schema violation. Out-of-range numbers and unseen categories are always accepted and counted.`,
    ['reject', 'count'],
    extra,
  );
}

const KSERVE: JsonSchema = obj(
  'How KServe InferenceLogger CloudEvents (`POST /api/v1/kserve`) map to this model (docs/integrations/kserve.md).',
  {
    name: friendly(
      str(
        "The InferenceService name (`ce-inferenceservicename`) whose events are this model's. Default: the model id.",
        { pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
      ),
      'must be an InferenceService name like credit-risk (lower-case letters, digits and -; starts with a letter, at most 63 characters)',
    ),
    prediction: str(
      "The output holding the prediction: a v2 output tensor's name, or a key of v1 prediction objects. Default: the only output.",
      { minLength: 1 },
    ),
    confidence: str(
      'The output holding the confidence: a number in 0..1 per instance, or probabilities whose largest is taken. Default: none (a probability vector as the prediction gives its own).',
      { minLength: 1 },
    ),
  },
);

export const MODEL: JsonSchema = obj(
  'A monitored model with its features and reference data.',
  {
    id: ref('identifier', 'Model id: the `model` label of every series of this model.'),
    title: str('Human-readable name.'),
    version: ref('version', 'Model version, exported as `mlhealth_model_info{version}`.'),
    trained_at: ref('timestamp', 'When the model was trained; model age is measured from here.'),
    task: oneOfValues('What the model predicts.', ['classification', 'regression']),
    owner: str('Owning team or person.'),
    features: arrayOf('The model input features.', FEATURE, { minItems: 1 }),
    reference: REFERENCE,
    reference_taken_at: ref(
      'timestamp',
      'When the current reference was taken (reference age); from the reference itself if absent.',
    ),
    window: { ...WINDOW, default: { duration: '15m' } },
    evaluation_interval: ref(
      'duration',
      "Time between evaluations of this model's base nodes. Default: `defaults.evaluation_interval`.",
    ),
    sample_size: int('At most this many current values per feature enter exact drift tests.', {
      minimum: 1,
      default: 5000,
    }),
    bins: int('Quantile bins per numeric feature for PSI, Jensen-Shannon and Hellinger.', {
      minimum: 2,
      default: 10,
    }),
    correction: oneOfValues(
      "Multiple-testing correction over this model's feature tests.",
      ['none', 'bonferroni', 'bh'],
      {
        default: 'bh',
      },
    ),
    positive_class: ref(
      'categoryValue',
      'Positive class for classification metrics when predictions are labels.',
    ),
    type_mismatch: typeMismatchProperty("for this model's events. Default: `defaults.type_mismatch`"),
    kserve: KSERVE,
  },
  ['id', 'version', 'task', 'features'],
);
