"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SPEC_DEFAULTS = void 0;
exports.identityOrigins = identityOrigins;
exports.convertSpec = convertSpec;
const convertValues_1 = require("./convertValues");
const convertNodes_1 = require("./convertNodes");
/** Defaults of `SpecDefaults`, as documented in types.ts and the schema. */
exports.SPEC_DEFAULTS = {
    evaluation_interval: 15,
    stale_after: 300,
    unknown_policy: 'propagate',
    score_thresholds: { warning: 0.75, critical: 0.5 },
    max_children: 7,
    max_nodes_per_tier: 25,
    low_confidence_below: 0.6,
    type_mismatch: 'reject',
};
/** Origins when nothing was left out. */
function identityOrigins(raw) {
    const range = (list) => (list ?? []).map((_, i) => i);
    return {
        sources: range(raw.sources),
        models: range(raw.models),
        nodes: range(raw.nodes),
        teams: range(raw.teams),
        escalation_policies: range(raw.escalation_policies),
        scenarios: range(raw.scenarios),
    };
}
/** Converts schema-valid raw data; `origins` maps each kept element back to its index in the file. */
function convertSpec(raw, origins, sink) {
    const at = (section, i) => [section, origins[section][i] ?? i];
    const defaults = convertDefaults(raw.defaults ?? {}, sink);
    const models = (raw.models ?? []).map((m, i) => convertModel(m, defaults, at('models', i), sink));
    const modelById = new Map(models.map((m) => [m.id, m]));
    return {
        api_version: 'mlhealth/v1',
        name: raw.name,
        version: String(raw.version),
        ...(raw.description !== undefined ? { description: raw.description } : {}),
        currency: raw.currency ?? 'USD',
        defaults,
        sources: (raw.sources ?? []).map((s, i) => convertSource(s, at('sources', i), sink)),
        models,
        nodes: (raw.nodes ?? []).map((n, i) => (0, convertNodes_1.convertNode)(n, { defaults, modelById }, at('nodes', i), sink)),
        teams: (raw.teams ?? []).map(convertTeam),
        escalation_policies: (raw.escalation_policies ?? []).map((p, i) => convertPolicy(p, at('escalation_policies', i), sink)),
        scenarios: (raw.scenarios ?? []).map((s) => structuredClone(s)),
        links: { ...(raw.links ?? {}) },
    };
}
function convertDefaults(raw, sink) {
    const d = exports.SPEC_DEFAULTS;
    return {
        evaluation_interval: raw.evaluation_interval === undefined
            ? d.evaluation_interval
            : (0, convertValues_1.seconds)(raw.evaluation_interval, ['defaults', 'evaluation_interval'], sink),
        stale_after: raw.stale_after === undefined
            ? d.stale_after
            : (0, convertValues_1.seconds)(raw.stale_after, ['defaults', 'stale_after'], sink),
        unknown_policy: raw.unknown_policy ?? d.unknown_policy,
        score_thresholds: {
            warning: raw.score_thresholds?.warning ?? d.score_thresholds.warning,
            critical: raw.score_thresholds?.critical ?? d.score_thresholds.critical,
        },
        max_children: raw.max_children ?? d.max_children,
        max_nodes_per_tier: raw.max_nodes_per_tier ?? d.max_nodes_per_tier,
        low_confidence_below: raw.low_confidence_below ?? d.low_confidence_below,
        type_mismatch: raw.type_mismatch ?? d.type_mismatch,
    };
}
function convertSource(raw, path, sink) {
    return {
        id: raw.id,
        type: raw.type,
        url: raw.url,
        timeout: raw.timeout === undefined ? 5 : (0, convertValues_1.seconds)(raw.timeout, [...path, 'timeout'], sink),
        ...(raw.auth !== undefined ? { auth: raw.auth } : {}),
    };
}
function convertModel(raw, defaults, path, sink) {
    const features = raw.features.map(({ categories, ...f }) => ({
        ...f,
        ...(categories !== undefined ? { categories: categories.map(String) } : {}),
        importance: f.importance ?? 1,
    }));
    const duration = raw.window?.duration;
    const window = raw.window?.count !== undefined
        ? { count: raw.window.count }
        : { duration: duration === undefined ? 900 : (0, convertValues_1.seconds)(duration, [...path, 'window', 'duration'], sink) };
    return {
        id: raw.id,
        version: String(raw.version),
        task: raw.task,
        features,
        window,
        evaluation_interval: raw.evaluation_interval === undefined
            ? defaults.evaluation_interval
            : (0, convertValues_1.seconds)(raw.evaluation_interval, [...path, 'evaluation_interval'], sink),
        sample_size: raw.sample_size ?? 5000,
        bins: raw.bins ?? 10,
        correction: raw.correction ?? 'bh',
        type_mismatch: raw.type_mismatch ?? defaults.type_mismatch ?? 'reject',
        ...optionalModelFields(raw, path, sink),
    };
}
function optionalModelFields(raw, path, sink) {
    const out = {};
    if (raw.title !== undefined)
        out.title = raw.title;
    if (raw.owner !== undefined)
        out.owner = raw.owner;
    if (raw.trained_at !== undefined)
        out.trained_at = (0, convertValues_1.unixSeconds)(raw.trained_at, [...path, 'trained_at'], sink);
    if (raw.reference !== undefined)
        out.reference = convertReference(raw.reference, [...path, 'reference'], sink);
    if (raw.reference_taken_at !== undefined) {
        out.reference_taken_at = (0, convertValues_1.unixSeconds)(raw.reference_taken_at, [...path, 'reference_taken_at'], sink);
    }
    if (raw.positive_class !== undefined)
        out.positive_class = String(raw.positive_class);
    return out;
}
function convertReference(raw, path, sink) {
    if (raw.file !== undefined)
        return { file: raw.file };
    const window = raw.window;
    return {
        window: {
            start: (0, convertValues_1.unixSeconds)(window.start, [...path, 'window', 'start'], sink),
            end: (0, convertValues_1.unixSeconds)(window.end, [...path, 'window', 'end'], sink),
        },
    };
}
function convertTeam(raw) {
    return {
        id: raw.id,
        ...(raw.title !== undefined ? { title: raw.title } : {}),
        receivers: raw.receivers.map((r) => ({ ...r })),
        ...(raw.business_hours !== undefined ? { business_hours: { ...raw.business_hours } } : {}),
    };
}
function convertPolicy(raw, path, sink) {
    return {
        id: raw.id,
        team: raw.team,
        levels: raw.levels.map((level, i) => ({
            ...level,
            respond_within: (0, convertValues_1.seconds)(level.respond_within, [...path, 'levels', i, 'respond_within'], sink),
        })),
    };
}
//# sourceMappingURL=convert.js.map