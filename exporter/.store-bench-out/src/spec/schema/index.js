"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SPEC_SCHEMA = exports.SIGNAL_KINDS = exports.FRIENDLY_MESSAGES = void 0;
/**
 * The JSON Schema of the cascade spec (draft-07), as users write the YAML: durations as strings,
 * timestamps as ISO-8601 or numbers. The loader validates with exactly this object;
 * `exporter/schema/mlhealth-spec.schema.json` is this object written out (`npx tsx
 * exporter/src/spec/schema/write.ts`), and a test keeps the two identical.
 */
const definitions_1 = require("./definitions");
const escalation_1 = require("./escalation");
const helpers_1 = require("./helpers");
const models_1 = require("./models");
const nodes_1 = require("./nodes");
var helpers_2 = require("./helpers");
Object.defineProperty(exports, "FRIENDLY_MESSAGES", { enumerable: true, get: function () { return helpers_2.FRIENDLY_MESSAGES; } });
var signals_1 = require("./signals");
Object.defineProperty(exports, "SIGNAL_KINDS", { enumerable: true, get: function () { return signals_1.SIGNAL_KINDS; } });
const DEFAULTS = (0, helpers_1.obj)('Spec-wide defaults for everything a model or node does not say.', {
    evaluation_interval: (0, helpers_1.ref)('duration', 'How often nodes are evaluated when neither node nor model says.', {
        default: '15s',
    }),
    stale_after: (0, helpers_1.ref)('duration', 'A base node whose input is older than this is `unknown`.', { default: '5m' }),
    unknown_policy: (0, helpers_1.oneOfValues)('Unknown policy for parents that do not declare one.', ['propagate', 'ignore', 'as_critical'], {
        default: 'propagate',
    }),
    score_thresholds: (0, helpers_1.obj)("Score thresholds that turn a parent's score into a status (warning above critical).", {
        warning: (0, helpers_1.ratio)('Score below which a parent is `warning`.', { default: 0.75 }),
        critical: (0, helpers_1.ratio)('Score below which a parent is `critical`.', { default: 0.5 }),
    }, [], { default: { warning: 0.75, critical: 0.5 } }),
    max_children: (0, helpers_1.int)('Metric fatigue: validation warns when a node has more children.', {
        minimum: 1,
        default: 7,
    }),
    max_nodes_per_tier: (0, helpers_1.int)('Metric fatigue: validation warns when a tier has more nodes.', {
        minimum: 1,
        default: 25,
    }),
    low_confidence_below: (0, helpers_1.ratio)('Confidence below which a prediction counts as low-confidence.', {
        default: 0.6,
    }),
    type_mismatch: (0, models_1.typeMismatchProperty)('for models that do not declare one', { default: 'reject' }),
});
const ROOT = (0, helpers_1.obj)('One versioned file declaring models, reference data, every node of every tier (base signals, components, business outcomes), impact models, escalation and sources. See docs/spec.md.', {
    api_version: { const: 'mlhealth/v1', description: 'Format version; always `mlhealth/v1`.' },
    name: (0, helpers_1.str)('Spec name, exported as `mlhealth_spec_info{name}`.', { minLength: 1, maxLength: 200 }),
    version: (0, helpers_1.ref)('version', 'Spec version, bumped on every change of meaning (`mlhealth calibrate` bumps it).'),
    description: (0, helpers_1.str)('What this spec monitors.'),
    currency: (0, helpers_1.str)('ISO 4217 code of the currency impact models use.', {
        pattern: '^[A-Z]{3}$',
        default: 'USD',
    }),
    defaults: DEFAULTS,
    sources: (0, helpers_1.arrayOf)('Existing Prometheus servers that promql signals and exposures read.', models_1.SOURCE, {
        default: [],
    }),
    models: (0, helpers_1.arrayOf)('Monitored models.', models_1.MODEL, { default: [] }),
    nodes: (0, helpers_1.arrayOf)('Every node of every tier.', nodes_1.NODE, { minItems: 1 }),
    teams: (0, helpers_1.arrayOf)('Teams and their receivers.', escalation_1.TEAM, { default: [] }),
    escalation_policies: (0, helpers_1.arrayOf)('Escalation policies nodes refer to.', escalation_1.ESCALATION_POLICY, { default: [] }),
    scenarios: (0, helpers_1.arrayOf)('Named what-if scenarios.', escalation_1.SCENARIO, { default: [] }),
    links: (0, helpers_1.obj)('Where the exporter and dashboards live, for links in alerts.', {
        grafana_url: (0, helpers_1.ref)('url', 'Grafana base URL.'),
        exporter_url: (0, helpers_1.ref)('url', 'Exporter base URL.'),
    }),
}, ['api_version', 'name', 'version', 'nodes']);
exports.SPEC_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'mlhealth cascade spec',
    ...ROOT,
    definitions: definitions_1.DEFINITIONS,
};
//# sourceMappingURL=index.js.map