"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createExporterMetrics = createExporterMetrics;
/**
 * The exporter's Prometheus exposition: a fresh prom-client `Registry` (never the global one) holding the
 * contract's families, each computed from `MetricsState` (sample arrays cached per evaluation, their
 * text cached until the next one: see exposition.ts), plus prom-client's default process metrics.
 * `render()` also measures itself into `mlhealth_scrape_duration_seconds`, rendered last from a
 * one-gauge registry.
 */
const prom_client_1 = require("prom-client");
const cascadeSamples_1 = require("./cascadeSamples");
const detailSamples_1 = require("./detailSamples");
const exposition_1 = require("./exposition");
const family_1 = require("./family");
const names_1 = require("./names");
const selfFamilies_1 = require("./selfFamilies");
const LINT_FAILING_DEFAULTS = [
    'nodejs_active_handles_total',
    'nodejs_active_requests_total',
    'nodejs_active_resources_total',
];
function cached(key, compute) {
    let lastKey;
    let lastValue;
    return () => {
        const k = key();
        if (lastValue === undefined || k !== lastKey) {
            lastKey = k;
            lastValue = compute(k);
        }
        return lastValue;
    };
}
function registerCascade(registry, state) {
    const version = () => state.snapshot() ?? state.spec();
    const samples = cached(version, () => (0, cascadeSamples_1.cascadeSamples)(state.spec(), state.snapshot(), state.anomalyScores()));
    const family = (key, pick) => (0, family_1.registerFamily)(registry, names_1.METRICS[key], 'gauge', () => pick(samples()), version);
    family('nodeScore', (s) => s.score);
    family('nodeStatus', (s) => s.status);
    family('nodeValue', (s) => s.value);
    family('nodeThreshold', (s) => s.threshold);
    family('nodeInfo', (s) => s.info);
    family('edgeWeight', (s) => s.edgeWeight);
    family('nodeContribution', (s) => s.contribution);
    family('nodeLastUpdate', (s) => s.lastUpdate);
    family('nodeAnomalyScore', (s) => s.anomaly);
    family('businessImpact', (s) => s.impact);
    family('businessExposure', (s) => s.exposure);
    (0, family_1.registerFamily)(registry, names_1.METRICS.scenarioBusinessImpact, 'gauge', () => state.scenarioImpacts().map(({ scenario, node, measure, value }) => ({
        labels: { scenario, node, measure },
        value,
    })), () => state.scenarioImpacts());
    family('retrainRecommended', (s) => s.retrain);
}
function registerDetail(registry, state) {
    const version = () => state.modelDetails();
    const samples = cached(version, () => (0, detailSamples_1.detailSamples)(state.modelDetails(), names_1.METRICS.predictionLatency.name));
    const family = (key, type, pick) => (0, family_1.registerFamily)(registry, names_1.METRICS[key], type, () => pick(samples()), version);
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
/** Builds the registry and the render function over `state`. */
function createExporterMetrics(state, options) {
    const registry = new prom_client_1.Registry();
    registerCascade(registry, state);
    registerDetail(registry, state);
    (0, selfFamilies_1.registerSelfFamilies)(registry, state, options.buildVersion);
    if (options.processMetrics !== false) {
        (0, prom_client_1.collectDefaultMetrics)({ register: registry });
        // prom-client names these three gauges `_total`, which promtool's linter rejects; their per-type
        // siblings (nodejs_active_handles{type}, …) stay.
        for (const name of LINT_FAILING_DEFAULTS)
            registry.removeSingleMetric(name);
    }
    const scrapeRegistry = new prom_client_1.Registry();
    const scrapeDuration = new prom_client_1.Gauge({
        name: names_1.METRICS.scrapeDuration.name,
        help: names_1.METRICS.scrapeDuration.help,
        registers: [scrapeRegistry],
    });
    const exposition = new exposition_1.CachedExposition(registry);
    return {
        registry,
        contentType: registry.contentType,
        prepare: () => exposition.prepare(),
        async render() {
            const started = process.hrtime.bigint();
            const text = await exposition.render();
            scrapeDuration.set(Number(process.hrtime.bigint() - started) / 1e9);
            return text + '\n' + (await scrapeRegistry.metrics());
        },
    };
}
//# sourceMappingURL=exporterMetrics.js.map