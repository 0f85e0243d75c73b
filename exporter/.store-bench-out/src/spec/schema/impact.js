"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IMPACT = void 0;
/**
 * Schema of a business node's `impact`: exposure × loss(score).
 */
const helpers_1 = require("./helpers");
const LOSS = {
    type: 'object',
    description: 'Loss fraction as a function of score: the share of exposure at risk.',
    discriminator: { propertyName: 'kind' },
    required: ['kind'],
    oneOf: [
        (0, helpers_1.obj)('loss = max_loss × (1 − score).', {
            kind: { const: 'linear', description: 'Linear loss.' },
            max_loss: (0, helpers_1.ratio)('Loss fraction at score 0.'),
        }, ['kind', 'max_loss']),
        (0, helpers_1.obj)('The loss of the first step whose `below` the score is under.', {
            kind: { const: 'step', description: 'Step loss.' },
            steps: (0, helpers_1.arrayOf)('Steps sorted by `below` ascending.', (0, helpers_1.obj)('A step.', {
                below: (0, helpers_1.ratio)('Applies when the score is below this.'),
                loss: (0, helpers_1.ratio)('Loss fraction of this step.'),
            }, ['below', 'loss']), { minItems: 1 }),
        }, ['kind', 'steps']),
        (0, helpers_1.obj)('Linear interpolation through (score, loss) points.', {
            kind: { const: 'piecewise', description: 'Piecewise-linear loss.' },
            points: (0, helpers_1.arrayOf)('`[score, loss]` points sorted by score.', {
                type: 'array',
                description: 'A `[score, loss]` point.',
                items: [(0, helpers_1.ratio)('Score.'), (0, helpers_1.ratio)('Loss fraction.')],
                minItems: 2,
                maxItems: 2,
            }, { minItems: 2 }),
        }, ['kind', 'points']),
    ],
};
const EXPOSURE = (0, helpers_1.obj)('The total the impact is a share of: a constant, or a series from a source.', {
    constant: (0, helpers_1.num)('A fixed exposure in the impact unit.', { minimum: 0 }),
    source: (0, helpers_1.str)('Source id to query.'),
    query: (0, helpers_1.str)('PromQL returning the exposure (one series).', { minLength: 1 }),
}, [], {
    ...(0, helpers_1.exactlyOneOf)([
        { title: 'a constant `{constant}`', required: ['constant'] },
        { title: 'a series `{source, query}`', required: ['source'] },
    ]),
    dependencies: { source: ['query'], query: ['source'] },
});
exports.IMPACT = (0, helpers_1.obj)('Business impact: exposure × loss(score), exported as `mlhealth_business_impact{measure}`.', {
    measure: (0, helpers_1.str)('Measure name, e.g. `revenue_at_risk`.', { pattern: '^[a-z][a-z0-9_]*$' }),
    unit: (0, helpers_1.str)('Unit of the measure, e.g. `USD/hour`.', { minLength: 1 }),
    exposure: EXPOSURE,
    loss: LOSS,
}, ['measure', 'unit', 'exposure', 'loss']);
//# sourceMappingURL=impact.js.map