/**
 * The durable state as the exporter uses it, on a real store and the real signals monitor: what was
 * committed and applied before a close (or a crash) is what a new process restores.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MINI_SNAPSHOT, MINI_SPEC } from '../../test/fixtures/miniSpec';
import type { CascadeSnapshot } from '../cascade/types';
import type { PredictionEvent } from '../signals/events';
import { buildReferenceProfile } from '../signals/reference';
import { removeTempDirs, tempDir } from './__fixtures__/tempDir';
import { DurableState } from './durableState';
import { STORE_FILE } from './openDatabase';
import { openMemoryStore, openStore } from './store';
import { StoreError } from './storeError';

const NOW = 1_700_000_000;
const model = MINI_SPEC.models[0];
const fileReference = buildReferenceProfile(
  model,
  Array.from({ length: 400 }, (_, i) => ({ features: { x: (i % 10) + 0.5, c: i % 3 === 0 ? 'b' : 'a' } })),
  NOW - 86_400,
);

function events(n: number, shift: number, at: number): PredictionEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    timestamp: at,
    id: `p${at}-${i}`,
    features: { x: ((i * 7) % 10) + shift, c: i % 2 === 0 ? 'a' : 'b' },
    typeViolations: [],
    prediction: i % 3 === 0 ? '1' : '0',
    confidence: 0.9,
    latencySeconds: 0.05 + (i % 5) / 100,
    error: null,
    attributions: null,
  }));
}

function open(dir: string, lines: string[] = []): DurableState {
  return new DurableState(openStore(dir), {
    spec: MINI_SPEC,
    specSha256: 'sha-1',
    log: (l) => lines.push(l),
  });
}

afterEach(removeTempDirs);

describe('DurableState', () => {
  it('restores monitors, counters and the reference after a clean close', async () => {
    const dir = tempDir();
    const first = open(dir);
    const monitor = first.restoreMonitor('m', fileReference, NOW);
    for (let b = 0; b < 5; b++) {
      const batch = events(50, b * 0.1, NOW + b);
      const answer = await first.commit('m', { kind: 'events', events: batch }, NOW + b, () =>
        monitor.ingest(batch, NOW + b),
      );
      expect(answer).toEqual({ accepted: 50, outsideWindow: 0 });
    }
    const shifted = buildReferenceProfile(
      model,
      Array.from({ length: 100 }, (_, i) => ({ features: { x: i % 5, c: 'a' } })),
      NOW + 5,
    );
    monitor.setReference(shifted, NOW + 5);
    first.referenceChanged('m', shifted, NOW + 5);
    const batch = events(30, 0, NOW + 6);
    await first.commit('m', { kind: 'events', events: batch }, NOW + 6, () => monitor.ingest(batch, NOW + 6));
    await first.commit('m', { kind: 'labels', labels: [{ id: `p${NOW + 6}-0`, label: '1' }] }, NOW + 6, () =>
      monitor.ingestLabels([{ id: `p${NOW + 6}-0`, label: '1' }], NOW + 6),
    );
    const expected = monitor.toJSON();
    first.close(NOW + 7);

    const lines: string[] = [];
    const second = open(dir, lines);
    // The file reference is ignored: the one uploaded through the API was stored.
    const restored = second.restoreMonitor('m', fileReference, NOW + 8);
    expect(restored.toJSON()).toEqual(expected);
    expect(restored.evaluate(NOW + 9)).toEqual(monitor.evaluate(NOW + 9));
    expect(second.acceptedEvents()).toEqual(new Map([['m', 5 * 50 + 30]]));
    expect(lines).toEqual([]); // clean close: checkpointed, nothing to replay
    second.close(NOW + 10);
  });

  it('restores by replaying the log when the process died without a checkpoint', async () => {
    const dir = tempDir();
    const first = open(dir);
    const monitor = first.restoreMonitor('m', fileReference, NOW);
    const batch = events(40, 0.3, NOW);
    await first.commit('m', { kind: 'events', events: batch }, NOW, () => monitor.ingest(batch, NOW));
    await first.commit('m', { kind: 'facts', facts: { version: '2.0' } }, NOW, () =>
      monitor.setModelFacts({ version: '2.0' }),
    );
    const { bytes } = first.store.backlog('m');
    expect(bytes).toBeGreaterThan(0);
    first.store.close(); // no checkpoint: as after kill -9
    const lines: string[] = [];
    const second = open(dir, lines);
    const restored = second.restoreMonitor('m', fileReference, NOW + 1);
    expect(restored.toJSON()).toEqual(monitor.toJSON());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^mlhealth: restored m: replayed 2 log entries \\(40 events, ${bytes} bytes\\) after the checkpoint in \\d+ ms \\(\\d+ ms CPU\\)$`,
      ),
    );
    second.close(NOW + 2);
  });

  it('checkpoints right after the write that reaches a limit, so a crash then replays nothing', async () => {
    const dir = tempDir();
    const checkpointPolicy = { maxEntries: 3, maxBytes: Number.MAX_SAFE_INTEGER, maxAgeSeconds: 3600 };
    const first = new DurableState(openStore(dir), {
      spec: MINI_SPEC,
      specSha256: 's',
      log: () => {},
      checkpointPolicy,
    });
    const monitor = first.restoreMonitor('m', fileReference, NOW);
    for (let b = 0; b < 3; b++) {
      expect(first.store.backlog('m').entries).toBe(b); // no tick runs in this test
      const batch = events(20, b * 0.1, NOW + b);
      await first.commit('m', { kind: 'events', events: batch }, NOW + b, () =>
        monitor.ingest(batch, NOW + b),
      );
    }
    expect(first.store.backlog('m').entries).toBe(0);
    first.store.close(); // as after kill -9
    const lines: string[] = [];
    const second = open(dir, lines);
    expect(second.restoreMonitor('m', fileReference, NOW + 4).toJSON()).toEqual(monitor.toJSON());
    expect(lines).toEqual([]);
    second.close(NOW + 5);
  });

  it('refuses a checkpoint it cannot restore, naming the model and the file', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.checkpoint('m', { format: 'mlhealth-monitor/0' }, 0, NOW);
    const state = new DurableState(store, { spec: MINI_SPEC, specSha256: 'x', log: () => undefined });
    expect(() => state.restoreMonitor('m', fileReference, NOW)).toThrow(
      `openStore: the checkpoint of model m in ${store.file} cannot be restored (ModelMonitor.fromJSON: format is mlhealth-monitor/0, expected mlhealth-monitor/1)`,
    );
    store.close();
  });

  it('refuses a corrupted checkpoint with the documented message, never quoting what is stored', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.checkpoint('m', { format: 'mlhealth-monitor/1' }, 0, NOW);
    store.close();
    const raw = new Database(join(dir, STORE_FILE));
    raw
      .prepare('UPDATE checkpoints SET state = ? WHERE model = ?')
      .run('{"secret":"customer-4711", oops', 'm');
    raw.close();
    const reopened = openStore(dir);
    const state = new DurableState(reopened, { spec: MINI_SPEC, specSha256: 'x', log: () => undefined });
    let message = '';
    try {
      state.restoreMonitor('m', fileReference, NOW);
    } catch (err) {
      expect(err).toBeInstanceOf(StoreError);
      message = (err as Error).message;
    }
    expect(message).toBe(
      `openStore: the checkpoint of model m in ${reopened.file} cannot be restored (its stored JSON is malformed). mlhealth never replaces a store: the file was left as it is. Restore a backup, or move it away to start empty.`,
    );
    expect(message).not.toContain('customer-4711');
    reopened.close();
  });

  it('saves each snapshot, annotates status changes against the one saved before a restart', () => {
    const dir = tempDir();
    const first = open(dir);
    first.snapshotTaken(MINI_SNAPSHOT);
    expect(first.store.queryAnnotations({ limit: 10 })).toEqual([]);
    first.close(NOW);
    const second = open(dir);
    const recovered: CascadeSnapshot = {
      ...MINI_SNAPSHOT,
      at: 2000,
      nodes: MINI_SNAPSHOT.nodes.map((n) =>
        n.id === 'm.drift.x' ? { ...n, status: 'ok', reason: 'PSI 0.01 < warning 0.1' } : n,
      ),
    };
    second.snapshotTaken(recovered);
    const notes = second.store.queryAnnotations({ limit: 10 });
    expect(notes).toEqual([
      expect.objectContaining({
        time: 2000,
        text: 'm.drift.x → ok: PSI 0.01 < warning 0.1',
        tags: ['mlhealth', 'status', 'base', 'ok'],
        nodes: ['m.drift.x'],
        source: 'auto',
      }),
    ]);
    expect(second.store.loadSnapshot()).toMatchObject({ at: 2000, specSha256: 'sha-1' });
    second.close(NOW);
  });

  it('records the spec only when it changed', () => {
    const state = new DurableState(openMemoryStore(NOW), {
      spec: MINI_SPEC,
      specSha256: 'sha-1',
      log: () => undefined,
    });
    expect(state.recordSpec('name: mini\n', NOW)).toBe(true);
    expect(state.recordSpec('name: mini\n', NOW + 1)).toBe(false);
    expect(state.store.listSpecs()).toEqual([
      { id: 1, name: 'mini', version: '1', sha256: 'sha-1', recordedAt: NOW },
    ]);
    expect(state.store.durability().journalMode).toBe('memory');
    state.close(NOW);
  });
});
