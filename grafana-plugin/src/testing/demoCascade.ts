/**
 * The demo cascade of the tests, the harness and the screenshots: two models (fraud, recs), every status
 * on screen (a critical, a warning, an ok and an unknown business outcome), a node shared by two parents,
 * a stale base node and a node that exports no status at all.
 */
import type { SyntheticCascade, SyntheticNode } from './syntheticCascade';

const RUNBOOK = 'https://runbooks.example.com/mlhealth';

function base(
  id: string,
  model: string,
  title: string,
  unit: string,
  finalScore: number | null,
  value: { final: number; warning: number; critical: number },
  owner = `${model}-ml`
): SyntheticNode {
  return { id, tier: 'base', model, title, unit, owner, runbook: `${RUNBOOK}/${id}`, children: [], finalScore, value };
}

function parent(
  id: string,
  tier: 'component' | 'business',
  model: string,
  title: string,
  children: string[],
  owner: string
): SyntheticNode {
  return {
    id,
    tier,
    model,
    title,
    unit: 'score',
    owner,
    runbook: `${RUNBOOK}/${id}`,
    children: children.map((c) => ({ id: c, weight: 1 })),
    finalScore: 1,
  };
}

/** The demo cascade: 4 business outcomes, 7 components, 13 base signals, 9 drifting features. */
export function demoCascade(): SyntheticCascade {
  const nodes: SyntheticNode[] = [
    {
      ...parent(
        'revenue_assurance',
        'business',
        '',
        'Revenue assurance',
        ['fraud.drift', 'fraud.data_quality', 'fraud.serving'],
        'payments-risk'
      ),
      impact: { measure: 'revenue_at_risk', exposure: 120000, maxLoss: 0.3, unit: 'USD', per: 'hour' },
    },
    {
      ...parent(
        'customer_impact',
        'business',
        '',
        'Customer impact',
        ['recs.prediction_quality', 'recs.drift', 'fraud.serving'],
        'growth'
      ),
      impact: { measure: 'revenue_at_risk', exposure: 40000, maxLoss: 0.2, unit: 'USD', per: 'hour' },
    },
    {
      ...parent('compliance_exposure', 'business', '', 'Compliance exposure', ['governance'], 'compliance'),
      impact: { measure: 'revenue_at_risk', exposure: 25000, maxLoss: 0.5, unit: 'USD', per: 'hour' },
    },
    {
      ...parent('partner_sla', 'business', '', 'Partner SLA', ['recs.serving'], 'partnerships'),
      impact: { measure: 'revenue_at_risk', exposure: 18000, maxLoss: 0.4, unit: 'USD', per: 'hour' },
    },
    parent(
      'fraud.drift',
      'component',
      'fraud',
      'Fraud · input drift',
      ['fraud.drift.amount', 'fraud.drift.merchant_category'],
      'fraud-ml'
    ),
    parent(
      'fraud.data_quality',
      'component',
      'fraud',
      'Fraud · data quality',
      ['fraud.dq.missing_ratio', 'fraud.dq.schema_violations'],
      'fraud-ml'
    ),
    parent(
      'fraud.serving',
      'component',
      'fraud',
      'Fraud · serving',
      ['fraud.serving.latency_p99', 'fraud.serving.error_ratio'],
      'ml-platform'
    ),
    parent(
      'recs.prediction_quality',
      'component',
      'recs',
      'Recs · prediction quality',
      ['recs.pq.confidence_mean'],
      'recs-ml'
    ),
    parent(
      'recs.drift',
      'component',
      'recs',
      'Recs · input drift',
      ['recs.drift.user_age', 'recs.drift.category'],
      'recs-ml'
    ),
    parent(
      'recs.serving',
      'component',
      'recs',
      'Recs · serving',
      ['recs.serving.latency_p99', 'recs.serving.error_ratio'],
      'ml-platform'
    ),
    parent('governance', 'component', '', 'Model governance', ['governance.model_age'], 'ml-governance'),
    base('fraud.drift.amount', 'fraud', 'Amount drift (PSI)', 'none', 0.35, {
      final: 0.31,
      warning: 0.1,
      critical: 0.25,
    }),
    base('fraud.drift.merchant_category', 'fraud', 'Merchant category drift (JS)', 'none', 0.86, {
      final: 0.04,
      warning: 0.1,
      critical: 0.2,
    }),
    base('fraud.dq.missing_ratio', 'fraud', 'Missing values', 'ratio', 0.62, {
      final: 0.034,
      warning: 0.02,
      critical: 0.05,
    }),
    base('fraud.dq.schema_violations', 'fraud', 'Schema violations', 'count', 0.9, {
      final: 3,
      warning: 10,
      critical: 50,
    }),
    base(
      'fraud.serving.latency_p99',
      'fraud',
      'Latency p99',
      'seconds',
      0.88,
      { final: 0.18, warning: 0.25, critical: 0.5 },
      'ml-platform'
    ),
    base(
      'fraud.serving.error_ratio',
      'fraud',
      'Error ratio',
      'ratio',
      0.95,
      { final: 0.002, warning: 0.01, critical: 0.05 },
      'ml-platform'
    ),
    base('recs.pq.confidence_mean', 'recs', 'Mean confidence', 'ratio', 0.66, {
      final: 0.71,
      warning: 0.75,
      critical: 0.6,
    }),
    base('recs.drift.user_age', 'recs', 'User age drift (PSI)', 'none', 0.93, {
      final: 0.05,
      warning: 0.1,
      critical: 0.25,
    }),
    base('recs.drift.category', 'recs', 'Category drift (PSI)', 'none', 0.8, {
      final: 0.07,
      warning: 0.1,
      critical: 0.25,
    }),
    base(
      'recs.serving.latency_p99',
      'recs',
      'Latency p99',
      'seconds',
      null,
      { final: 0.3, warning: 0.25, critical: 0.5 },
      'ml-platform'
    ),
    base(
      'recs.serving.error_ratio',
      'recs',
      'Error ratio',
      'ratio',
      0.97,
      { final: 0.001, warning: 0.01, critical: 0.05 },
      'ml-platform'
    ),
    base(
      'governance.model_age',
      '',
      'Model age',
      'seconds',
      0.9,
      { final: 1036800, warning: 2592000, critical: 5184000 },
      'ml-governance'
    ),
    {
      ...base(
        'governance.audit_trail',
        '',
        'Audit trail export',
        'count',
        1,
        { final: 0, warning: 1, critical: 5 },
        'ml-governance'
      ),
      noStatus: true,
    },
  ];
  const drift = [
    ['fraud', 'amount', 0.31],
    ['fraud', 'merchant_category', 0.04],
    ['fraud', 'hour_of_day', 0.06],
    ['fraud', 'country', 0.12],
    ['fraud', 'device_type', 0.02],
    ['fraud', 'card_age_days', 0.09],
    ['recs', 'user_age', 0.05],
    ['recs', 'category', 0.07],
    ['recs', 'session_length', 0.03],
  ].map(([model, feature, final]) => ({
    model: model as string,
    feature: feature as string,
    method: 'psi',
    final: final as number,
  }));
  drift.push({ model: 'fraud', feature: 'amount', method: 'ks', final: 0.22 });
  // A z-tested feature (shown as |z|) and a name too long for the heatmap's label column.
  drift.push({ model: 'fraud', feature: 'card_present', method: 'z', final: 3.1 });
  drift.push({ model: 'fraud', feature: 'days_since_last_chargeback', method: 'psi', final: 0.08 });
  return { nodes, drift };
}
