/**
 * The exporter's durable state in one object, for the composition root: it restores each model's
 * monitor (checkpoint + replayed log), logs every acknowledged write before it is applied (group
 * commit), checkpoints on the engine's schedule and at shutdown, persists reference swaps atomically with
 * a checkpoint, saves each cascade snapshot and records status-change annotations. docs/durability.md.
 */
import { StoreHealth } from './storeHealth';
import { StatusChangeRecorder } from '../annotations/recorder';
import type { Annotation } from '../annotations/types';
import type { CascadeSnapshot } from '../cascade/types';
import { ModelMonitor, monitorConfigFromSpec, type MonitorState } from '../signals';
import { referenceFromJSON, referenceToJSON, type ReferenceJSON } from '../signals/referenceJson';
import type { ReferenceProfile } from '../signals/reference';
import type { Spec } from '../spec/types';
import { Checkpointer, DEFAULT_CHECKPOINT_POLICY, type CheckpointPolicy } from './checkpointer';
import { GroupCommit } from './groupCommit';
import { replayModel } from './replay';
import type { Store } from './store';
import { StoreError } from './storeError';
import type { LogOperation } from './types';

export interface DurableStateOptions {
  spec: Spec;
  specSha256: string;
  log: (line: string) => void;
  /** Queue annotations for Grafana (a pusher drains the store). */
  pushToGrafana?: boolean;
  /** Called with stored automatic annotations (e.g. `pusher.notify()`). */
  onAnnotations?: (annotations: Annotation[]) => void;
  checkpointPolicy?: CheckpointPolicy;
}

export class DurableState {
  private readonly group: GroupCommit;
  private readonly checkpointer: Checkpointer;
  private readonly monitors = new Map<string, ModelMonitor>();
  private readonly recorder: StatusChangeRecorder;
  private previous: CascadeSnapshot | null;

  constructor(
    readonly store: Store,
    private readonly options: DurableStateOptions,
  ) {
    this.group = new GroupCommit(store);
    this.checkpointer = new Checkpointer(
      store,
      (m) => this.monitorOf(m).toJSON(),
      options.checkpointPolicy ?? DEFAULT_CHECKPOINT_POLICY,
    );
    this.recorder = new StatusChangeRecorder(store, options.spec, {
      pushToGrafana: options.pushToGrafana === true,
      ...(options.onAnnotations !== undefined ? { onRecorded: options.onAnnotations } : {}),
    });
    this.previous = (store.loadSnapshot()?.snapshot as CascadeSnapshot | undefined) ?? null;
  }

  private monitorOf(model: string): ModelMonitor {
    const monitor = this.monitors.get(model);
    if (monitor === undefined) throw new Error(`DurableState: model ${model} was not restored`);
    return monitor;
  }

  private unreadable(model: string, what: string, err: unknown): StoreError {
    // A JSON syntax error quotes the stored text it choked on: say what is wrong, never what is stored.
    const why =
      err instanceof SyntaxError
        ? 'its stored JSON is malformed'
        : err instanceof Error
          ? err.message
          : String(err);
    return new StoreError(
      'unreadable',
      this.store.file,
      `openStore: the ${what} of model ${model} in ${this.store.file} cannot be restored (${why}). mlhealth never replaces a store: the file was left as it is. Restore a backup, or move it away to start empty.`,
    );
  }

  /** The reference to start with: the one uploaded through the API if stored, else the spec's file. */
  private referenceOf(model: string, fileReference: ReferenceProfile | null): ReferenceProfile | null {
    const stored = this.store.getReference(model);
    if (stored === null) return fileReference;
    try {
      return referenceFromJSON(stored.profile as ReferenceJSON);
    } catch (err) {
      throw this.unreadable(model, 'reference profile', err);
    }
  }

  /**
   * Every model's monitor as `restoreMonitor` leaves it, each with the reference `fileReference` loads
   * (the spec's reference file; null for none). Rejects with the first reference that cannot be loaded.
   */
  async restoreMonitors<M extends { id: string }>(
    models: readonly M[],
    fileReference: (model: M) => Promise<ReferenceProfile | null>,
    now: number,
  ): Promise<Map<string, ModelMonitor>> {
    const monitors = new Map<string, ModelMonitor>();
    for (const m of models) monitors.set(m.id, this.restoreMonitor(m.id, await fileReference(m), now));
    return monitors;
  }

  /**
   * The model's monitor as it was after the last acknowledged write: checkpoint, then the log since.
   * @throws StoreError when the stored checkpoint or reference cannot be read back.
   */
  restoreMonitor(model: string, fileReference: ReferenceProfile | null, now: number): ModelMonitor {
    const config = monitorConfigFromSpec(this.options.spec, model);
    const reference = this.referenceOf(model, fileReference);
    let checkpoint: ReturnType<Store['readCheckpoint']>;
    let monitor: ModelMonitor;
    try {
      checkpoint = this.store.readCheckpoint(model);
      monitor =
        checkpoint === null
          ? new ModelMonitor(config, { now, reference })
          : ModelMonitor.fromJSON(config, checkpoint.state as MonitorState, { now, reference });
    } catch (err) {
      throw this.unreadable(model, 'checkpoint', err);
    }
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    const replay = replayModel(this.store, model, monitor, checkpoint?.seq ?? 0);
    const ms = (performance.now() - started).toFixed(0);
    const used = process.cpuUsage(cpu);
    const cpuMs = ((used.user + used.system) / 1000).toFixed(0);
    for (const failure of replay.failures) this.options.log(`mlhealth: ${failure}`);
    const { bytes } = this.store.backlog(model);
    if (replay.entries > 0)
      this.options.log(
        `mlhealth: restored ${model}: replayed ${replay.entries} log entries (${replay.events} events, ${bytes} bytes) after the checkpoint in ${ms} ms (${cpuMs} ms CPU)`,
      );
    this.monitors.set(model, monitor);
    this.checkpointer.track(model, replay.lastSeq, now, { entries: replay.entries, bytes });
    // A new model is checkpointed at once, so a restart keeps when its window started.
    if (checkpoint === null) this.checkpointer.checkpoint(model, now);
    return monitor;
  }

  /**
   * Logs `op` durably (group commit), then runs `apply` right after the commit, in order; resolves with
   * its result. A caller that answers 2xx after awaiting this answers for a write on disk.
   */
  commit<T>(model: string, op: LogOperation, at: number, apply: () => T): Promise<T> {
    return this.group
      .submit(model, op, at, (seq, bytes) => {
        const result = apply();
        this.checkpointer.applied(model, seq, bytes);
        // At the size limits at once, not at the next tick: a second of fast ingest is a long replay.
        this.checkpointSafely(() => this.checkpointer.checkpointIfDue(model, at));
        return result;
      })
      .then(
        (result) => (this.health.wrote(), result),
        (err: unknown) => {
          throw this.health.failed(err, this.store.file);
        },
      );
  }

  /** Whether the last write reached the disk, and the failed writes by cause (`mlhealth_store_*`). */
  readonly health = new StoreHealth();

  /** After a reference swap on the model's monitor: the profile and a checkpoint, in one transaction. */
  referenceChanged(model: string, profile: ReferenceProfile, at: number): void {
    try {
      this.store.atomically(() => {
        this.store.putReference(model, referenceToJSON(profile), profile.takenAt ?? at, at);
        this.checkpointer.checkpoint(model, at);
      });
    } catch (err) {
      throw this.health.failed(err, this.store.file);
    }
    this.health.wrote();
  }

  /** Records the spec in the history when its content changed since the last run; returns whether it did. */
  recordSpec(text: string, now: number): boolean {
    const { name, version } = this.options.spec;
    return this.store.recordSpec({ name, version, sha256: this.options.specSha256, text, at: now });
  }

  /** Events acknowledged per model since the store was created (for `mlhealth_ingest_events_total`). */
  acceptedEvents(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [model, byKind] of this.store.counters()) out.set(model, byKind.get('events') ?? 0);
    return out;
  }

  /** The engine made a snapshot: save it and annotate status changes. Never throws (logs instead). */
  snapshotTaken(snapshot: CascadeSnapshot | null): void {
    if (snapshot === null) return;
    try {
      this.recorder.record(this.previous, snapshot);
      this.store.saveSnapshot(snapshot, snapshot.at, this.options.specSha256);
    } catch (err) {
      this.options.log(
        `mlhealth: could not save the cascade snapshot: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    this.previous = snapshot;
  }

  /** The engine's schedule: checkpoints the models whose log is due. Never throws (logs instead). */
  tick(now: number): void {
    this.checkpointSafely(() => this.checkpointer.checkpointDue(now));
  }

  /** A failed checkpoint only delays pruning (the log still holds everything): logged, never thrown. */
  private checkpointSafely(checkpoint: () => unknown): void {
    try {
      checkpoint();
    } catch (err) {
      this.options.log(`mlhealth: checkpoint failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Clean shutdown: commits what is queued, checkpoints every model, closes the store. */
  close(now: number): void {
    this.group.flush();
    this.checkpointer.checkpointAll(now);
    this.store.close();
  }
}
