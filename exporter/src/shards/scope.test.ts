/** One exporter's scope: the models it ingests, the nodes it exports, and what it says to the others. */
import { base, makeSpec, model, parent } from '../cascade/__fixtures__';
import { UsageError } from '../spec/usageError';
import { shardOf } from './fnv1a';
import { nodesInRules } from './rules';
import { resolveShardScope } from './scope';

// fraud → shard 2 of 3, recsys → shard 1 of 3 (fnv1a.test.ts); 'gateway' is a PromQL base of no model.
const SPEC = makeSpec(
  [
    base('fraud.drift.amount', { model: 'fraud' }),
    base('fraud.serving.errors', { model: 'fraud' }),
    base('recsys.drift.amount', { model: 'recsys' }),
    base('gateway.errors', { signal: { kind: 'promql', source: 'prom', query: 'up' } }),
    parent(
      'fraud.health',
      ['fraud.drift.amount', 'fraud.serving.errors'],
      { rule: 'worst_of' },
      { model: 'fraud' },
    ),
    parent('fraud.outcome', ['fraud.health'], { rule: 'worst_of' }, { tier: 'business' }),
    parent(
      'revenue',
      ['fraud.health', 'recsys.drift.amount', 'gateway.errors'],
      { rule: 'worst_of' },
      { tier: 'business' },
    ),
    parent('odd', ['fraud.drift.amount', 'recsys.drift.amount'], { rule: 'worst_of' }, { model: 'fraud' }),
  ],
  { models: [model('fraud'), model('recsys')] },
);

test('the rules evaluate the parents over two models or more (all: every parent), whatever the sharding', () => {
  expect([...nodesInRules(SPEC.nodes, 'prometheus')]).toEqual(['revenue', 'odd']);
  expect([...nodesInRules(SPEC.nodes, 'all')]).toEqual(['fraud.health', 'fraud.outcome', 'revenue', 'odd']);
});

test('--shard I/N: the models hashing to I, their base nodes and single-model parents', () => {
  const fraudShard = resolveShardScope(SPEC, { kind: 'hash', index: shardOf('fraud', 3), count: 3 });
  expect([...fraudShard.models]).toEqual(['fraud']);
  // 'fraud' is the spec's first model: its shard also exports the base node of no model; the business
  // node fraud.outcome has no model of its own but only fraud's nodes beneath it.
  expect([...fraudShard.nodes]).toEqual([
    'fraud.drift.amount',
    'fraud.serving.errors',
    'gateway.errors',
    'fraud.health',
    'fraud.outcome',
  ]);
  expect([...fraudShard.topology]).toEqual([...fraudShard.nodes, 'revenue', 'odd']);
  expect(fraudShard.misdirected('fraud')).toBeNull();
  expect(fraudShard.misdirected('recsys')).toBe("model 'recsys' belongs to shard 1/3 (--shard)");
  expect(fraudShard.describe()).toBe('shard 2/3 (--shard): 1 model of 2, 5 nodes of 8 computed here');
  const empty = resolveShardScope(SPEC, { kind: 'hash', index: 0, count: 3 });
  expect([...empty.models, ...empty.nodes]).toEqual([]);
});

test('the shards of any N partition the models and the exporter-side nodes', () => {
  const spanning = nodesInRules(SPEC.nodes, 'prometheus');
  for (const count of [1, 2, 3, 5]) {
    const scopes = Array.from({ length: count }, (_, index) =>
      resolveShardScope(SPEC, { kind: 'hash', index, count }),
    );
    const models = scopes.flatMap((s) => [...s.models]).sort();
    const nodes = scopes.flatMap((s) => [...s.nodes]).sort();
    expect(models).toEqual(['fraud', 'recsys']);
    expect(nodes).toEqual(
      SPEC.nodes
        .map((n) => n.id)
        .filter((id) => !spanning.has(id))
        .sort(),
    );
  }
});

test('--models: the listed models; the others are refused naming the list', () => {
  const scope = resolveShardScope(SPEC, { kind: 'models', models: ['recsys'] });
  expect([...scope.nodes]).toEqual(['recsys.drift.amount']);
  expect(scope.misdirected('fraud')).toBe("model 'fraud' is not in this exporter's --models (recsys)");
  expect(scope.describe()).toBe('--models recsys: 1 model of 2, 1 node of 8 computed here');
});

test('--models: unknown and repeated ids are refused at once, with a did-you-mean', () => {
  const run = () => resolveShardScope(SPEC, { kind: 'models', models: ['frad', 'recsys', 'recsys', 'zzz'] });
  expect(run).toThrow(UsageError);
  expect(run).toThrow(
    "--models 'frad,recsys,recsys,zzz': no model 'frad' in the spec (did you mean 'fraud'?); 'recsys' is listed twice; no model 'zzz' in the spec; the spec's models: fraud, recsys",
  );
});

test('--shard with an index not below the count is refused, naming the value', () => {
  expect(() => resolveShardScope(SPEC, { kind: 'hash', index: 3, count: 3 })).toThrow(
    "--shard '3/3': the index must be below the count (shards 0..2)",
  );
});

test('--topology-only owns nothing and says so', () => {
  const scope = resolveShardScope(SPEC, { kind: 'topology' });
  expect(scope.models.size + scope.nodes.size).toBe(0);
  expect(scope.misdirected('fraud')).toBe(
    "model 'fraud' is not ingested here: this exporter runs --topology-only",
  );
});

test('--rollups all: a shard exports its base nodes only, the rules every tier above', () => {
  const scope = resolveShardScope(SPEC, {
    kind: 'hash',
    index: shardOf('fraud', 3),
    count: 3,
    rollups: 'all',
  });
  expect([...scope.nodes]).toEqual(['fraud.drift.amount', 'fraud.serving.errors', 'gateway.errors']);
  expect(scope.describe()).toBe(
    'shard 2/3 (--shard): 1 model of 2, 3 nodes of 8 computed here (--rollups all: every tier above the base one in the rules)',
  );
});

test('--rollups alone: one exporter of every model, the spanning nodes left to the rules', () => {
  const scope = resolveShardScope(SPEC, { kind: 'all', rollups: 'prometheus' });
  expect([...scope.models]).toEqual(['fraud', 'recsys']);
  expect([...scope.nodes]).toEqual([
    'fraud.drift.amount',
    'fraud.serving.errors',
    'recsys.drift.amount',
    'gateway.errors',
    'fraud.health',
    'fraud.outcome',
  ]);
});

test('a shard evaluates (and polls) the nodes beneath its own, whoever exports them', () => {
  const spec = makeSpec(
    [
      base('fraud.x', { model: 'fraud' }),
      base('recsys.x', { model: 'recsys' }),
      base('gateway.errors', { signal: { kind: 'promql', source: 'prom', query: 'up' } }),
      parent('recsys.health', ['recsys.x', 'gateway.errors'], { rule: 'worst_of' }, { model: 'recsys' }),
    ],
    { models: [model('fraud'), model('recsys')] },
  );
  const recsys = resolveShardScope(spec, { kind: 'models', models: ['recsys'] });
  expect([...recsys.nodes]).toEqual(['recsys.x', 'recsys.health']);
  expect([...recsys.needed].sort()).toEqual(['gateway.errors', 'recsys.health', 'recsys.x']);
  // gateway.errors is exported by the shard of the first model, fraud.
  expect([...resolveShardScope(spec, { kind: 'models', models: ['fraud'] }).nodes]).toEqual([
    'fraud.x',
    'gateway.errors',
  ]);
});
