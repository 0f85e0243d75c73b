"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GroupCommit = void 0;
class GroupCommit {
    store;
    schedule;
    queue = [];
    scheduled = false;
    commits = 0;
    operations = 0;
    constructor(store, 
    /** When the queue is flushed; default: after the current I/O phase (`setImmediate`). */
    schedule = (flush) => void setImmediate(flush)) {
        this.store = store;
        this.schedule = schedule;
    }
    /**
     * Logs `op` for `model`; once committed, runs `apply(seq, bytes)` and resolves with its result. Rejects with
     * the store's error when the commit fails (then nothing of the group is logged or applied), or with
     * `apply`'s error (the operation stays logged: a restart replays it).
     */
    submit(model, op, at, apply) {
        return new Promise((resolve, reject) => {
            this.queue.push({ model, op, at, apply, resolve: resolve, reject });
            if (!this.scheduled) {
                this.scheduled = true;
                this.schedule(() => this.flush());
            }
        });
    }
    /** Commits and applies everything queued now (also called by the scheduler). */
    flush() {
        this.scheduled = false;
        const group = this.queue;
        this.queue = [];
        if (group.length === 0)
            return;
        let rows;
        try {
            rows = this.store.atomically(() => group.map((p) => this.store.appendSized(p.model, p.op, p.at)));
        }
        catch (err) {
            for (const p of group)
                p.reject(err);
            return;
        }
        this.commits++;
        this.operations += group.length;
        group.forEach((p, i) => {
            try {
                p.resolve(p.apply(rows[i].seq, rows[i].bytes));
            }
            catch (err) {
                p.reject(err);
            }
        });
    }
    /** Commits so far and operations in them (operations / commits = the mean group size). */
    stats() {
        return { commits: this.commits, operations: this.operations };
    }
}
exports.GroupCommit = GroupCommit;
//# sourceMappingURL=groupCommit.js.map