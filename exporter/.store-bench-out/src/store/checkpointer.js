"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Checkpointer = exports.DEFAULT_CHECKPOINT_POLICY = void 0;
exports.checkpointDue = checkpointDue;
/** About 32 MB or 2,000 batches of log, or a minute: a restart replays at most that. */
exports.DEFAULT_CHECKPOINT_POLICY = {
    maxEntries: 2000,
    maxBytes: 32 * 1024 * 1024,
    maxAgeSeconds: 60,
};
/**
 * Whether a model's backlog calls for a checkpoint at `now`: never for an empty backlog; always past
 * the entry or byte limits; otherwise once `maxAgeSeconds` have passed.
 *
 * @example checkpointDue({ entries: 1, bytes: 10, since: 0 }, 61, DEFAULT_CHECKPOINT_POLICY) // true
 */
function checkpointDue(backlog, now, policy) {
    if (backlog.entries === 0)
        return false;
    if (backlog.entries >= policy.maxEntries || backlog.bytes >= policy.maxBytes)
        return true;
    return now - backlog.since >= policy.maxAgeSeconds;
}
/** Tracks what each model applied since its checkpoint and writes checkpoints when due. */
class Checkpointer {
    store;
    stateOf;
    policy;
    backlogs = new Map();
    constructor(store, 
    /** The model's state to store (`monitor.toJSON()`), read at checkpoint time. */
    stateOf, policy = exports.DEFAULT_CHECKPOINT_POLICY) {
        this.store = store;
        this.stateOf = stateOf;
        this.policy = policy;
    }
    /** Starts tracking a model restored up to `lastSeq` with `entries`/`bytes` of log left to prune. */
    track(model, lastSeq, now, backlog = { entries: 0, bytes: 0 }) {
        this.backlogs.set(model, { ...backlog, since: now, lastSeq });
    }
    /** Records that log entry `seq` (of `bytes` payload) was applied to the model's monitor. */
    applied(model, seq, bytes = 0) {
        const b = this.backlogs.get(model) ?? { entries: 0, bytes: 0, since: -Infinity, lastSeq: 0 };
        b.entries++;
        b.bytes += bytes;
        b.lastSeq = Math.max(b.lastSeq, seq);
        this.backlogs.set(model, b);
    }
    /** The last sequence number applied to the model (what a checkpoint now would cover). */
    lastSeq(model) {
        return this.backlogs.get(model)?.lastSeq ?? 0;
    }
    /** Checkpoints the model now, whatever its backlog (after a reference swap, at shutdown). */
    checkpoint(model, now) {
        const b = this.backlogs.get(model) ?? { entries: 0, bytes: 0, since: now, lastSeq: 0 };
        this.store.checkpoint(model, this.stateOf(model), b.lastSeq, now);
        this.backlogs.set(model, { entries: 0, bytes: 0, since: now, lastSeq: b.lastSeq });
    }
    /** Checkpoints every model whose backlog is due; returns them. */
    checkpointDue(now) {
        const due = [...this.backlogs].filter(([, b]) => checkpointDue(b, now, this.policy)).map(([m]) => m);
        for (const model of due)
            this.checkpoint(model, now);
        return due;
    }
    /** Checkpoints every model with a backlog (clean shutdown: the next start replays nothing). */
    checkpointAll(now) {
        const due = [...this.backlogs].filter(([, b]) => b.entries > 0).map(([m]) => m);
        for (const model of due)
            this.checkpoint(model, now);
        return due;
    }
}
exports.Checkpointer = Checkpointer;
//# sourceMappingURL=checkpointer.js.map