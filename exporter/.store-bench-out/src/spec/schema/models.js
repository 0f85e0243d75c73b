"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MODEL = exports.SOURCE = exports.DRIFT_METHODS = void 0;
exports.typeMismatchProperty = typeMismatchProperty;
/**
 * Schema of the `sources` and `models` sections.
 */
const helpers_1 = require("./helpers");
exports.DRIFT_METHODS = [
    'ks',
    'psi',
    'wasserstein',
    'jensenshannon',
    'chisquare',
    'hellinger',
    'z',
];
const driftMethod = (description) => (0, helpers_1.oneOfValues)(description, exports.DRIFT_METHODS);
exports.SOURCE = (0, helpers_1.obj)('An existing Prometheus whose series join the cascade through `promql` signals and series-based exposures.', {
    id: (0, helpers_1.ref)('identifier', 'Source id, referenced by `signal.source` and `impact.exposure.source`; label of `mlhealth_source_up`.'),
    type: { const: 'prometheus', description: 'Source type; only `prometheus` for now.' },
    url: (0, helpers_1.ref)('url', 'Base URL of the Prometheus HTTP API, e.g. `http://prometheus:9090`.'),
    timeout: (0, helpers_1.ref)('duration', 'Query timeout.', { default: '5s' }),
    auth: (0, helpers_1.obj)('Credentials, never inline: read from a file or an environment variable at start-up.', {
        bearer_token_file: (0, helpers_1.str)('File holding a bearer token.'),
        bearer_token_env: (0, helpers_1.str)('Environment variable holding a bearer token.'),
        basic_auth: (0, helpers_1.obj)('HTTP basic auth; the password comes from a file or an environment variable.', {
            username: (0, helpers_1.str)('User name.'),
            password_file: (0, helpers_1.str)('File holding the password.'),
            password_env: (0, helpers_1.str)('Environment variable holding the password.'),
        }, ['username']),
    }),
}, ['id', 'type', 'url']);
const FEATURE = (0, helpers_1.obj)('A model input feature.', {
    name: (0, helpers_1.str)('Feature name: the key in events and the column in reference files.', {
        minLength: 1,
        maxLength: 128,
    }),
    type: (0, helpers_1.oneOfValues)('Feature type: numeric, categorical or binary.', ['numeric', 'categorical', 'binary']),
    range: (0, helpers_1.arrayOf)('numeric: inclusive expected range `[min, max]`; a value outside is a `range` schema violation.', (0, helpers_1.num)('A bound.'), {
        minItems: 2,
        maxItems: 2,
    }),
    categories: (0, helpers_1.arrayOf)('categorical/binary: expected categories; a value outside is an `unseen_category` violation.', (0, helpers_1.ref)('categoryValue', 'A category.'), { minItems: 1, uniqueItems: true }),
    drift_method: driftMethod('Drift method for this feature; absent means the automatic rule (by type and sample size).'),
    importance: (0, helpers_1.num)('Business importance weight, used by drift rollups that weigh features.', {
        exclusiveMinimum: 0,
        default: 1,
    }),
}, ['name', 'type']);
const REFERENCE = (0, helpers_1.obj)('Reference data the current window is compared with: a file, or a pinned window of ingested events.', {
    file: (0, helpers_1.str)('A CSV (header row) or JSON Lines (`.jsonl`/`.ndjson`) file, path relative to the spec file.', {
        minLength: 1,
    }),
    window: (0, helpers_1.obj)('A pinned window of ingested events, e.g. the first week after deploy.', {
        start: (0, helpers_1.ref)('timestamp', 'Start of the window (inclusive).'),
        end: (0, helpers_1.ref)('timestamp', 'End of the window (exclusive).'),
    }, ['start', 'end']),
}, [], (0, helpers_1.exactlyOneOf)([
    { title: 'a reference file `{file}`', required: ['file'] },
    { title: 'a pinned window `{window}`', required: ['window'] },
]));
const WINDOW = (0, helpers_1.obj)('The current window statistics are computed over: by time or by count.', {
    duration: (0, helpers_1.ref)('duration', 'The events of the last `duration`.'),
    count: (0, helpers_1.int)('The last `count` events.', { minimum: 1 }),
}, [], (0, helpers_1.exactlyOneOf)([
    { title: 'a time window `{duration}`', required: ['duration'] },
    { title: 'a count window `{count}`', required: ['count'] },
]));
/** The type-mismatch policy property (`defaults.type_mismatch`, `models[].type_mismatch`). */
function typeMismatchProperty(scope, extra = {}) {
    return (0, helpers_1.oneOfValues)(`What ingest does with a declared feature whose value has the wrong JSON type (text for a numeric feature, an object for a categorical one), ${scope}: \`reject\` refuses the whole batch with 422 and counts the event under reason \`type\`; \`count\` accepts the event, treats the value as missing and counts a \`type\` schema violation. Out-of-range numbers and unseen categories are always accepted and counted.`, ['reject', 'count'], extra);
}
exports.MODEL = (0, helpers_1.obj)('A monitored model with its features and reference data.', {
    id: (0, helpers_1.ref)('identifier', 'Model id: the `model` label of every series of this model.'),
    title: (0, helpers_1.str)('Human-readable name.'),
    version: (0, helpers_1.ref)('version', 'Model version, exported as `mlhealth_model_info{version}`.'),
    trained_at: (0, helpers_1.ref)('timestamp', 'When the model was trained; model age is measured from here.'),
    task: (0, helpers_1.oneOfValues)('What the model predicts.', ['classification', 'regression']),
    owner: (0, helpers_1.str)('Owning team or person.'),
    features: (0, helpers_1.arrayOf)('The model input features.', FEATURE, { minItems: 1 }),
    reference: REFERENCE,
    reference_taken_at: (0, helpers_1.ref)('timestamp', 'When the current reference was taken (reference age); from the reference itself if absent.'),
    window: { ...WINDOW, default: { duration: '15m' } },
    evaluation_interval: (0, helpers_1.ref)('duration', "Time between evaluations of this model's base nodes. Default: `defaults.evaluation_interval`."),
    sample_size: (0, helpers_1.int)('At most this many current values per feature enter exact drift tests.', {
        minimum: 1,
        default: 5000,
    }),
    bins: (0, helpers_1.int)('Quantile bins per numeric feature for PSI, Jensen-Shannon and Hellinger.', {
        minimum: 2,
        default: 10,
    }),
    correction: (0, helpers_1.oneOfValues)("Multiple-testing correction over this model's feature tests.", ['none', 'bonferroni', 'bh'], {
        default: 'bh',
    }),
    positive_class: (0, helpers_1.ref)('categoryValue', 'Positive class for classification metrics when predictions are labels.'),
    type_mismatch: typeMismatchProperty("for this model's events. Default: `defaults.type_mismatch`"),
}, ['id', 'version', 'task', 'features']);
//# sourceMappingURL=models.js.map