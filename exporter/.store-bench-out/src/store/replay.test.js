"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Restart equivalence with the real signals monitor: a monitor rebuilt from its checkpoint plus the log
 * replayed after it has the same state and evaluates the same as the monitor that never stopped.
 */
const prng_1 = require("../demo/prng");
const specs_1 = require("../signals/__fixtures__/specs");
const monitor_1 = require("../signals/monitor");
const reference_1 = require("../signals/reference");
const tempDir_1 = require("./__fixtures__/tempDir");
const checkpointer_1 = require("./checkpointer");
const groupCommit_1 = require("./groupCommit");
const replay_1 = require("./replay");
const store_1 = require("./store");
const NOW = 1_700_000_000;
const model = (0, specs_1.fraudModel)();
const reference = (0, reference_1.buildReferenceProfile)(model, (0, specs_1.referenceRows)((0, prng_1.mulberry32)(1), 2000, prng_1.normal), NOW - 86_400);
const config = (0, specs_1.monitorConfig)({
    drift: { kind: 'feature_drift', feature: 'amount', method: 'psi' },
    miss: { kind: 'missing_ratio' },
    lat: { kind: 'latency', stat: 'p95' },
    acc: { kind: 'realized_performance', metric: 'accuracy' },
    viol: { kind: 'policy_violations' },
}, model);
function traffic(n, at, seed) {
    const u = (0, prng_1.mulberry32)(seed);
    return Array.from({ length: n }, (_, i) => (0, specs_1.event)({
        id: `e${seed}-${i}`,
        timestamp: at - u() * 5,
        features: {
            amount: (0, prng_1.normal)(u, 100 + seed, 20),
            age: u() < 0.1 ? null : (0, prng_1.normal)(u, 40, 10),
            country: ['de', 'fr', 'us'][i % 3],
            channel: 'web',
        },
        prediction: u() < 0.2 ? 'fraud' : 'ok',
        confidence: 0.6 + 0.4 * u(),
        latencySeconds: 0.01 + 0.1 * u(),
    }));
}
afterEach(tempDir_1.removeTempDirs);
describe('restart from checkpoint + log', () => {
    it('rebuilds a monitor that equals the one that never stopped, in state and evaluation', async () => {
        const dir = (0, tempDir_1.tempDir)();
        const store = (0, store_1.openStore)(dir);
        const live = new monitor_1.ModelMonitor(config, { now: NOW, reference });
        const checkpointer = new checkpointer_1.Checkpointer(store, () => live.toJSON());
        const group = new groupCommit_1.GroupCommit(store);
        for (let b = 1; b <= 20; b++) {
            const at = NOW + b * 3;
            const events = traffic(200, at, b);
            await group.submit('fraud', { kind: 'events', events }, at, (seq) => {
                live.ingest(events, at);
                checkpointer.applied('fraud', seq);
            });
            const labels = events
                .slice(0, 50)
                .map((e) => ({ id: e.id, label: b % 2 === 0 ? 'ok' : 'fraud' }));
            await group.submit('fraud', { kind: 'labels', labels }, at, (seq) => {
                live.ingestLabels(labels, at);
                checkpointer.applied('fraud', seq);
            });
            if (b === 9) {
                await group.submit('fraud', { kind: 'violations', count: 2 }, at, (seq) => {
                    live.recordPolicyViolation(at, 2);
                    checkpointer.applied('fraud', seq);
                });
                await group.submit('fraud', { kind: 'facts', facts: { version: 'v2', trainedAt: NOW - 5000 } }, at, (seq) => {
                    live.setModelFacts({ version: 'v2', trainedAt: NOW - 5000 });
                    checkpointer.applied('fraud', seq);
                });
            }
            if (b === 12)
                checkpointer.checkpoint('fraud', at);
        }
        store.close();
        const reopened = (0, store_1.openStore)(dir);
        const cp = reopened.readCheckpoint('fraud');
        expect(cp?.seq).toBe(2 * 12 + 2);
        const restored = monitor_1.ModelMonitor.fromJSON(config, cp?.state, { now: NOW + 100, reference });
        const replay = (0, replay_1.replayModel)(reopened, 'fraud', restored, cp?.seq ?? 0);
        reopened.close();
        expect(replay).toEqual({ entries: 16, events: 8 * 200, lastSeq: 42, failures: [] });
        expect(restored.toJSON()).toEqual(live.toJSON());
        expect(restored.evaluate(NOW + 70)).toEqual(live.evaluate(NOW + 70));
    });
    it('reports an entry the monitor refuses and applies the rest', () => {
        const store = (0, store_1.openStore)((0, tempDir_1.tempDir)());
        store.appendIngestBatch('fraud', traffic(5, NOW, 1), NOW);
        store.append('fraud', { kind: 'violations', count: -1 }, NOW);
        store.appendIngestBatch('fraud', traffic(5, NOW, 2), NOW);
        const monitor = new monitor_1.ModelMonitor(config, { now: NOW, reference });
        const replay = (0, replay_1.replayModel)(store, 'fraud', monitor, 0);
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
        expect((0, checkpointer_1.checkpointDue)({ entries: 0, bytes: 0, since: 0 }, 1e9, policy)).toBe(false);
    });
    it('is due past the entry or byte limit, or once old', () => {
        expect((0, checkpointer_1.checkpointDue)({ entries: 10, bytes: 0, since: 100 }, 100, policy)).toBe(true);
        expect((0, checkpointer_1.checkpointDue)({ entries: 1, bytes: 1000, since: 100 }, 100, policy)).toBe(true);
        expect((0, checkpointer_1.checkpointDue)({ entries: 1, bytes: 10, since: 100 }, 159, policy)).toBe(false);
        expect((0, checkpointer_1.checkpointDue)({ entries: 1, bytes: 10, since: 100 }, 160, policy)).toBe(true);
        expect(checkpointer_1.DEFAULT_CHECKPOINT_POLICY.maxAgeSeconds).toBe(60);
    });
    it('checkpoints the due models, pruning their log, and leaves the others', () => {
        const store = (0, store_1.openStore)((0, tempDir_1.tempDir)());
        const checkpointer = new checkpointer_1.Checkpointer(store, (m) => ({ state: m }), policy);
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
//# sourceMappingURL=replay.test.js.map