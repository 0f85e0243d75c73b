/**
 * Schema of the `nodes` section: one node of any tier, with thresholds, rollup, impact and decay.
 */
import { IMPACT } from './impact';
import { SIGNAL } from './signals';
import { THRESHOLDS } from './thresholds';
import { arrayOf, bool, int, num, obj, oneOfValues, ratio, ref, str, type JsonSchema } from './helpers';

const CHILD: JsonSchema = {
  description: 'A child: its node id, or `{node, weight}`.',
  anyOf: [
    ref('nodeId', 'The child node id (weight 1).'),
    obj(
      'A child with a rollup weight.',
      {
        node: ref('nodeId', 'The child node id.'),
        weight: num('Positive rollup weight.', { exclusiveMinimum: 0, default: 1 }),
      },
      ['node'],
      { title: 'an object {node, weight}' },
    ),
  ],
};

const ROLLUP: JsonSchema = {
  type: 'object',
  description: "How a parent's score and status come from its children.",
  discriminator: { propertyName: 'rule' },
  required: ['rule'],
  oneOf: [
    obj('The worst child decides.', { rule: { const: 'worst_of', description: 'Worst of the children.' } }, [
      'rule',
    ]),
    obj(
      'Weighted mean of child scores; status from the score thresholds.',
      {
        rule: { const: 'weighted_mean', description: 'Weighted mean of the children.' },
        critical_floor: bool(
          'A critical child holds the parent at warning or worse (default true); false: the score thresholds alone decide.',
        ),
      },
      ['rule'],
    ),
    obj(
      "Healthy when at least k children are ok; the status is the (n−k+1)-th worst child's.",
      {
        rule: { const: 'k_of_n', description: 'Quorum of children.' },
        k: int('Children that must be ok; at most the number of children.', { minimum: 1 }),
      },
      ['rule', 'k'],
    ),
  ],
};

const OBJECTIVE: JsonSchema = obj(
  "A service-level objective on the node's events, for multi-window multi-burn-rate alerts (latency and error_ratio nodes).",
  {
    target: num('Target share of good events, e.g. 0.999.', { exclusiveMinimum: 0, exclusiveMaximum: 1 }),
    period: ref('duration', 'SLO period.', { default: '30d' }),
    latency_below: num(
      'Latency objectives: an event is good when faster than this many seconds (a histogram bucket bound).',
      {
        exclusiveMinimum: 0,
      },
    ),
  },
  ['target'],
);

const DECAY: JsonSchema = obj(
  'Aging: the score is multiplied by a factor that halves every `half_life` past `grace`.',
  {
    of: oneOfValues('What ages: the model (trained_at), the reference, or the data (last event).', [
      'model',
      'reference',
      'data',
    ]),
    grace: ref('duration', 'No decay before this age.', { default: '0s' }),
    half_life: ref('duration', 'The factor halves every half_life past the grace period.'),
    floor: ratio('The factor never goes below this.', { default: 0 }),
  },
  ['of', 'half_life'],
);

export const NODE: JsonSchema = obj(
  'A node of the cascade: a base signal, a component, or a business outcome.',
  {
    id: ref('nodeId', 'Stable node id, the `node` label of every series.'),
    tier: oneOfValues('base: a signal; component: a rollup of signals; business: an outcome with impact.', [
      'base',
      'component',
      'business',
    ]),
    title: str('Human-readable name. Default: the id.'),
    description: str('What the node means.'),
    model: ref('identifier', 'The model this node belongs to; absent for nodes spanning models.'),
    owner: str('Who owns it (a team id or a name); `mlhealth_node_info{owner}`.'),
    provenance: str('Where the number comes from, for auditors.'),
    playbook: ref('url', 'Runbook URL; `mlhealth_node_info{runbook_url}` and alert annotations.'),
    cadence: ref(
      'duration',
      "Time between evaluations. Default: the model's `evaluation_interval`, else `defaults.evaluation_interval`.",
    ),
    escalation: ref('identifier', 'Escalation policy id (`escalation_policies[].id`).'),
    page: bool(
      'Base nodes: `true` lets a critical page by severity; by default base alerts are notifications at the lowest level of the escalation (components and outcomes page).',
    ),
    signal: SIGNAL,
    unit: oneOfValues("Unit of a base node's value. Default: by signal kind; parents `score`.", [
      'ratio',
      'seconds',
      'score',
      'count',
      'per_second',
      'none',
    ]),
    thresholds: THRESHOLDS,
    score_mapping: oneOfValues('Base nodes: value → score mapping.', ['linear', 'step'], {
      default: 'linear',
    }),
    objective: OBJECTIVE,
    children: arrayOf('Component and business nodes: the children rolled up.', CHILD, { minItems: 1 }),
    rollup: ROLLUP,
    unknown_policy: oneOfValues('How an unknown child counts. Default: `defaults.unknown_policy`.', [
      'propagate',
      'ignore',
      'as_critical',
      'max_unknown_share',
    ]),
    max_unknown_share: ratio(
      'With `unknown_policy: max_unknown_share`: the largest share of unknown children that leaves the parent rated. Default: `defaults.max_unknown_share`.',
    ),
    impact: IMPACT,
    decay: DECAY,
    retrain_trigger: obj(
      'Sets `mlhealth_retrain_recommended{model}` while the node is at or worse than `status`.',
      {
        status: oneOfValues('The status that triggers.', ['warning', 'critical']),
        for: ref('duration', 'Only after holding this long.'),
      },
      ['status'],
    ),
  },
  ['id', 'tier'],
);
