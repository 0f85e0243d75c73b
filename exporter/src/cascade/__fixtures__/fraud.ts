/**
 * A realistic fixture for cascade tests and for other layers' tests (metrics, API, annotations).
 */
import type { NodeSpec, Spec } from '../../spec/types';
import { DAY, NOW, base, inputsOf, makeSpec, model, parent } from './index';
import type { CascadeInputs } from '../types';

/**
 * A small realistic cascade: a fraud model's drift, quality, serving (through PromQL) and age, rolled
 * up to `fraud`, then to `revenue_assurance` (exposure read from Prometheus) and `compliance_exposure`
 * (constant exposure). `fraudInputs()` is its healthy state at NOW.
 */
export function fraudSpec(): Spec {
  const seconds = { unit: 'seconds' as const };
  const nodes: NodeSpec[] = [
    base('fraud.drift.input.amount', { model: 'fraud' }),
    base('fraud.drift.input.country', {
      model: 'fraud',
      signal: { kind: 'feature_drift', feature: 'country', method: 'psi' },
    }),
    base('fraud.quality.missing.amount', {
      model: 'fraud',
      unit: 'ratio',
      signal: { kind: 'missing_ratio', feature: 'amount' },
      thresholds: { warning: 0.05, critical: 0.2, direction: 'higher_is_worse' },
    }),
    base('fraud.serving.p99', {
      model: 'fraud',
      ...seconds,
      signal: {
        kind: 'promql',
        source: 'prom',
        query: 'histogram_quantile(0.99, rate(fraud_latency_bucket[5m]))',
      },
      thresholds: { warning: 0.5, critical: 1, direction: 'higher_is_worse' },
    }),
    base('fraud.age', {
      model: 'fraud',
      ...seconds,
      signal: { kind: 'model_age' },
      thresholds: { warning: 60 * DAY, critical: 120 * DAY, direction: 'higher_is_worse' },
    }),
    parent(
      'fraud.drift.input',
      ['fraud.drift.input.amount', 'fraud.drift.input.country'],
      { rule: 'worst_of' },
      {
        model: 'fraud',
        retrain_trigger: { status: 'critical' },
      },
    ),
    parent('fraud.quality', ['fraud.quality.missing.amount'], { rule: 'worst_of' }, { model: 'fraud' }),
    parent('fraud.serving', ['fraud.serving.p99'], { rule: 'worst_of' }, { model: 'fraud' }),
    parent(
      'fraud',
      ['fraud.drift.input', 'fraud.quality', 'fraud.serving', 'fraud.age'],
      { rule: 'worst_of' },
      { model: 'fraud' },
    ),
    parent(
      'revenue_assurance',
      ['fraud'],
      { rule: 'worst_of' },
      {
        tier: 'business',
        impact: {
          measure: 'revenue_at_risk',
          unit: 'USD/hour',
          exposure: { source: 'prom', query: 'sum(rate(payments_usd_total[1h])) * 3600' },
          loss: { kind: 'linear', max_loss: 0.2 },
        },
      },
    ),
    parent(
      'compliance_exposure',
      [
        ['fraud.quality', 1],
        ['fraud.age', 1],
      ],
      { rule: 'weighted_mean' },
      {
        tier: 'business',
        impact: {
          measure: 'compliance_exposure',
          unit: 'USD',
          exposure: { constant: 50000 },
          loss: {
            kind: 'step',
            steps: [
              { below: 0.5, loss: 0.5 },
              { below: 0.75, loss: 0.1 },
            ],
          },
        },
      },
    ),
  ];
  return makeSpec(nodes, {
    models: [model('fraud', { trained_at: NOW - 40 * DAY }, ['amount', 'country'])],
    sources: [
      { id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9090', timeout: 5 },
      { id: 'unused', type: 'prometheus', url: 'http://127.0.0.1:9091', timeout: 5 },
    ],
  });
}

/** The healthy state of `fraudSpec()` at NOW: small drift, 1% missing, 200 ms p99, 40-day-old model. */
export function fraudInputs(values: Record<string, number | null> = {}): CascadeInputs {
  return inputsOf(
    {
      'fraud.drift.input.amount': 0.05,
      'fraud.drift.input.country': 0.02,
      'fraud.quality.missing.amount': 0.01,
      'fraud.serving.p99': 0.2,
      'fraud.age': 40 * DAY,
      ...values,
    },
    { exposures: new Map([['revenue_assurance', 10000]]), modelAges: new Map([['fraud', 40 * DAY]]) },
  );
}
