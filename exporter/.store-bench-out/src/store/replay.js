"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyLogEntry = applyLogEntry;
exports.replayModel = replayModel;
/** Applies one logged operation to a monitor, at the time it was first applied. */
function applyLogEntry(target, entry) {
    switch (entry.kind) {
        case 'events':
            target.ingest(entry.events, entry.at);
            return;
        case 'labels':
            target.ingestLabels(entry.labels, entry.at);
            return;
        case 'violations':
            target.recordPolicyViolation(entry.at, entry.count);
            return;
        case 'facts':
            target.setModelFacts(entry.facts);
            return;
    }
}
/**
 * Applies the model's log entries after `afterSeq` to `target`. An entry the monitor throws on is
 * reported in `failures` and skipped, so one bad entry cannot keep the exporter from starting.
 * O(entries × events), decoding one entry at a time.
 */
function replayModel(store, model, target, afterSeq) {
    const result = { entries: 0, events: 0, lastSeq: afterSeq, failures: [] };
    for (const entry of store.readLogSince(model, afterSeq)) {
        try {
            applyLogEntry(target, entry);
            result.entries++;
            if (entry.kind === 'events')
                result.events += entry.events.length;
        }
        catch (err) {
            result.failures.push(`replayModel: ${model} entry ${entry.seq} (${entry.kind}): ${err instanceof Error ? err.message : String(err)}`);
        }
        result.lastSeq = entry.seq;
    }
    return result;
}
//# sourceMappingURL=replay.js.map