"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NODE = void 0;
/**
 * Schema of the `nodes` section: one node of any tier, with thresholds, rollup, impact and decay.
 */
const impact_1 = require("./impact");
const signals_1 = require("./signals");
const thresholds_1 = require("./thresholds");
const helpers_1 = require("./helpers");
const CHILD = {
    description: 'A child: its node id, or `{node, weight}`.',
    anyOf: [
        (0, helpers_1.ref)('nodeId', 'The child node id (weight 1).'),
        (0, helpers_1.obj)('A child with a rollup weight.', {
            node: (0, helpers_1.ref)('nodeId', 'The child node id.'),
            weight: (0, helpers_1.num)('Positive rollup weight.', { exclusiveMinimum: 0, default: 1 }),
        }, ['node'], { title: 'an object {node, weight}' }),
    ],
};
const ROLLUP = {
    type: 'object',
    description: "How a parent's score and status come from its children.",
    discriminator: { propertyName: 'rule' },
    required: ['rule'],
    oneOf: [
        (0, helpers_1.obj)('The worst child decides.', { rule: { const: 'worst_of', description: 'Worst of the children.' } }, [
            'rule',
        ]),
        (0, helpers_1.obj)('Weighted mean of child scores; status from the score thresholds.', {
            rule: { const: 'weighted_mean', description: 'Weighted mean of the children.' },
        }, ['rule']),
        (0, helpers_1.obj)("Healthy when at least k children are ok; the status is the (n−k+1)-th worst child's.", {
            rule: { const: 'k_of_n', description: 'Quorum of children.' },
            k: (0, helpers_1.int)('Children that must be ok; at most the number of children.', { minimum: 1 }),
        }, ['rule', 'k']),
    ],
};
const OBJECTIVE = (0, helpers_1.obj)("A service-level objective on the node's events, for multi-window multi-burn-rate alerts (latency and error_ratio nodes).", {
    target: (0, helpers_1.num)('Target share of good events, e.g. 0.999.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
    period: (0, helpers_1.ref)('duration', 'SLO period.', { default: '30d' }),
    latency_below: (0, helpers_1.num)('Latency objectives: an event is good when faster than this many seconds (a histogram bucket bound).', {
        exclusiveMinimum: 0,
    }),
}, ['target']);
const DECAY = (0, helpers_1.obj)('Aging: the score is multiplied by a factor that halves every `half_life` past `grace`.', {
    of: (0, helpers_1.oneOfValues)('What ages: the model (trained_at), the reference, or the data (last event).', [
        'model',
        'reference',
        'data',
    ]),
    grace: (0, helpers_1.ref)('duration', 'No decay before this age.', { default: '0s' }),
    half_life: (0, helpers_1.ref)('duration', 'The factor halves every half_life past the grace period.'),
    floor: (0, helpers_1.ratio)('The factor never goes below this.', { default: 0 }),
}, ['of', 'half_life']);
exports.NODE = (0, helpers_1.obj)('A node of the cascade: a base signal, a component, or a business outcome.', {
    id: (0, helpers_1.ref)('nodeId', 'Stable node id, the `node` label of every series.'),
    tier: (0, helpers_1.oneOfValues)('base: a signal; component: a rollup of signals; business: an outcome with impact.', [
        'base',
        'component',
        'business',
    ]),
    title: (0, helpers_1.str)('Human-readable name. Default: the id.'),
    description: (0, helpers_1.str)('What the node means.'),
    model: (0, helpers_1.ref)('identifier', 'The model this node belongs to; absent for nodes spanning models.'),
    owner: (0, helpers_1.str)('Who owns it (a team id or a name); `mlhealth_node_info{owner}`.'),
    provenance: (0, helpers_1.str)('Where the number comes from, for auditors.'),
    playbook: (0, helpers_1.ref)('url', 'Runbook URL; `mlhealth_node_info{runbook_url}` and alert annotations.'),
    cadence: (0, helpers_1.ref)('duration', "Time between evaluations. Default: the model's `evaluation_interval`, else `defaults.evaluation_interval`."),
    escalation: (0, helpers_1.ref)('identifier', 'Escalation policy id (`escalation_policies[].id`).'),
    signal: signals_1.SIGNAL,
    unit: (0, helpers_1.oneOfValues)("Unit of a base node's value. Default: by signal kind; parents `score`.", [
        'ratio',
        'seconds',
        'score',
        'count',
        'per_second',
        'none',
    ]),
    thresholds: thresholds_1.THRESHOLDS,
    score_mapping: (0, helpers_1.oneOfValues)('Base nodes: value → score mapping.', ['linear', 'step'], {
        default: 'linear',
    }),
    objective: OBJECTIVE,
    children: (0, helpers_1.arrayOf)('Component and business nodes: the children rolled up.', CHILD, { minItems: 1 }),
    rollup: ROLLUP,
    unknown_policy: (0, helpers_1.oneOfValues)('How an unknown child counts. Default: `defaults.unknown_policy`.', [
        'propagate',
        'ignore',
        'as_critical',
    ]),
    impact: impact_1.IMPACT,
    decay: DECAY,
    retrain_trigger: (0, helpers_1.obj)('Sets `mlhealth_retrain_recommended{model}` while the node is at or worse than `status`.', {
        status: (0, helpers_1.oneOfValues)('The status that triggers.', ['warning', 'critical']),
        for: (0, helpers_1.ref)('duration', 'Only after holding this long.'),
    }, ['status']),
}, ['id', 'tier']);
//# sourceMappingURL=nodes.js.map