"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ModelMonitor = void 0;
exports.monitorConfigFromSpec = monitorConfigFromSpec;
const evaluateModel_1 = require("./evaluateModel");
const monitorCore_1 = require("./monitorCore");
const monitorState_1 = require("./monitorState");
const recordEvent_1 = require("./recordEvent");
const reference_1 = require("./reference");
const types_1 = require("./types");
const layout_1 = require("./layout");
const bucketRing_1 = require("./bucketRing");
const windowBucket_1 = require("./windowBucket");
const labels_1 = require("./labels");
/**
 * The monitor configuration of one model of a spec: the model, its non-promql base nodes, the defaults.
 * Throws when the spec has no model `modelId`.
 */
function monitorConfigFromSpec(spec, modelId) {
    const model = spec.models.find((m) => m.id === modelId);
    if (!model)
        throw new Error(`monitorConfigFromSpec: spec has no model ${JSON.stringify(modelId)}`);
    const nodes = spec.nodes.filter((n) => n.tier === 'base' && n.model === modelId && n.signal && n.signal.kind !== 'promql');
    return { model, nodes, defaults: spec.defaults };
}
class ModelMonitor {
    core;
    constructor(config, init, core) {
        const options = { ...types_1.DEFAULT_MONITOR_OPTIONS, ...init.options };
        this.core = core ?? (0, monitorCore_1.createCore)(config, options, init.reference ?? null, init.now);
    }
    get modelId() {
        return this.core.config.model.id;
    }
    get reference() {
        return this.core.reference;
    }
    /**
     * Adds an accepted batch. An event's time is its timestamp (clamped to `now` when in the future) or
     * `now`; events older than the window count in the totals but not in the window. O(events × features).
     */
    ingest(events, now) {
        const core = this.core;
        this.finalizePinnedReference(now);
        let outsideWindow = 0;
        for (const event of events) {
            const at = Math.min(event.timestamp ?? now, now);
            core.pinned?.offer(event, at);
            const ring = core.ring;
            const index = ring.indexFor(at);
            const bucket = ring.mode === 'duration' && index <= ring.currentIndex(now) - ring.size ? null : ring.bucketAt(index);
            if (ring.mode === 'count')
                ring.sequence++;
            if (bucket === null)
                outsideWindow++;
            (0, recordEvent_1.recordEvent)(bucket, core.layout, core.rules, event, at);
            this.countTotals(event, at);
        }
        return { accepted: events.length, outsideWindow };
    }
    countTotals(event, at) {
        const { totals, pending } = this.core;
        totals.events++;
        if (event.error !== null)
            totals.errors++;
        if (event.latencySeconds !== null) {
            totals.latencyCounts[(0, monitorCore_1.latencyTotalsIndex)(event.latencySeconds)]++;
            totals.latencySum += event.latencySeconds;
            totals.latencyCount++;
        }
        this.core.lastEventAt = Math.max(this.core.lastEventAt ?? at, at);
        if (event.id !== null && event.prediction !== null)
            pending.remember(event.id, event.prediction, at);
    }
    /** Joins late labels to remembered predictions by id; each prediction takes one label. */
    ingestLabels(labels, now) {
        const core = this.core;
        let joined = 0;
        for (const label of labels) {
            const found = core.pending.take(label.id);
            if (found === undefined)
                continue;
            const ring = core.labelRing;
            const bucket = ring.bucketAt(ring.indexFor(now));
            if (ring.mode === 'count')
                ring.sequence++;
            bucket?.add(label.label, found.prediction, core.layout.positiveClass, now);
            joined++;
        }
        core.totals.labelsJoined += joined;
        core.totals.labelsUnmatched += labels.length - joined;
        return { joined, unmatched: labels.length - joined };
    }
    /** Records `count` policy-violation events (a governance fact) at `now`. */
    recordPolicyViolation(now, count = 1) {
        if (!(count >= 0))
            throw new Error(`ModelMonitor.recordPolicyViolation: count ${count}, expected ≥ 0`);
        const ring = this.core.ring;
        const bucket = ring.bucketAt(ring.currentIndex(now));
        if (bucket)
            bucket.policyViolations += count;
        this.core.totals.policyViolations += count;
    }
    /**
     * Replaces the reference. The window's sketches are binned on the reference, so the window restarts
     * empty at `now`; totals, labels waiting for a join and anomaly history are kept.
     */
    setReference(reference, now) {
        const core = this.core;
        if (reference.model !== core.config.model.id) {
            throw new Error(`ModelMonitor.setReference: profile is for model ${reference.model}, expected ${core.config.model.id}`);
        }
        const { model, nodes, defaults } = core.config;
        const layout = (0, layout_1.buildLayout)(model, nodes, defaults, reference, core.options.fineBins);
        core.reference = reference;
        core.layout = layout;
        core.ring = new bucketRing_1.BucketRing(model.window, core.options.windowBuckets, () => new windowBucket_1.WindowBucket(layout));
        core.labelRing = new bucketRing_1.BucketRing(model.window, core.options.windowBuckets, () => new labels_1.LabelBucket());
        core.rules = (0, monitorCore_1.buildRules)(model, reference, core.options, core.rules.violationTotals);
        core.windowStartedAt = now;
        core.pinned = null;
    }
    /** Governance facts from an API call: the serving version and when it was trained. */
    setModelFacts(facts) {
        if (facts.version !== undefined)
            this.core.version = facts.version;
        if (facts.trainedAt !== undefined)
            this.core.trainedAt = facts.trainedAt;
    }
    /** Categories tracked for a feature so far (for ingest's category limit); empty for numeric features. */
    trackedCategories(feature) {
        const i = this.core.config.model.features.findIndex((f) => f.name === feature);
        return i < 0 ? new Set() : this.core.rules.tracker.categories(i);
    }
    /** Every non-promql base node of the model at `now`, with anomaly scores and detail statistics. */
    evaluate(now) {
        this.finalizePinnedReference(now);
        return (0, evaluateModel_1.evaluateModel)(this.core, now);
    }
    /** The whole state as JSON-safe data (the reference is persisted separately). */
    toJSON() {
        return (0, monitorState_1.serializeCore)(this.core);
    }
    /** A monitor from `toJSON()` output; features are matched by name, so spec edits keep what still fits. */
    static fromJSON(config, state, init) {
        const options = { ...types_1.DEFAULT_MONITOR_OPTIONS, ...init.options };
        const core = (0, monitorCore_1.createCore)(config, options, init.reference ?? null, init.now);
        (0, monitorState_1.restoreCore)(core, state);
        return new ModelMonitor(config, init, core);
    }
    finalizePinnedReference(now) {
        const pinned = this.core.pinned;
        if (pinned === null || now <= pinned.end || pinned.rows.length === 0)
            return;
        const profile = (0, reference_1.buildReferenceProfile)(this.core.config.model, pinned.rows, pinned.end, this.core.options);
        this.setReference(profile, now);
    }
}
exports.ModelMonitor = ModelMonitor;
//# sourceMappingURL=monitor.js.map