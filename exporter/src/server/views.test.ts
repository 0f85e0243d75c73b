import { MINI_SNAPSHOT, MINI_SPEC } from '../../test/fixtures/miniSpec';
import { cascadeJson } from './cascadeView';
import { baseInputs } from '../dependencies/signalInputs';
import type { SignalSpec } from '../spec/types';
import { lineageOf } from './lineage';
import { nodeDetailJson } from './nodeView';

describe('cascadeJson', () => {
  it('lists every node with its result, the edges and the spec identity', () => {
    const json = cascadeJson(MINI_SPEC, 'sha', MINI_SNAPSHOT);
    expect(json.spec).toEqual({ name: 'mini', version: '1', sha256: 'sha', currency: 'USD' });
    expect(json.at).toBe(1000);
    expect(json.nodes.map((n) => n.id)).toEqual(['m.drift.x', 'm.serving.latency', 'm.health', 'revenue']);
    const drift = json.nodes[0];
    expect(drift).toMatchObject({
      status: 'critical',
      status_code: 2,
      score: 0.3,
      value: 0.31,
      unit: 'none',
    });
    expect(json.nodes[3].impact).toEqual({
      measure: 'revenue_at_risk',
      unit: 'USD/hour',
      value: 350,
      exposure: 1000,
      loss: 0.35,
    });
    expect(json.edges).toContainEqual({ parent: 'm.health', child: 'm.drift.x', weight: 2 });
    expect(json.retrain_recommended).toEqual({ m: true });
  });

  it('says unknown for every node before the first evaluation', () => {
    const json = cascadeJson(MINI_SPEC, 'sha', null);
    expect(json.at).toBeNull();
    expect(json.nodes.every((n) => n.status === 'unknown' && n.score === null)).toBe(true);
  });
});

describe('lineageOf', () => {
  it('goes from a business node down to features and signals', () => {
    const tree = lineageOf(MINI_SPEC, 'revenue');
    expect(tree.children?.[0].id).toBe('m.health');
    const drift = tree.children?.[0].children?.[0];
    expect(drift).toMatchObject({
      id: 'm.drift.x',
      weight: 2,
      signal: { kind: 'feature_drift', feature: 'x' },
    });
    // A drift statistic compares the feature with the reference: both are its inputs, as the kind table
    // (spec/signalKinds.ts) says for lineage and dependency risk alike.
    expect(drift?.inputs).toEqual([
      { kind: 'model_feature', model: 'm', feature: 'x' },
      { kind: 'model_reference', model: 'm' },
    ]);
    expect(tree.children?.[0].children?.[1].inputs).toEqual([{ kind: 'model_events', model: 'm' }]);
  });

  it('agrees with dependency risk on every signal kind, reference age reading the reference', () => {
    const kinds: [SignalSpec, string[]][] = [
      [{ kind: 'reference_age' }, ['model_reference']],
      [{ kind: 'model_age' }, ['governance']],
      [{ kind: 'realized_performance', metric: 'accuracy' }, ['model_events', 'model_labels']],
      [{ kind: 'missing_ratio', feature: 'x' }, ['model_feature']],
      [{ kind: 'drift_share' }, ['model_events', 'model_reference']],
    ];
    for (const [signal, expected] of kinds) {
      const spec = {
        ...MINI_SPEC,
        nodes: [{ id: 'n', tier: 'base' as const, title: 'n', model: 'm', signal }],
      };
      const inputs = lineageOf(spec, 'n').inputs ?? [];
      expect(inputs.map((i) => i.kind)).toEqual(expected);
      const vertices = baseInputs(spec.nodes[0]).map((v) => v.split(':')[0]);
      const asVertex: Record<string, string> = {
        model_events: 'model',
        model_feature: 'feature',
        model_reference: 'reference',
        model_labels: 'labels',
        governance: 'governance',
      };
      expect(vertices).toEqual(expected.map((k) => asVertex[k]));
    }
  });

  it('expands a node reached twice only once', () => {
    const spec = {
      ...MINI_SPEC,
      nodes: [
        ...MINI_SPEC.nodes,
        {
          id: 'both',
          tier: 'business' as const,
          title: 'both',
          children: [
            { node: 'm.health', weight: 1 },
            { node: 'm.drift.x', weight: 1 },
          ],
        },
      ],
    };
    const tree = lineageOf(spec, 'both');
    expect(tree.children?.[1]).toEqual({
      id: 'm.drift.x',
      tier: 'base',
      title: 'x drift "quoted"',
      weight: 1,
      seen_above: true,
    });
  });

  it('throws on an unknown node', () => {
    expect(() => lineageOf(MINI_SPEC, 'nope')).toThrow("lineageOf: node 'nope' is not in spec mini");
  });
});

describe('nodeDetailJson', () => {
  it('gives definition, parents, escalation with its team, and history', () => {
    const older = {
      ...MINI_SNAPSHOT,
      at: 995,
      nodes: MINI_SNAPSHOT.nodes.map((n) => ({ ...n, score: 1, status: 'ok' as const })),
    };
    const detail = nodeDetailJson(MINI_SPEC, 'm.health', MINI_SNAPSHOT, [older, MINI_SNAPSHOT]);
    expect(detail?.definition.rollup).toEqual({ rule: 'worst_of' });
    expect(detail?.parents).toEqual(['revenue']);
    expect(detail?.escalation?.policy.id).toBe('oncall');
    expect(detail?.escalation?.team?.id).toBe('team-a');
    expect(detail?.history).toEqual([
      { at: 995, score: 1, status: 'ok', value: null },
      { at: 1000, score: 0.3, status: 'unknown', value: null },
    ]);
    expect(detail?.node.contributions).toEqual([{ child: 'm.drift.x', share: 1 }]);
  });

  it('explains a node down to its root cause', () => {
    const detail = nodeDetailJson(MINI_SPEC, 'revenue', MINI_SNAPSHOT, [MINI_SNAPSHOT]);
    expect(detail?.cause_chain).toEqual(['revenue', 'm.health', 'm.serving.latency']);
    expect(detail?.explanation).toMatch(/^revenue → critical: /);
    expect(nodeDetailJson(MINI_SPEC, 'revenue', null, [])?.explanation).toBeNull();
  });

  it('is null for an unknown node', () => {
    expect(nodeDetailJson(MINI_SPEC, 'nope', null, [])).toBeNull();
  });
});
