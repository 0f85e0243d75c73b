import { base, makeSpec, parent } from '../cascade/__fixtures__/index';
import { topologySamples } from './topologySamples';

const spec = makeSpec(
  [
    base('a', { model: 'm' }),
    base('b', { model: 'n' }),
    base('bare', { model: 'n', thresholds: undefined }),
    parent('wm', [['a', 2], 'b'], { rule: 'weighted_mean' }, { model: 'm' }),
    parent(
      'soft',
      ['a', 'b'],
      { rule: 'weighted_mean', critical_floor: false },
      { unknown_policy: 'ignore' },
    ),
    parent(
      'quorum',
      ['wm', 'soft', 'bare'],
      { rule: 'k_of_n', k: 2 },
      {
        tier: 'business',
        unknown_policy: 'max_unknown_share',
        max_unknown_share: 0.05,
        thresholds: { warning: 0.9, critical: 0.6, direction: 'lower_is_worse' },
      },
    ),
    parent('plain', ['quorum']),
  ],
  { defaults: { unknown_policy: 'as_critical' } },
);

describe('topologySamples', () => {
  const t = topologySamples(spec);
  const info = (node: string) => t.rollupInfo.find((s) => s.labels.node === node)?.labels;

  it('describes every parent: rule, k, critical floor, effective policy and depth', () => {
    expect(t.rollupInfo.map((s) => s.labels.node)).toEqual(['wm', 'soft', 'quorum', 'plain']);
    expect(info('wm')).toEqual({
      node: 'wm',
      tier: 'component',
      model: 'm',
      depth: '1',
      rollup: 'weighted_mean',
      k: '',
      unknown_policy: 'as_critical',
      critical_floor: 'true',
    });
    expect(info('soft')).toMatchObject({ model: '', critical_floor: 'false', unknown_policy: 'ignore' });
    expect(info('quorum')).toMatchObject({
      tier: 'business',
      depth: '2',
      rollup: 'k_of_n',
      k: '2',
      critical_floor: '',
    });
    expect(info('plain')).toMatchObject({ depth: '3', rollup: 'worst_of', k: '' });
    expect(t.rollupInfo.every((s) => s.value === 1)).toBe(true);
  });

  it('serves the share of max_unknown_share parents only', () => {
    expect(t.maxUnknownShare).toEqual([{ labels: { node: 'quorum', depth: '2' }, value: 0.05 }]);
  });

  it('serves value thresholds of base nodes that have them and score thresholds of every parent', () => {
    const of = (node: string) =>
      t.threshold.filter((s) => s.labels.node === node).map((s) => [s.labels.level, s.value]);
    expect(of('a')).toEqual([
      ['warning', 0.1],
      ['critical', 0.25],
    ]);
    expect(of('bare')).toEqual([]);
    expect(of('wm')).toEqual([
      ['warning', 0.75],
      ['critical', 0.5],
    ]);
    expect(of('quorum')).toEqual([
      ['warning', 0.9],
      ['critical', 0.6],
    ]);
  });

  it("serves every edge with its weight and its parent's depth", () => {
    expect(t.edgeWeight.filter((s) => s.labels.parent === 'wm')).toEqual([
      { labels: { parent: 'wm', child: 'a', depth: '1' }, value: 2 },
      { labels: { parent: 'wm', child: 'b', depth: '1' }, value: 1 },
    ]);
    expect(t.edgeWeight.filter((s) => s.labels.parent === 'plain').map((s) => s.labels.depth)).toEqual(['3']);
    expect(t.edgeWeight).toHaveLength(2 + 2 + 3 + 1);
  });

  it("labels every threshold with its node's depth (base nodes 0), as rollup_info does", () => {
    const depthOf = (node: string) => t.threshold.find((s) => s.labels.node === node)?.labels.depth;
    expect([depthOf('a'), depthOf('wm'), depthOf('quorum'), depthOf('plain')]).toEqual(['0', '1', '2', '3']);
    for (const s of t.rollupInfo) {
      expect(t.threshold.filter((x) => x.labels.node === s.labels.node).map((x) => x.labels.depth)).toEqual([
        s.labels.depth,
        s.labels.depth,
      ]);
    }
  });
});
