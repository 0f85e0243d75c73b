/** A shard's cascade series: the computed ones of its nodes and models, the topology of every node. */
import { evaluateCascade } from '../cascade';
import { NOW, base, inputsOf, makeSpec, parent } from '../cascade/__fixtures__';
import { resolveShardScope } from '../shards';
import { cascadeSamples } from './cascadeSamples';
import { scopeCascadeSamples } from './scopeSamples';

const spec = makeSpec([
  base('a.x', { model: 'a' }),
  base('b.x', { model: 'b' }),
  parent('a.c', ['a.x'], { rule: 'worst_of' }, { model: 'a' }),
  parent('both', ['a.c', 'b.x'], { rule: 'weighted_mean' }, { tier: 'business' }),
]);
const all = cascadeSamples(
  spec,
  evaluateCascade(spec, inputsOf({ 'a.x': 0.3, 'b.x': 0.05 }), NOW),
  new Map(),
);
const nodes = (samples: readonly { labels: Record<string, unknown> }[], label = 'node') =>
  samples.map((s) => s.labels[label]);

test('the computed series of the shard of model a only; the topology of its nodes and the spanning one', () => {
  const scope = resolveShardScope(spec, { kind: 'models', models: ['a'] });
  const mine = scopeCascadeSamples(all, scope);
  expect(nodes(mine.score)).toEqual(['a.x', 'a.c']);
  expect(nodes(mine.status)).toEqual(['a.x', 'a.c']);
  expect(nodes(mine.value)).toEqual(['a.x']);
  expect(nodes(mine.lastUpdate)).toEqual(['a.x', 'a.c']);
  expect(nodes(mine.contribution, 'parent')).toEqual(['a.c']);
  expect(nodes(mine.retrain, 'model')).toEqual(['a']);
  expect(nodes(mine.edgeWeight, 'parent')).toEqual(['a.c', 'both', 'both']);
  expect(nodes(mine.threshold)).toEqual(['a.x', 'a.x', 'a.c', 'a.c', 'both', 'both']);
  expect(nodes(mine.info)).toEqual(['a.x', 'a.c', 'both']);
  // --topology-only: the topology of every node, nothing computed.
  const topology = scopeCascadeSamples(all, resolveShardScope(spec, { kind: 'topology' }));
  expect([topology.edgeWeight, topology.threshold, topology.info]).toEqual([
    all.edgeWeight,
    all.threshold,
    all.info,
  ]);
  expect(topology.status).toEqual([]);
  // The unscoped samples hold the spanning node's computed series; the shard's do not.
  expect(nodes(all.status)).toContain('both');
  expect(nodes(all.contribution, 'parent')).toContain('both');
});
