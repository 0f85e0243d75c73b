"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatusChangeRecorder = void 0;
const statusChanges_1 = require("./statusChanges");
class StatusChangeRecorder {
    store;
    spec;
    options;
    constructor(store, spec, options) {
        this.store = store;
        this.spec = spec;
        this.options = options;
    }
    /** Stores the status changes from `previous` to `next`; returns them (empty when nothing changed). */
    record(previous, next) {
        const drafts = (0, statusChanges_1.statusChangeAnnotations)(previous, next, this.spec);
        if (drafts.length === 0)
            return [];
        const stored = this.store.addAnnotations(drafts, next.at, this.options.pushToGrafana);
        this.options.onRecorded?.(stored);
        return stored;
    }
}
exports.StatusChangeRecorder = StatusChangeRecorder;
//# sourceMappingURL=recorder.js.map