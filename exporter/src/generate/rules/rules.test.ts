import { buildContext } from '../context';
import { fixtureSpec } from '../__fixtures__/spec';
import { generateRules } from '.';
import { goFormatValue, goG4 } from './format';
import { BURN_WINDOWS, burnFactor, errorBudget, sliExpression } from './slo';
import { isAlertingRule, type AlertingRule } from './types';

const alerts = (spec = fixtureSpec()): AlertingRule[] =>
  generateRules(buildContext(spec)).groups.flatMap((g) => g.rules.filter(isAlertingRule));

describe('generateRules', () => {
  it('names every alert with the Mlhealth prefix in CamelCase', () => {
    for (const rule of alerts()) expect(rule.alert).toMatch(/^Mlhealth[A-Z][A-Za-z]+$/);
  });

  it('gives every data alert severity, team, escalation, tier, node, model and outcome, and the four annotations', () => {
    const rule = alerts().find(
      (r) => r.alert === 'MlhealthNodeCritical' && r.labels.node === 'fraud.drift.amount',
    );
    expect(rule?.labels).toEqual({
      severity: 'critical',
      team: 'ml-fraud',
      escalation: 'fraud',
      tier: 'base',
      node: 'fraud.drift.amount',
      model: 'fraud',
      outcome: 'revenue',
    });
    expect(Object.keys(rule?.annotations ?? {})).toEqual([
      'summary',
      'description',
      'runbook_url',
      'dashboard_url',
    ]);
  });

  it('waits two cadences before firing and keeps firing past the exporter-down wait', () => {
    const latency = alerts().filter(
      (r) => r.labels.node === 'recs.serving.latency' && r.alert === 'MlhealthNodeWarning',
    );
    // cadence 20s; the exporter-down wait is 2m by default, so keep_firing_for is 2m + max(30s, 40s, 30s).
    expect(latency[0]).toMatchObject({ for: '40s', keep_firing_for: '2m40s' });
  });

  it('describes business alerts with the impact and the cause chain from query templates', () => {
    const rule = alerts().find((r) => r.alert === 'MlhealthBusinessCritical');
    expect(rule?.labels.node).toBe('revenue');
    expect(rule?.annotations.description).toContain(
      'mlhealth_business_impact{node="revenue",measure="revenue_at_risk",environment="%s"}',
    );
    expect(rule?.annotations.description).toContain(
      'topk(1, mlhealth_node_contribution{parent="%s",environment="%s"})` "revenue" $labels.environment',
    );
    // One nested level per DAG level below the node: revenue → component → base.
    expect(rule?.annotations.description).toContain('$c2 := .Labels.child');
    expect(rule?.annotations.description).not.toContain('$c3');
    // Scoped to the environment, not the target: the chain crosses from series the rollup rules record
    // (no instance) to series a shard serves (docs/rollup-rules.md).
    expect(rule?.annotations.description).not.toContain('instance');
  });

  it('emits one retraining alert per model with a trigger and none for the others', () => {
    const retrain = alerts().filter((r) => r.alert === 'MlhealthRetrainRecommended');
    expect(retrain.map((r) => [r.labels.model, r.labels.node])).toEqual([['fraud', 'fraud.drift']]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateRules(buildContext(fixtureSpec())))).toBe(
      JSON.stringify(generateRules(buildContext(fixtureSpec()))),
    );
  });
});

describe('burn rates', () => {
  it('reproduces the SRE workbook factors 14.4, 6, 3, 1 for a 30-day period', () => {
    expect(BURN_WINDOWS.map((w) => burnFactor(w, 30 * 86400))).toEqual([14.4, 6, 3, 1]);
  });

  it('scales the factors with the period (28 days: 13.44 for 1h)', () => {
    expect(burnFactor(BURN_WINDOWS[0]!, 28 * 86400)).toBe(13.44);
  });

  it('computes the budget without float noise', () => {
    expect(errorBudget(0.995)).toBe(0.005);
    expect(errorBudget(0.999)).toBe(0.001);
  });

  it('reads latency SLIs from the histogram bucket of the objective bound', () => {
    const ctx = buildContext(fixtureSpec());
    const expr = sliExpression(ctx.byId.get('recs.serving.latency')!, 300);
    expect(expr).toContain('mlhealth_prediction_latency_seconds_bucket{model="recs",le="0.25"}[5m]');
  });

  it('refuses a latency bound that is not a bucket, naming node and bound', () => {
    const spec = fixtureSpec();
    spec.nodes[2] = { ...spec.nodes[2]!, objective: { target: 0.99, period: 86400, latency_below: 0.3 } };
    expect(() => generateRules(buildContext(spec))).toThrow(
      /node 'recs.serving.latency' objective.latency_below 0.3 is not a bucket bound/,
    );
  });

  it('refuses an objective on a signal that has no event ratio', () => {
    const spec = fixtureSpec();
    spec.nodes[0] = { ...spec.nodes[0]!, objective: { target: 0.99, period: 86400 } };
    expect(() => generateRules(buildContext(spec))).toThrow(
      /node 'fraud.drift.amount' declares an objective but its signal is 'feature_drift'/,
    );
  });
});

describe('Go number formatting mirror', () => {
  it.each([
    [0.3, '0.3'],
    [123456, '1.235e+05'],
    [0.00001234, '1.234e-05'],
    [42, '42'],
  ])('%%.4g of %p is %p', (v, text) => expect(goG4(v)).toBe(text));

  it.each([
    [0.3, 'seconds', '300ms'],
    [75, 'seconds', '1m 15s'],
    [90061, 'seconds', '1d 1h 1m 1s'],
    [2.5, 'seconds', '2.5s'],
    [0.05, 'ratio', '5%'],
  ] as const)('formats %p %s as %p', (v, unit, text) => expect(goFormatValue(v, unit)).toBe(text));
});
