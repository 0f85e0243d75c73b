import type { CascadeSnapshot, NodeResult } from '../cascade/types';
import type { Spec } from '../spec/types';
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
  const data = previewData([snapshot(1000, 0.4), snapshot(1015, 0.3), snapshot(1030, null)], spec);
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
    ]);
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
  });
});
