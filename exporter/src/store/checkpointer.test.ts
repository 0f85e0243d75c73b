/**
 * The checkpoint policy (pure) and the checkpointer on a real in-memory store: a checkpoint is due at
 * the entry or byte limit or past the age, never for an empty log; taken right after the write that
 * reaches a limit, it leaves nothing to replay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchOf } from './__fixtures__/events';
import {
  Checkpointer,
  checkpointDue,
  DEFAULT_CHECKPOINT_POLICY,
  type CheckpointPolicy,
} from './checkpointer';
import { openMemoryStore } from './store';

const P = DEFAULT_CHECKPOINT_POLICY;
const NOW = 1_700_000_000;

describe('checkpointDue', () => {
  it('is due from the entry limit on, not one entry before', () => {
    expect(checkpointDue({ entries: P.maxEntries - 1, bytes: 1, since: NOW }, NOW, P)).toBe(false);
    expect(checkpointDue({ entries: P.maxEntries, bytes: 1, since: NOW }, NOW, P)).toBe(true);
  });

  it('is due from the byte limit on, not one byte before', () => {
    expect(checkpointDue({ entries: 1, bytes: P.maxBytes - 1, since: NOW }, NOW, P)).toBe(false);
    expect(checkpointDue({ entries: 1, bytes: P.maxBytes, since: NOW }, NOW, P)).toBe(true);
  });

  it('is due once the age limit has passed since the last checkpoint', () => {
    const backlog = { entries: 1, bytes: 1, since: NOW };
    expect(checkpointDue(backlog, NOW + P.maxAgeSeconds - 0.001, P)).toBe(false);
    expect(checkpointDue(backlog, NOW + P.maxAgeSeconds, P)).toBe(true);
  });

  it('is never due for an empty log, however old', () => {
    expect(checkpointDue({ entries: 0, bytes: 0, since: 0 }, NOW, P)).toBe(false);
  });
});

describe('DEFAULT_CHECKPOINT_POLICY', () => {
  it('bounds the replay by bytes before entries for the benchmark batches (500 × 20 features, ~106 KiB)', () => {
    // A batch of 500 events × 20 numeric features is ~106 KiB of log (bench:restart): the byte limit,
    // which tracks replay time, must come first for such batches; the entry limit covers small ones.
    expect(P.maxBytes / (106 * 1024)).toBeLessThan(P.maxEntries);
  });

  it('is the policy docs/durability.md and the serve usage quote', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/durability.md'), 'utf8');
    expect(doc).toContain(`${P.maxBytes / (1024 * 1024)} MiB`);
    expect(doc).toContain(`${P.maxEntries.toLocaleString('en-US')} entries`);
    expect(doc).toContain(`${P.maxAgeSeconds} s`);
  });
});

describe('Checkpointer', () => {
  function setUp(policy: CheckpointPolicy) {
    const store = openMemoryStore(NOW);
    const checkpointer = new Checkpointer(store, () => ({ state: 'of m' }), policy);
    checkpointer.track('m', 0, NOW);
    const write = (i: number) => {
      const { seq, bytes } = store.appendSized('m', { kind: 'events', events: batchOf(i) }, NOW + i);
      checkpointer.applied('m', seq, bytes);
      return { seq, bytes, checkpointed: checkpointer.checkpointIfDue('m', NOW + i) };
    };
    return { store, write };
  }

  it('checkpoints right after the write that reaches the entry limit, leaving nothing to replay', () => {
    const { store, write } = setUp({ maxEntries: 3, maxBytes: Number.MAX_SAFE_INTEGER, maxAgeSeconds: 3600 });
    expect([write(1).checkpointed, write(2).checkpointed]).toEqual([false, false]);
    expect(store.backlog('m').entries).toBe(2);
    const third = write(3);
    expect(third.checkpointed).toBe(true);
    expect(store.backlog('m')).toEqual({ entries: 0, bytes: 0, events: 0 });
    expect(store.readCheckpoint('m')?.seq).toBe(third.seq);
  });

  it('checkpoints right after the write that reaches the byte limit', () => {
    const probe = setUp(P).write(1).bytes;
    const { store, write } = setUp({ maxEntries: 1000, maxBytes: probe + 1, maxAgeSeconds: 3600 });
    expect(write(1).checkpointed).toBe(false);
    expect(store.backlog('m').bytes).toBe(probe);
    expect(write(2).checkpointed).toBe(true);
    expect(store.backlog('m').entries).toBe(0);
  });

  it('checkpoints every model with a log at shutdown, and none without', () => {
    const { store, write } = setUp(P);
    write(1);
    const checkpointer = new Checkpointer(store, () => ({}), P);
    checkpointer.track('m', 0, NOW);
    checkpointer.track('idle', 0, NOW);
    checkpointer.applied('m', 1, 10);
    expect(checkpointer.checkpointAll(NOW + 1)).toEqual(['m']);
    expect(store.backlog('m').entries).toBe(0);
  });
});
