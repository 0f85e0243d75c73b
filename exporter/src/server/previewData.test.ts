import type { CascadeSnapshot, NodeResult } from '../cascade/types';
import type { DetailPoint } from '../engine/engine';
import type { FeatureDetail, ModelDetail } from '../signals/types';
import type { DriftMethod, Spec } from '../spec/types';
import { previewData } from './previewData';

function node(
  id: string,
  tier: NodeResult['tier'],
  score: number | null,
  status: NodeResult['status'],
): NodeResult {
  return {
    id,
    tier,
    model: tier === 'business' ? '' : 'fraud',
    score,
    status,
    value: tier === 'base' ? 0.3 : null,
    thresholds: { warning: 0.1, critical: 0.25 },
    contributions: tier === 'business' ? [{ child: 'psi', share: 1 }] : [],
    impact:
      tier === 'business'
        ? { measure: 'revenue_at_risk', unit: 'USD/hour', value: 120, exposure: 1000, loss: 0.12 }
        : null,
    decay: 1,
    reason: '',
    updatedAt: 0,
  };
}

function snapshot(at: number, score: number | null): CascadeSnapshot {
  return {
    at,
    nodes: [
      node('revenue', 'business', score, score === null ? 'unknown' : 'critical'),
      node('psi', 'base', score, 'critical'),
    ],
    edges: [{ parent: 'revenue', child: 'psi', weight: 1 }],
    retrainRecommended: {},
  };
}

function feature(name: string, method: DriftMethod, statistic: number | null): FeatureDetail {
  return {
    feature: name,
    drift: {
      feature: name,
      method,
      statistic,
      pValue: null,
      drifted: statistic === null ? null : statistic > 0.25,
      threshold: 0.25,
      currentCount: 100,
      testedCount: 100,
    },
    missingRatio: 0,
    violationsTotal: { type: 0, range: 0, unseen_category: 0 },
  };
}

function model(id: string, features: FeatureDetail[]): ModelDetail {
  return {
    model: id,
    version: 'v1',
    trainedAt: null,
    referenceTakenAt: null,
    hasReference: true,
    features,
    predictionDrift: null,
    predictionsTotal: 0,
    errorsTotal: 0,
    labelsJoinedTotal: 0,
    labelsUnmatchedTotal: 0,
    policyViolationsTotal: 0,
    latency: { bounds: [0.1], counts: [0, 0], sum: 0, count: 0 },
    windowEvents: 100,
    lastEventAt: null,
  };
}

/** Three evaluations: fraud's amount drifts (PSI), its country cannot be tested at first; recs is steady. */
const details: DetailPoint[] = [
  [1000, 0.02, null],
  [1015, 0.4, 0.01],
  [1030, 2.5, 0.03],
].map(([at, amount, country]) => ({
  at: at as number,
  details: [
    model('fraud', [feature('amount', 'psi', amount), feature('country', 'jensenshannon', country)]),
    model('recs', [feature('device', 'ks', 0.05)]),
  ],
}));

describe('previewData', () => {
  const spec = {
    name: 'demo',
    currency: 'EUR',
    models: [],
    nodes: [
      {
        id: 'revenue',
        tier: 'business',
        title: 'Revenue',
        owner: 'cfo',
        playbook: 'https://runbooks.example.com/r',
        children: [],
      },
    ],
  } as unknown as Spec;
  const data = previewData([snapshot(1000, 0.4), snapshot(1015, 0.3), snapshot(1030, null)], spec, details);
  const result = (metric: string) => data.queries.find((q) => q.expr === metric)!.response.data.result;

  it('answers one matrix per contract series, one point per snapshot, as /metrics would expose them', () => {
    expect(data.queries.map((q) => q.expr)).toEqual([
      'mlhealth_node_score',
      'mlhealth_node_status',
      'mlhealth_node_value',
      'mlhealth_node_threshold',
      'mlhealth_node_info',
      'mlhealth_edge_weight',
      'mlhealth_node_contribution',
      'mlhealth_node_last_update_timestamp_seconds',
      'mlhealth_business_impact',
      'mlhealth_business_exposure',
      'mlhealth_business_unit_info',
      'mlhealth_feature_drift',
    ]);
    expect(data.queries.map((q) => q.refId)).toEqual('ABCDEFGHIJKL'.split(''));
    const score = result('mlhealth_node_score').find((s) => s.metric.node === 'revenue')!;
    expect(score.metric).toEqual({
      __name__: 'mlhealth_node_score',
      node: 'revenue',
      tier: 'business',
      model: '',
    });
    // The unknown snapshot has no score sample, only status 3.
    expect(score.values).toEqual([
      [1000, '0.4'],
      [1015, '0.3'],
    ]);
    expect(result('mlhealth_node_status').find((s) => s.metric.node === 'revenue')!.values).toEqual([
      [1000, '2'],
      [1015, '2'],
      [1030, '3'],
    ]);
  });

  it('answers mlhealth_feature_drift per model, feature and method at each evaluation, as /metrics names it', () => {
    const drift = result('mlhealth_feature_drift');
    // Series appear in the order their first sample does (country is first tested at 1015).
    expect(drift.map((s) => s.metric)).toEqual([
      { __name__: 'mlhealth_feature_drift', model: 'fraud', feature: 'amount', method: 'psi' },
      { __name__: 'mlhealth_feature_drift', model: 'recs', feature: 'device', method: 'ks' },
      { __name__: 'mlhealth_feature_drift', model: 'fraud', feature: 'country', method: 'jensenshannon' },
    ]);
    expect(drift.map((s) => s.values)).toEqual([
      [
        [1000, '0.02'],
        [1015, '0.4'],
        [1030, '2.5'],
      ],
      [
        [1000, '0.05'],
        [1015, '0.05'],
        [1030, '0.05'],
      ],
      // No point while the statistic could not be computed, as /metrics has no sample then.
      [
        [1015, '0.01'],
        [1030, '0.03'],
      ],
    ]);
    const query = data.queries.find((q) => q.expr === 'mlhealth_feature_drift')!;
    expect(query).toMatchObject({ format: 'time_series', stepSeconds: 15 });
    expect(query.response).toMatchObject({ status: 'success', data: { resultType: 'matrix' } });
  });

  it('answers an empty drift matrix without model details', () => {
    const without = previewData([snapshot(1000, 0.4)], spec);
    expect(without.queries.find((q) => q.expr === 'mlhealth_feature_drift')!.response.data.result).toEqual(
      [],
    );
  });

  it('describes nodes from the spec and prices impact in its currency', () => {
    expect(result('mlhealth_node_info')[0].metric).toMatchObject({
      title: 'Revenue',
      owner: 'cfo',
      runbook_url: 'https://runbooks.example.com/r',
    });
    expect(data.options.impactUnit).toBe('currencyEUR');
    expect(data.title).toBe('demo — cascade preview');
  });

  it('spans the history in milliseconds with the snapshot interval as step', () => {
    expect(data.timeRange).toEqual({ from: 1_000_000, to: 1_030_000 });
    expect(data.queries.every((q) => q.stepSeconds === 15)).toBe(true);
  });

  it('works before the first evaluation and without a spec', () => {
    const empty = previewData([], null);
    expect(empty.queries.every((q) => q.response.data.result.length === 0)).toBe(true);
    expect(empty.options.impactUnit).toBe('currencyUSD');
    expect(empty.state).toBe('Loading');
    expect(previewData([snapshot(1_763_000_000, 0.9)], null).state).toBe('Done');
  });
});
