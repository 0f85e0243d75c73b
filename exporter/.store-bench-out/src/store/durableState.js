"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DurableState = void 0;
/**
 * The exporter's durable state in one object, for the composition root: it restores each model's
 * monitor (checkpoint + replayed log), logs every acknowledged write before it is applied (group
 * commit), checkpoints on the engine's schedule and at shutdown, persists reference swaps atomically with
 * a checkpoint, saves each cascade snapshot and records status-change annotations. docs/durability.md.
 */
const recorder_1 = require("../annotations/recorder");
const signals_1 = require("../signals");
const referenceJson_1 = require("../signals/referenceJson");
const checkpointer_1 = require("./checkpointer");
const groupCommit_1 = require("./groupCommit");
const replay_1 = require("./replay");
const storeError_1 = require("./storeError");
class DurableState {
    store;
    options;
    group;
    checkpointer;
    monitors = new Map();
    recorder;
    previous;
    constructor(store, options) {
        this.store = store;
        this.options = options;
        this.group = new groupCommit_1.GroupCommit(store);
        this.checkpointer = new checkpointer_1.Checkpointer(store, (m) => this.monitorOf(m).toJSON(), options.checkpointPolicy ?? checkpointer_1.DEFAULT_CHECKPOINT_POLICY);
        this.recorder = new recorder_1.StatusChangeRecorder(store, options.spec, {
            pushToGrafana: options.pushToGrafana === true,
            ...(options.onAnnotations !== undefined ? { onRecorded: options.onAnnotations } : {}),
        });
        this.previous = store.loadSnapshot()?.snapshot ?? null;
    }
    monitorOf(model) {
        const monitor = this.monitors.get(model);
        if (monitor === undefined)
            throw new Error(`DurableState: model ${model} was not restored`);
        return monitor;
    }
    unreadable(model, what, err) {
        const why = err instanceof Error ? err.message : String(err);
        return new storeError_1.StoreError('unreadable', this.store.file, `openStore: the ${what} of model ${model} in ${this.store.file} cannot be restored (${why}). mlhealth never replaces a store: the file was left as it is. Restore a backup, or move it away to start empty.`);
    }
    /** The reference to start with: the one uploaded through the API if stored, else the spec's file. */
    referenceOf(model, fileReference) {
        const stored = this.store.getReference(model);
        if (stored === null)
            return fileReference;
        try {
            return (0, referenceJson_1.referenceFromJSON)(stored.profile);
        }
        catch (err) {
            throw this.unreadable(model, 'reference profile', err);
        }
    }
    /**
     * The model's monitor as it was after the last acknowledged write: checkpoint, then the log since.
     * @throws StoreError when the stored checkpoint or reference cannot be read back.
     */
    restoreMonitor(model, fileReference, now) {
        const config = (0, signals_1.monitorConfigFromSpec)(this.options.spec, model);
        const reference = this.referenceOf(model, fileReference);
        const checkpoint = this.store.readCheckpoint(model);
        let monitor;
        try {
            monitor =
                checkpoint === null
                    ? new signals_1.ModelMonitor(config, { now, reference })
                    : signals_1.ModelMonitor.fromJSON(config, checkpoint.state, { now, reference });
        }
        catch (err) {
            throw this.unreadable(model, 'checkpoint', err);
        }
        const replay = (0, replay_1.replayModel)(this.store, model, monitor, checkpoint?.seq ?? 0);
        for (const failure of replay.failures)
            this.options.log(`mlhealth: ${failure}`);
        if (replay.entries > 0)
            this.options.log(`mlhealth: restored ${model}: replayed ${replay.entries} log entries (${replay.events} events) after the checkpoint`);
        this.monitors.set(model, monitor);
        this.checkpointer.track(model, replay.lastSeq, now, {
            entries: replay.entries,
            bytes: this.store.backlog(model).bytes,
        });
        // A new model is checkpointed at once, so a restart keeps when its window started.
        if (checkpoint === null)
            this.checkpointer.checkpoint(model, now);
        return monitor;
    }
    /**
     * Logs `op` durably (group commit), then runs `apply` right after the commit, in order; resolves with
     * its result. A caller that answers 2xx after awaiting this answers for a write on disk.
     */
    commit(model, op, at, apply) {
        return this.group.submit(model, op, at, (seq, bytes) => {
            const result = apply();
            this.checkpointer.applied(model, seq, bytes);
            return result;
        });
    }
    /** After a reference swap on the model's monitor: the profile and a checkpoint, in one transaction. */
    referenceChanged(model, profile, at) {
        this.store.atomically(() => {
            this.store.putReference(model, (0, referenceJson_1.referenceToJSON)(profile), profile.takenAt ?? at, at);
            this.checkpointer.checkpoint(model, at);
        });
    }
    /** Records the spec in the history when its content changed since the last run; returns whether it did. */
    recordSpec(text, now) {
        const { name, version } = this.options.spec;
        return this.store.recordSpec({ name, version, sha256: this.options.specSha256, text, at: now });
    }
    /** Events acknowledged per model since the store was created (for `mlhealth_ingest_events_total`). */
    acceptedEvents() {
        const out = new Map();
        for (const [model, byKind] of this.store.counters())
            out.set(model, byKind.get('events') ?? 0);
        return out;
    }
    /** The engine made a snapshot: save it and annotate status changes. Never throws (logs instead). */
    snapshotTaken(snapshot) {
        if (snapshot === null)
            return;
        try {
            this.recorder.record(this.previous, snapshot);
            this.store.saveSnapshot(snapshot, snapshot.at, this.options.specSha256);
        }
        catch (err) {
            this.options.log(`mlhealth: could not save the cascade snapshot: ${err instanceof Error ? err.message : String(err)}`);
        }
        this.previous = snapshot;
    }
    /** The engine's schedule: checkpoints the models whose log is due. Never throws (logs instead). */
    tick(now) {
        try {
            this.checkpointer.checkpointDue(now);
        }
        catch (err) {
            this.options.log(`mlhealth: checkpoint failed: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    /** Clean shutdown: commits what is queued, checkpoints every model, closes the store. */
    close(now) {
        this.group.flush();
        this.checkpointer.checkpointAll(now);
        this.store.close();
    }
}
exports.DurableState = DurableState;
//# sourceMappingURL=durableState.js.map