import { MINI_SNAPSHOT, MINI_SPEC } from '../../test/fixtures/miniSpec';
import type { CascadeSnapshot } from '../cascade/types';
import { cascadeSamples } from './cascadeSamples';

/** MINI_SNAPSHOT with `id` set to `status` and `score` (an advisory score under `propagate`). */
function withNode(id: string, status: 'ok' | 'unknown', score: number | null): CascadeSnapshot {
  return {
    ...MINI_SNAPSHOT,
    nodes: MINI_SNAPSHOT.nodes.map((n) => (n.id === id ? { ...n, status, score } : n)),
  };
}

describe('cascadeSamples: missing data is never green', () => {
  it('exports no score for an unknown parent that keeps an advisory score', () => {
    const samples = cascadeSamples(MINI_SPEC, withNode('m.health', 'unknown', 0.92), new Map());
    expect(samples.score.find((s) => s.labels.node === 'm.health')).toBeUndefined();
    expect(samples.status.find((s) => s.labels.node === 'm.health')?.value).toBe(3);
  });

  it('exports no score for any unknown node, of every tier, and the score of every known one', () => {
    for (const node of MINI_SPEC.nodes) {
      const unknown = cascadeSamples(MINI_SPEC, withNode(node.id, 'unknown', 1), new Map());
      expect(unknown.score.map((s) => s.labels.node)).not.toContain(node.id);
      const known = cascadeSamples(MINI_SPEC, withNode(node.id, 'ok', 1), new Map());
      expect(known.score.find((s) => s.labels.node === node.id)?.value).toBe(1);
    }
  });
});

describe('cascadeSamples: business units', () => {
  it('exports each impact measure’s unit and period, before the first evaluation too', () => {
    const business = MINI_SPEC.nodes.filter((n) => n.impact !== undefined);
    expect(business.length).toBeGreaterThan(0);
    for (const snapshot of [null, MINI_SNAPSHOT]) {
      const samples = cascadeSamples(MINI_SPEC, snapshot, new Map());
      expect(samples.unitInfo).toEqual(
        business.map((n) => ({
          labels: {
            node: n.id,
            measure: n.impact!.measure,
            unit: n.impact!.unit.split('/')[0],
            per: n.impact!.unit.split('/')[1] ?? '',
          },
          value: 1,
        })),
      );
    }
  });
});
