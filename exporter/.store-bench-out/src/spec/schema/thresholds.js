"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.THRESHOLDS = void 0;
/**
 * Schema of a node's `thresholds`: numbers, a derivation rule, and the record calibration writes.
 */
const helpers_1 = require("./helpers");
const DERIVE = {
    type: 'object',
    description: 'How `mlhealth calibrate` derives `warning` and `critical`; see docs/spec.md "Thresholds".',
    discriminator: { propertyName: 'method' },
    required: ['method'],
    oneOf: [
        (0, helpers_1.obj)('Mean ± k·σ of the statistic over reference chunks (NannyML\'s rule), towards "worse", clipped to its bounds.', {
            method: { const: 'reference_chunks', description: 'Derive from chunks of the model reference.' },
            k: (0, helpers_1.num)('Warning at mean + k·σ.', { exclusiveMinimum: 0, default: 3 }),
            critical_k: (0, helpers_1.num)('Critical at mean + critical_k·σ; must exceed k. Default: k + 2.', {
                exclusiveMinimum: 0,
            }),
            chunks: (0, helpers_1.int)('Number of reference chunks.', { minimum: 2, default: 10 }),
        }, ['method']),
        (0, helpers_1.obj)('Quantiles of the node\'s own history, towards "worse".', {
            method: { const: 'history_quantile', description: "Derive from the node's recorded values." },
            quantile: (0, helpers_1.num)('Warning quantile (0.5..1); for lower_is_worse nodes 1 − quantile is used.', {
                minimum: 0.5,
                exclusiveMaximum: 1,
                default: 0.99,
            }),
            critical_quantile: (0, helpers_1.num)('Critical quantile; must exceed `quantile`.', {
                minimum: 0.5,
                exclusiveMaximum: 1,
                default: 0.999,
            }),
        }, ['method']),
    ],
};
const DERIVED = (0, helpers_1.obj)('Written by `mlhealth calibrate`: where the current numbers came from.', {
    method: (0, helpers_1.oneOfValues)('The derivation method.', ['reference_chunks', 'history_quantile']),
    k: (0, helpers_1.num)('Warning multiplier used.'),
    critical_k: (0, helpers_1.num)('Critical multiplier used.'),
    quantile: (0, helpers_1.num)('Warning quantile used.'),
    critical_quantile: (0, helpers_1.num)('Critical quantile used.'),
    chunks: (0, helpers_1.int)('Reference chunks used.'),
    at: (0, helpers_1.ref)('timestamp', 'When calibration ran.'),
    mean: (0, helpers_1.num)('Mean of the statistic over the chunks (or history).'),
    std: (0, helpers_1.num)('Population standard deviation of the statistic over the chunks.'),
    samples: (0, helpers_1.int)('Number of values the derivation saw (chunks or history points).'),
}, ['method', 'at']);
exports.THRESHOLDS = (0, helpers_1.obj)("Base nodes: in the value's unit. Parents: in score (0..1, lower_is_worse). Either numbers, or `derive`, or both.", {
    warning: (0, helpers_1.ref)('thresholdValue', 'Value at which the node becomes `warning`.'),
    critical: (0, helpers_1.ref)('thresholdValue', 'Value at which the node becomes `critical`; more severe than `warning` for the direction.'),
    direction: (0, helpers_1.oneOfValues)('Whether larger values are worse. Default: by signal kind (see docs/spec.md); parents lower_is_worse.', ['higher_is_worse', 'lower_is_worse']),
    baseline: (0, helpers_1.ref)('thresholdValue', 'The healthy anchor that scores 1 (e.g. 0 for a drift statistic, 1 for a ratio that should be high).'),
    derive: DERIVE,
    derived: DERIVED,
});
//# sourceMappingURL=thresholds.js.map