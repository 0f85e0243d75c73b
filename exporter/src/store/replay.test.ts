/**
 * Restart equivalence with the real signals monitor: a monitor rebuilt from its checkpoint plus the log
 * replayed after it has the same state and evaluates the same as the monitor that never stopped.
 */
import { mulberry32, normal } from '../demo/prng';
import type { PredictionEvent } from '../signals/events';
import { event, fraudModel, monitorConfig, referenceRows } from '../signals/__fixtures__/specs';
import { ModelMonitor } from '../signals/monitor';
import type { MonitorState } from '../signals/monitorState';
import { buildReferenceProfile } from '../signals/reference';
import { removeTempDirs, tempDir } from './__fixtures__/tempDir';
import { Checkpointer, DEFAULT_CHECKPOINT_POLICY, checkpointDue } from './checkpointer';
import { GroupCommit } from './groupCommit';
import { replayModel } from './replay';
import { openStore } from './store';

const NOW = 1_700_000_000;
const model = fraudModel();
const reference = buildReferenceProfile(model, referenceRows(mulberry32(1), 2000, normal), NOW - 86_400);
const config = monitorConfig(
  {
    drift: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
    miss: { kind: 'missing_ratio' },
    lat: { kind: 'latency', stat: 'p95' },
    acc: { kind: 'realized_performance', metric: 'accuracy' },
    viol: { kind: 'policy_violations' },
  },
  model,
);

function traffic(n: number, at: number, seed: number): PredictionEvent[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, (_, i) =>
    event({
      id: `e${seed}-${i}`,
      timestamp: at - u() * 5,
      features: {
        amount: normal(u, 100 + seed, 20),
        age: u() < 0.1 ? null : normal(u, 40, 10),
        country: ['de', 'fr', 'us'][i % 3],
        channel: 'web',
      },
      prediction: u() < 0.2 ? 'fraud' : 'ok',
      confidence: 0.6 + 0.4 * u(),
      latencySeconds: 0.01 + 0.1 * u(),
    }),
  );
}

afterEach(removeTempDirs);

describe('restart from checkpoint + log', () => {
  it('rebuilds a monitor that equals the one that never stopped, in state and evaluation', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const live = new ModelMonitor(config, { now: NOW, reference });
    const checkpointer = new Checkpointer(store, () => live.toJSON());
    const group = new GroupCommit(store);
    for (let b = 1; b <= 20; b++) {
      const at = NOW + b * 3;
      const events = traffic(200, at, b);
      await group.submit('fraud', { kind: 'events', events }, at, (seq) => {
        live.ingest(events, at);
        checkpointer.applied('fraud', seq);
      });
      const labels = events
        .slice(0, 50)
        .map((e) => ({ id: e.id as string, label: b % 2 === 0 ? 'ok' : 'fraud' }));
      await group.submit('fraud', { kind: 'labels', labels }, at, (seq) => {
        live.ingestLabels(labels, at);
        checkpointer.applied('fraud', seq);
      });
      if (b === 9) {
        await group.submit('fraud', { kind: 'violations', count: 2 }, at, (seq) => {
          live.recordPolicyViolation(at, 2);
          checkpointer.applied('fraud', seq);
        });
        await group.submit(
          'fraud',
          { kind: 'facts', facts: { version: 'v2', trainedAt: NOW - 5000 } },
          at,
          (seq) => {
            live.setModelFacts({ version: 'v2', trainedAt: NOW - 5000 });
            checkpointer.applied('fraud', seq);
          },
        );
      }
      if (b === 12) checkpointer.checkpoint('fraud', at);
    }
    store.close();

    const reopened = openStore(dir);
    const cp = reopened.readCheckpoint('fraud');
    expect(cp?.seq).toBe(2 * 12 + 2);
    const restored = ModelMonitor.fromJSON(config, cp?.state as MonitorState, { now: NOW + 100, reference });
    const replay = replayModel(reopened, 'fraud', restored, cp?.seq ?? 0);
    reopened.close();
    expect(replay).toEqual({ entries: 16, events: 8 * 200, lastSeq: 42, failures: [] });
    expect(restored.toJSON()).toEqual(live.toJSON());
    expect(restored.evaluate(NOW + 70)).toEqual(live.evaluate(NOW + 70));
  });

  it('reports an entry the monitor refuses and applies the rest', () => {
    const store = openStore(tempDir());
    store.appendIngestBatch('fraud', traffic(5, NOW, 1), NOW);
    store.append('fraud', { kind: 'violations', count: -1 }, NOW);
    store.appendIngestBatch('fraud', traffic(5, NOW, 2), NOW);
    const monitor = new ModelMonitor(config, { now: NOW, reference });
    const replay = replayModel(store, 'fraud', monitor, 0);
    store.close();
    expect(replay.entries).toBe(2);
    expect(replay.events).toBe(10);
    expect(replay.lastSeq).toBe(3);
    expect(replay.failures).toEqual([
      'replayModel: fraud entry 2 (violations): ModelMonitor.recordPolicyViolation: count -1, expected ≥ 0',
    ]);
    expect(monitor.toJSON().totals.events).toBe(10);
  });
});

describe('checkpoint policy', () => {
  const policy = { maxEntries: 10, maxBytes: 1000, maxAgeSeconds: 60 };

  it('is never due for an empty backlog, even an old one', () => {
    expect(checkpointDue({ entries: 0, bytes: 0, since: 0 }, 1e9, policy)).toBe(false);
  });

  it('is due past the entry or byte limit, or once old', () => {
    expect(checkpointDue({ entries: 10, bytes: 0, since: 100 }, 100, policy)).toBe(true);
    expect(checkpointDue({ entries: 1, bytes: 1000, since: 100 }, 100, policy)).toBe(true);
    expect(checkpointDue({ entries: 1, bytes: 10, since: 100 }, 159, policy)).toBe(false);
    expect(checkpointDue({ entries: 1, bytes: 10, since: 100 }, 160, policy)).toBe(true);
    expect(DEFAULT_CHECKPOINT_POLICY.maxAgeSeconds).toBe(60);
  });

  it('checkpoints the due models, pruning their log, and leaves the others', () => {
    const store = openStore(tempDir());
    const checkpointer = new Checkpointer(store, (m) => ({ state: m }), policy);
    checkpointer.track('a', 0, NOW);
    checkpointer.track('b', 0, NOW);
    for (let i = 0; i < 10; i++)
      checkpointer.applied('a', store.appendIngestBatch('a', traffic(1, NOW, i), NOW));
    checkpointer.applied('b', store.appendIngestBatch('b', traffic(1, NOW, 99), NOW));
    expect(checkpointer.checkpointDue(NOW + 1)).toEqual(['a']);
    expect(store.readCheckpoint('a')).toMatchObject({ seq: 10, state: { state: 'a' } });
    expect([...store.readLogSince('a', 0)]).toHaveLength(0);
    expect(checkpointer.checkpointDue(NOW + 61)).toEqual(['b']);
    expect(checkpointer.checkpointAll(NOW + 62)).toEqual([]);
    store.close();
  });
});
