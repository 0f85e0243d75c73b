"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PSI_THRESHOLDS = exports.DAY = exports.NOW = void 0;
exports.makeSpec = makeSpec;
exports.model = model;
exports.base = base;
exports.parent = parent;
exports.inputsOf = inputsOf;
exports.nodeOf = nodeOf;
exports.sharesOf = sharesOf;
/** The fixed clock of cascade tests (Unix seconds, 2023-11-14T22:13:20Z). */
exports.NOW = 1_700_000_000;
exports.DAY = 86400;
exports.PSI_THRESHOLDS = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };
/** A valid spec around these nodes; models are created for every `model` the nodes name. */
function makeSpec(nodes, extra = {}) {
    const { defaults, models, ...rest } = extra;
    const named = [...new Set(nodes.map((n) => n.model).filter((m) => m !== undefined))];
    return {
        api_version: 'mlhealth/v1',
        name: 'test',
        version: '1',
        currency: 'USD',
        defaults: {
            evaluation_interval: 15,
            stale_after: 300,
            unknown_policy: 'propagate',
            score_thresholds: { warning: 0.75, critical: 0.5 },
            max_children: 7,
            max_nodes_per_tier: 25,
            low_confidence_below: 0.6,
            ...defaults,
        },
        sources: [],
        models: models ?? named.map((id) => model(id)),
        nodes,
        teams: [],
        escalation_policies: [],
        scenarios: [],
        links: {},
        ...rest,
    };
}
/** A model with one numeric feature per name. */
function model(id, extra = {}, features = ['amount']) {
    return {
        id,
        version: '1',
        task: 'classification',
        features: features.map((name) => ({ name, type: 'numeric' })),
        window: { duration: 900 },
        evaluation_interval: 15,
        sample_size: 5000,
        bins: 10,
        correction: 'bh',
        ...extra,
    };
}
/** A base node: a PSI drift signal on feature `amount` with PSI thresholds unless told otherwise. */
function base(id, extra = {}) {
    return {
        id,
        tier: 'base',
        title: id,
        signal: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
        unit: 'none',
        thresholds: exports.PSI_THRESHOLDS,
        score_mapping: 'linear',
        ...extra,
    };
}
/** A parent node; children as ids (weight 1) or [id, weight]. */
function parent(id, children, rollup = { rule: 'worst_of' }, extra = {}) {
    const refs = children.map((c) => typeof c === 'string' ? { node: c, weight: 1 } : { node: c[0], weight: c[1] });
    return { id, tier: 'component', title: id, children: refs, rollup, ...extra };
}
/** Inputs whose observations have these values, all observed `age` seconds before NOW (default 10). */
function inputsOf(values, extra = {}) {
    const { age = 10, ...rest } = extra;
    const observations = new Map(Object.entries(values).map(([node, value]) => [node, { node, value, observedAt: exports.NOW - age }]));
    return { observations, exposures: new Map(), modelAges: new Map(), referenceAges: new Map(), ...rest };
}
/** The result of one node in a snapshot; throws when it is missing. */
function nodeOf(snapshot, id) {
    const found = snapshot.nodes.find((n) => n.id === id);
    if (found === undefined)
        throw new Error(`nodeOf: no node ${id} in the snapshot`);
    return found;
}
/** A node's contributions as an object child → share. */
function sharesOf(result) {
    return Object.fromEntries(result.contributions.map((c) => [c.child, c.share]));
}
//# sourceMappingURL=testing.js.map