/**
 * Schema of a business node's `impact`: exposure × loss(score).
 */
import { bool, arrayOf, exactlyOneOf, num, obj, ratio, str, type JsonSchema } from './helpers';

const LOSS: JsonSchema = {
  type: 'object',
  description: 'Loss fraction as a function of score: the share of exposure at risk.',
  discriminator: { propertyName: 'kind' },
  required: ['kind'],
  oneOf: [
    obj(
      'loss = max_loss × (1 − score).',
      {
        kind: { const: 'linear', description: 'Linear loss.' },
        max_loss: ratio('Loss fraction at score 0.'),
      },
      ['kind', 'max_loss'],
    ),
    obj(
      'The loss of the first step whose `below` the score is under.',
      {
        kind: { const: 'step', description: 'Step loss.' },
        steps: arrayOf(
          'Steps sorted by `below` ascending.',
          obj(
            'A step.',
            {
              below: ratio('Applies when the score is below this.'),
              loss: ratio('Loss fraction of this step.'),
            },
            ['below', 'loss'],
          ),
          { minItems: 1 },
        ),
      },
      ['kind', 'steps'],
    ),
    obj(
      'Linear interpolation through (score, loss) points.',
      {
        kind: { const: 'piecewise', description: 'Piecewise-linear loss.' },
        points: arrayOf(
          '`[score, loss]` points sorted by score.',
          {
            type: 'array',
            description: 'A `[score, loss]` point.',
            items: [ratio('Score.'), ratio('Loss fraction.')],
            minItems: 2,
            maxItems: 2,
          },
          { minItems: 2 },
        ),
      },
      ['kind', 'points'],
    ),
  ],
};

const EXPOSURE: JsonSchema = obj(
  'The total the impact is a share of: a constant, or a series from a source.',
  {
    constant: num('A fixed exposure in the impact unit.', { minimum: 0 }),
    source: str('Source id to query.'),
    query: str('PromQL returning the exposure (one series).', { minLength: 1 }),
  },
  [],
  {
    ...exactlyOneOf([
      { title: 'a constant `{constant}`', required: ['constant'] },
      { title: 'a series `{source, query}`', required: ['source'] },
    ]),
    dependencies: { source: ['query'], query: ['source'] },
  },
);

export const IMPACT: JsonSchema = obj(
  'Business impact: exposure × loss(score), exported as `mlhealth_business_impact{measure}`.',
  {
    measure: str('Measure name, e.g. `revenue_at_risk`.', { pattern: '^[a-z][a-z0-9_]*$' }),
    unit: str('Unit of the measure, e.g. `USD/hour`.', { minLength: 1 }),
    exposure: EXPOSURE,
    loss: LOSS,
    price_when_ok: bool(
      'Price the loss while the node is ok too (default false: an ok node has 0 at risk, a dead band up to the warning threshold).',
    ),
  },
  ['measure', 'unit', 'exposure', 'loss'],
);
