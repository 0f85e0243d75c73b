/** The shard flags of `mlhealth serve`: each read into its selector, every bad value refused by name. */
import { UsageError } from '../io';
import { parseServeOptions } from './options';
import { MAX_SHARDS } from './shardOptions';

const serve = (...flags: string[]) => parseServeOptions(['--spec', 's.yaml', ...flags]);

test('--shard I/N, --models a,b and --topology-only', () => {
  expect(serve('--shard', '2/3')?.shard).toEqual({ kind: 'hash', index: 2, count: 3 });
  expect(serve('--shard= 0 / 1 ')?.shard).toEqual({ kind: 'hash', index: 0, count: 1 });
  expect(serve('--models', 'fraud, recsys')?.shard).toEqual({ kind: 'models', models: ['fraud', 'recsys'] });
  expect(serve('--topology-only')?.shard).toEqual({ kind: 'topology' });
  expect(serve()).not.toHaveProperty('shard');
});

test.each([
  [['--shard', '3/3'], "--shard '3/3': the index must be below the count (shards are numbered 0..2)"],
  [['--shard', 'a/b'], "--shard 'a/b' is not I/N (e.g. 0/3: the first of three shards)"],
  [['--shard=-1/3'], "--shard '-1/3' is not I/N"],
  [['--shard', '1/0'], "--shard '1/0': the count must be between 1 and 4096"],
  [['--shard', `0/${MAX_SHARDS + 1}`], `--shard '0/${MAX_SHARDS + 1}': the count must be between 1 and 4096`],
  [['--shard', '1'], "--shard '1' is not I/N"],
  [['--models', 'a,,b'], "--models 'a,,b' has an empty item"],
  [
    ['--shard', '0/2', '--models', 'a'],
    '--shard 0/2 and --models a: give one of --shard, --models and --topology-only',
  ],
  [['--models', 'a', '--topology-only'], '--models a and --topology-only: give one of'],
])('refuses %j', (flags, message) => {
  expect(() => serve(...flags)).toThrow(UsageError);
  expect(() => serve(...flags)).toThrow(message);
});

test('the shard flags need a spec: the built-in demo runs as one exporter', () => {
  expect(() => parseServeOptions(['--shard', '0/2'])).toThrow(
    '--shard 0/2 needs --spec: the built-in demo runs as one exporter',
  );
});

test('--rollups says which nodes the rules evaluate, with or without a shard flag', () => {
  expect(serve('--shard', '1/2', '--rollups', 'all')?.shard).toEqual({
    kind: 'hash',
    index: 1,
    count: 2,
    rollups: 'all',
  });
  expect(serve('--rollups', 'prometheus')?.shard).toEqual({ kind: 'all', rollups: 'prometheus' });
  expect(() => serve('--rollups', 'thanos')).toThrow("--rollups 'thanos' is not one of prometheus, all");
  expect(() => serve('--rollups', 'all', '--topology-only')).toThrow(
    '--rollups and --topology-only: a topology-only exporter computes no node at all',
  );
  expect(() => parseServeOptions(['--rollups', 'all'])).toThrow('--rollups all needs --spec');
});
