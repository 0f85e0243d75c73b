import { SpecError, type SpecIssue } from './issues';
import { parseSpec } from './parse';
import { MINIMAL } from './__fixtures__/specs';

function problems(text: string): SpecIssue[] {
  try {
    parseSpec(text, 'spec.yaml');
    return [];
  } catch (err) {
    if (err instanceof SpecError) return err.issues;
    throw err;
  }
}

const messages = (text: string): string[] => problems(text).map((i) => `${i.path}: ${i.message}`);

/** MINIMAL with `from` replaced by `to` (which must exist). */
function edit(...pairs: Array<[string, string]>): string {
  return pairs.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture lacks '${from}'`);
    return text.replace(from, to);
  }, MINIMAL);
}

const ERRORS_NODE = 'signal: { kind: error_ratio }\n    thresholds: { warning: 0.01, critical: 0.05 }';

describe('threshold rules', () => {
  it('baseline must be on the healthy side', () => {
    const text = edit([
      'thresholds: { warning: 0.01, critical: 0.05 }',
      'thresholds: { warning: 0.01, critical: 0.05, baseline: 0.02 }',
    ]);
    expect(messages(text)).toEqual([
      'nodes[1].thresholds.baseline: baseline (0.02) must be on the healthy side of warning (0.01): for higher_is_worse, baseline < warning',
    ]);
  });

  it('lower_is_worse wants warning above critical', () => {
    const text = edit([
      ERRORS_NODE,
      'signal: { kind: confidence_mean }\n    thresholds: { warning: 0.5, critical: 0.7 }',
    ]);
    expect(messages(text)).toEqual([
      'nodes[1].thresholds.warning: warning (0.5) must be less severe than critical (0.7): for lower_is_worse, warning > critical',
    ]);
  });

  it('numbers outside the range of the value', () => {
    const text = edit([
      'thresholds: { warning: 0.01, critical: 0.05 }',
      'thresholds: { warning: 5, critical: 20 }',
    ]);
    expect(messages(text)).toEqual([
      'nodes[1].thresholds.warning: warning 5 is outside the range of a error_ratio value [0, 1]',
      'nodes[1].thresholds.critical: critical 20 is outside the range of a error_ratio value [0, 1]',
    ]);
  });

  it('parent thresholds are scores, lower is worse', () => {
    const text = edit([
      'children: [m.health]',
      'children: [m.health]\n    thresholds: { warning: 0.5, critical: 0.8, direction: higher_is_worse }',
    ]);
    expect(messages(text)).toEqual([
      'nodes[3].thresholds.direction: thresholds of component and business nodes are scores: direction must be lower_is_worse',
    ]);
  });

  it('score_thresholds in defaults: warning above critical', () => {
    const text = edit(['nodes:', 'defaults:\n  score_thresholds: { warning: 0.4, critical: 0.6 }\nnodes:']);
    expect(messages(text)).toEqual([
      'defaults.score_thresholds.warning: warning (0.4) must be above critical (0.6): scores are lower-is-worse',
    ]);
  });

  it('a direction is required where the kind has none (promql, throughput)', () => {
    const text = edit([
      ERRORS_NODE,
      'signal: { kind: throughput }\n    thresholds: { warning: 10, critical: 5 }',
    ]);
    expect(messages(text)).toEqual([
      "nodes[1].thresholds: missing 'direction': a throughput signal has no natural direction; say higher_is_worse or lower_is_worse",
    ]);
  });

  it('only one of warning and critical', () => {
    const text = edit(['thresholds: { warning: 0.01, critical: 0.05 }', 'thresholds: { warning: 0.01 }']);
    expect(messages(text)).toEqual([
      'nodes[1].thresholds: give both warning and critical (only warning is set)',
    ]);
  });
});

describe('derivation rules', () => {
  const withDerive = (signal: string, derive: string, extra: Array<[string, string]> = []): string =>
    edit([ERRORS_NODE, `signal: ${signal}\n    thresholds: { derive: ${derive} }`], ...extra);

  it('reference_chunks needs a statistic computable from reference data', () => {
    expect(messages(withDerive('{ kind: latency, stat: p99 }', '{ method: reference_chunks }'))).toContain(
      'nodes[1].thresholds.derive.method: a latency value cannot be computed on reference chunks; use history_quantile or declared thresholds',
    );
  });

  it('reference_chunks does not derive p-values', () => {
    expect(
      messages(
        withDerive(
          '{ kind: feature_drift, feature: x, method: ks, measure: p_value }',
          '{ method: reference_chunks }',
        ),
      ),
    ).toEqual([
      'nodes[1].thresholds.derive.method: a drift p-value cannot be computed on reference chunks; use history_quantile or declared thresholds',
    ]);
  });

  it('reference_chunks on drift needs a declared method', () => {
    const text = withDerive('{ kind: feature_drift, feature: c }', '{ method: reference_chunks }', [
      ['categories: [a, b] }', 'categories: [a, b] }\n    reference: { file: ref.csv }'],
    ]);
    expect(messages(text).join('\n')).toContain(
      'reference_chunks on a drift statistic needs a declared method',
    );
  });

  it('reference_chunks needs a model reference', () => {
    expect(messages(withDerive('{ kind: missing_ratio }', '{ method: reference_chunks }'))).toEqual([
      "nodes[1].thresholds.derive.method: reference_chunks needs a reference for model 'm' (models[].reference)",
    ]);
  });

  it('critical_k above k and critical_quantile above quantile', () => {
    const ref: [string, string] = [
      'categories: [a, b] }',
      'categories: [a, b] }\n    reference: { file: ref.csv }',
    ];
    expect(
      messages(
        withDerive('{ kind: missing_ratio }', '{ method: reference_chunks, k: 3, critical_k: 2 }', [ref]),
      ),
    ).toEqual(['nodes[1].thresholds.derive.critical_k: critical_k (2) must exceed k (3)']);
    expect(
      messages(
        withDerive(
          '{ kind: missing_ratio }',
          '{ method: history_quantile, quantile: 0.99, critical_quantile: 0.95 }',
        ),
      ),
    ).toEqual([
      'nodes[1].thresholds.derive.critical_quantile: critical_quantile (0.95) must exceed quantile (0.99)',
    ]);
  });
});

describe('node and model rules', () => {
  it('objectives only on latency (with latency_below) and error-ratio nodes', () => {
    const latency = edit([
      ERRORS_NODE,
      'signal: { kind: latency, stat: p99 }\n    thresholds: { warning: 0.1, critical: 0.2 }\n    objective: { target: 0.99 }',
    ]);
    expect(messages(latency)).toEqual([
      "nodes[1].objective: a latency objective needs 'latency_below' (seconds: what counts as a good event)",
    ]);
    const drift = edit([
      'thresholds: { warning: 0.1, critical: 0.25 }',
      'thresholds: { warning: 0.1, critical: 0.25 }\n    objective: { target: 0.99 }',
    ]);
    expect(messages(drift)).toEqual([
      'nodes[0].objective: objectives apply to latency and error_ratio nodes, not feature_drift',
    ]);
  });

  it('decay and retraining triggers need a model', () => {
    const text = edit([
      'children: [m.health]',
      'children: [m.health]\n    decay: { of: model, half_life: 30d }\n    retrain_trigger: { status: critical }',
    ]);
    expect(messages(text)).toEqual([
      "nodes[3].decay.of: decay of the model needs 'model' on the node",
      "nodes[3].retrain_trigger: a retraining trigger sets mlhealth_retrain_recommended{model}: set 'model' on the node",
    ]);
  });

  it('a worse score never costs less (step and piecewise losses)', () => {
    const impact = (loss: string): string =>
      edit([
        'children: [m.health]',
        `children: [m.health]\n    impact: { measure: x, unit: u, exposure: { constant: 1 }, loss: ${loss} }`,
      ]);
    expect(
      messages(impact('{ kind: step, steps: [{ below: 0.5, loss: 0.1 }, { below: 0.8, loss: 0.3 }] }')),
    ).toEqual([
      'nodes[3].impact.loss.steps[1].loss: loss 0.3 above 0.1 for a better score: a worse score must never cost less',
    ]);
    expect(messages(impact('{ kind: piecewise, points: [[0, 0.5], [0.5, 0.6], [1, 0]] }'))).toEqual([
      'nodes[3].impact.loss.points[1]: loss 0.6 at score 0.5 is above 0.5 at the worse score 0',
    ]);
    expect(messages(impact('{ kind: piecewise, points: [[0.5, 0.5], [0.2, 0.6]] }'))).toEqual([
      'nodes[3].impact.loss.points[1]: points must be sorted by score ascending (0.2 after 0.5)',
    ]);
  });

  it('metrics that do not fit the task, and model-less model signals', () => {
    const text = edit(
      [
        ERRORS_NODE,
        'signal: { kind: realized_performance, metric: rmse }\n    thresholds: { warning: 1, critical: 2 }',
      ],
      [
        'tier: base\n    model: m\n    signal: { kind: feature_drift',
        'tier: base\n    signal: { kind: feature_drift',
      ],
    );
    expect(messages(text)).toEqual([
      "nodes[0].signal: a feature_drift signal is computed from a model's events: set 'model' on the node",
      'nodes[1].signal.metric: rmse is a regression metric; the model is a classifier',
    ]);
  });

  it('features consistent with their type', () => {
    const text = edit([
      '{ name: x, type: numeric, range: [0, 10] }',
      '{ name: x, type: numeric, range: [10, 0], categories: [a] }',
    ]);
    expect(messages(text)).toEqual([
      'models[0].features[0].range: range [10, 0] must be [min, max]',
      'models[0].features[0].categories: a numeric feature has a range, not categories',
    ]);
  });
});

describe('escalation, sources and scenarios', () => {
  const tail = (yaml: string): string => `${MINIMAL}${yaml}`;

  it('receivers and credentials have exactly one origin', () => {
    const text = tail(`sources:
  - id: prom
    type: prometheus
    url: http://prom:9090
    auth: { bearer_token_file: /t, bearer_token_env: T, basic_auth: { username: u } }
teams:
  - id: t
    receivers: [{ type: webhook, name: hook }]
`);
    expect(messages(text)).toEqual([
      'sources[0].auth: give bearer_token_file or bearer_token_env, not both',
      'sources[0].auth: give a bearer token or basic_auth, not both',
      'sources[0].auth.basic_auth: give exactly one of password_file and password_env',
      'teams[0].receivers[0]: a webhook receiver needs exactly one of url and url_file',
    ]);
  });

  it('business-hours-only levels need team business hours', () => {
    const text = tail(`teams:
  - id: t
    receivers: [{ type: email, name: mail, to: a@example.com }]
escalation_policies:
  - id: p
    team: t
    levels: [{ severity: warning, receiver: mail, respond_within: 1d, business_hours_only: true }]
`);
    expect(messages(text)).toEqual([
      "escalation_policies[0].levels[0].business_hours_only: team 't' declares no business_hours",
    ]);
  });

  it('scenario changes refer to existing nodes, models, features and sources', () => {
    const text = tail(`scenarios:
  - id: s
    title: S
    changes:
      - { node: m.health, value: 1 }
      - { node: nothing, score: 0.5 }
      - { fail_source: prom }
      - { fail_feature: { model: m, feature: z } }
      - { age_model: { model: q, days: 3 } }
      - { set_exposure: { node: outcome, value: 5 } }
      - { node: m.errors }
`);
    expect(messages(text)).toEqual([
      "scenarios[0].changes[0].value: 'value' sets a base node's raw value; 'm.health' is a component node (use score or status)",
      "scenarios[0].changes[1].node: unknown node 'nothing' (known: m.drift.x, m.errors, m.health, outcome)",
      "scenarios[0].changes[2].fail_source: unknown source 'prom' (no sources are declared)",
      "scenarios[0].changes[3].fail_feature.feature: model 'm' declares no feature 'z'",
      "scenarios[0].changes[4].age_model.model: unknown model 'q' (known: m)",
      "scenarios[0].changes[5].set_exposure.node: node 'outcome' has no impact model",
      'scenarios[0].changes[6]: must be one of: `{node, value}`; `{node, score}`; `{node, status}`; `{fail_source}`; `{fail_feature}`; `{age_model}`; `{scale_exposure}`; `{set_exposure}`',
    ]);
  });
});

describe("the cascade engine's own precondition", () => {
  it('is checked last, so whatever the engine would refuse is a load error with its position', () => {
    const text = edit([
      'children: [m.health]',
      'children: [m.health]\n    decay: { of: data, half_life: 0s }',
    ]);
    expect(problems(text)).toEqual([
      expect.objectContaining({
        path: 'nodes[3].decay',
        message: 'cascade engine: half_life 0 must be > 0',
        line: 30,
        column: 12,
      }),
    ]);
  });
});

describe('strings that become Prometheus label values', () => {
  it('refuses control and bidirectional characters in feature names and model versions', () => {
    const text = edit(
      ["version: '1'", 'version: "1\\u202E"'],
      [
        '      - { name: c, type: categorical, categories: [a, b] }',
        '      - { name: c, type: categorical, categories: [a, b] }\n      - { name: "bad\\tname", type: numeric }',
      ],
    );
    expect(messages(text)).toEqual([
      'models[0].version: the version contains the bidirectional formatting character U+202E at index 1',
      'models[0].features[2].name: the feature name contains the control character U+0009 at index 3',
    ]);
  });
});

describe('platform owner and paging base nodes', () => {
  const TEAMS = `teams:
  - id: plat
    receivers: [{ type: webhook, name: pager, url: 'http://127.0.0.1:1/p' }]
escalation_policies:
  - id: plat-oncall
    team: plat
    levels:
      - { severity: warning, receiver: pager, respond_within: 1h }
      - { severity: critical, receiver: pager, respond_within: 10m }
  - id: tickets
    team: plat
    levels: [{ severity: warning, receiver: pager, respond_within: 1d }]
`;
  const withPlatform = (platform: string) => `${MINIMAL}${TEAMS}platform: ${platform}\n`;

  it('reads the platform owner with a 2-minute default wait, and a declared one in seconds', () => {
    expect(parseSpec(withPlatform('{ escalation: plat-oncall }'), 's.yaml').spec.platform).toEqual({
      escalation: 'plat-oncall',
      exporter_down_after: 120,
    });
    const declared = parseSpec(
      withPlatform('{ escalation: plat-oncall, exporter_down_after: 5m }'),
      's.yaml',
    );
    expect(declared.spec.platform?.exporter_down_after).toBe(300);
  });

  it('names an unknown policy with a suggestion, and a policy no critical alert reaches', () => {
    expect(messages(withPlatform('{ escalation: plat-oncal }'))).toEqual([
      "platform.escalation: unknown escalation policy 'plat-oncal'; did you mean 'plat-oncall'? (known: plat-oncall, tickets)",
    ]);
    expect(messages(withPlatform('{ escalation: tickets }'))).toEqual([
      "platform.escalation: escalation policy 'tickets' has no critical level: the exporter's own alerts are critical, so they would reach no one",
    ]);
  });

  it('lets base nodes page, and refuses page on parents', () => {
    const paging = edit(['signal: { kind: error_ratio }', 'page: true\n    signal: { kind: error_ratio }']);
    expect(parseSpec(paging, 's.yaml').spec.nodes[1]?.page).toBe(true);
    const parent = edit([
      'rollup: { rule: worst_of }\n  - id: outcome',
      'rollup: { rule: worst_of }\n    page: true\n  - id: outcome',
    ]);
    expect(messages(parent)).toEqual([
      'nodes[2].page: only base nodes have a page; this is a component node',
    ]);
  });
});

describe('unknown_policy max_unknown_share', () => {
  const OUTCOME = 'children: [m.health]\n    rollup: { rule: worst_of }';

  it('takes the share from the node, else from defaults', () => {
    const own = parseSpec(
      edit([OUTCOME, `${OUTCOME}\n    unknown_policy: max_unknown_share\n    max_unknown_share: 0.02`]),
      'spec.yaml',
    ).spec;
    expect(own.nodes.find((n) => n.id === 'outcome')).toMatchObject({
      unknown_policy: 'max_unknown_share',
      max_unknown_share: 0.02,
    });
    const fleet = parseSpec(
      edit([
        'nodes:\n',
        'defaults: { unknown_policy: max_unknown_share, max_unknown_share: 0.05 }\nnodes:\n',
      ]),
      'spec.yaml',
    ).spec;
    expect(fleet.nodes.find((n) => n.id === 'outcome')?.max_unknown_share).toBe(0.05);
    expect(fleet.nodes.find((n) => n.id === 'm.drift.x')?.max_unknown_share).toBeUndefined();
  });

  it('refuses the policy without a share, and a share the policy does not read', () => {
    expect(messages(edit([OUTCOME, `${OUTCOME}\n    unknown_policy: max_unknown_share`]))).toEqual([
      'nodes[3].max_unknown_share: cascade engine: unknown_policy max_unknown_share needs max_unknown_share (on the node or in defaults)',
    ]);
    expect(
      messages(edit([OUTCOME, `${OUTCOME}\n    unknown_policy: ignore\n    max_unknown_share: 0.1`])),
    ).toEqual([
      'nodes[3].max_unknown_share: cascade engine: max_unknown_share has no effect with unknown_policy ignore: set unknown_policy: max_unknown_share',
    ]);
  });

  it('refuses a share outside [0, 1] in the schema', () => {
    const text = edit([
      OUTCOME,
      `${OUTCOME}\n    unknown_policy: max_unknown_share\n    max_unknown_share: 1.5`,
    ]);
    expect(messages(text).join('\n')).toMatch(/nodes\[3\]\.max_unknown_share/);
  });
});
