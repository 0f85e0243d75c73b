"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Engine = void 0;
const cascadeInputs_1 = require("./cascadeInputs");
const ring_1 = require("./ring");
class Engine {
    parts;
    spec;
    sha256;
    monitors;
    evaluations = new Map();
    lastSlot = new Map();
    ring;
    detailRing;
    triggerSince = new Map();
    current = null;
    detailList = [];
    anomalies = new Map();
    scenarios = [];
    healthy = true;
    dirty = false;
    lastInputs = null;
    constructor(parts) {
        this.parts = parts;
        this.spec = parts.spec;
        this.sha256 = parts.sha256;
        this.monitors = parts.monitors;
        this.ring = new ring_1.Ring(parts.historySize ?? 120);
        this.detailRing = new ring_1.Ring(parts.historySize ?? 120);
    }
    /** The monitor of `model`, or undefined for a model the spec does not declare. */
    monitor(model) {
        return this.monitors.get(model);
    }
    /** Asks for a cascade recomputation at the next tick (after governance facts or a reference change). */
    markDirty() {
        this.dirty = true;
    }
    /**
     * Evaluates the models that are due at `now` and, if any was (or inputs changed), the cascade.
     * Also starts a refresh of due PromQL sources, whose answers count at a later tick.
     * Returns whether a new snapshot was made.
     */
    tick(now) {
        if (this.parts.sources !== null)
            void this.parts.sources.refresh(now);
        let evaluated = false;
        for (const model of this.spec.models) {
            const slot = Math.floor(now / model.evaluation_interval);
            if (this.lastSlot.get(model.id) === slot)
                continue;
            this.lastSlot.set(model.id, slot);
            evaluated = this.evaluateModel(model.id, now) || evaluated;
        }
        if (!evaluated && !this.dirty)
            return false;
        this.recompute(now);
        return true;
    }
    /** Evaluates every model and the cascade at `now`, due or not. */
    evaluateAll(now) {
        for (const model of this.spec.models) {
            this.lastSlot.set(model.id, Math.floor(now / model.evaluation_interval));
            this.evaluateModel(model.id, now);
        }
        this.recompute(now);
        return this.current;
    }
    evaluateModel(model, now) {
        const monitor = this.monitors.get(model);
        if (monitor === undefined)
            return false;
        try {
            this.evaluations.set(model, monitor.evaluate(now));
            return true;
        }
        catch (err) {
            this.fail(`evaluating model ${model}`, err);
            return false;
        }
    }
    recompute(now) {
        this.dirty = false;
        const sources = this.parts.sources;
        const inputs = (0, cascadeInputs_1.buildCascadeInputs)({
            evaluations: this.evaluations.values(),
            sourceObservations: sources?.observations(now) ?? new Map(),
            exposures: sources?.exposures(now) ?? new Map(),
            triggerSince: this.triggerSince,
        }, now);
        this.lastInputs = { inputs, at: now };
        try {
            const snapshot = this.parts.cascade.evaluate(this.spec, inputs, now);
            this.scenarios = this.parts.cascade.scenarioImpacts?.(this.spec, inputs, now) ?? [];
            this.accept(snapshot);
            this.healthy = true;
            this.parts.onSnapshot?.();
        }
        catch (err) {
            this.fail('evaluating the cascade', err);
        }
    }
    accept(snapshot) {
        this.current = snapshot;
        this.ring.push(snapshot);
        const since = new Map();
        for (const t of snapshot.retrainTriggers ?? [])
            if (t.since !== null)
                since.set(t.node, t.since);
        this.triggerSince = since;
        this.detailList = this.spec.models.flatMap((m) => {
            const evaluation = this.evaluations.get(m.id);
            return evaluation === undefined ? [] : [evaluation.detail];
        });
        // Each evaluation makes a fresh ModelDetail, so keeping references keeps past values.
        this.detailRing.push({ at: snapshot.at, details: this.detailList });
        const anomalies = new Map();
        for (const evaluation of this.evaluations.values()) {
            for (const [node, z] of Object.entries(evaluation.anomalyScores))
                anomalies.set(node, z);
        }
        for (const [node, z] of this.parts.sources?.anomalyScores?.() ?? [])
            anomalies.set(node, z);
        this.anomalies = anomalies;
    }
    fail(what, err) {
        this.healthy = false;
        this.parts.log?.(`mlhealth: error ${what}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    snapshot() {
        return this.current;
    }
    /** The inputs of the last cascade evaluation and its time (what-if scenarios start from them); null before. */
    liveInputs() {
        return this.lastInputs;
    }
    /** Past snapshots, oldest first (bounded by `historySize`). */
    history() {
        return this.ring.toArray();
    }
    /** The model details at each past snapshot, oldest first (same bound and times as `history()`). */
    detailHistory() {
        return this.detailRing.toArray();
    }
    modelDetails() {
        return this.detailList;
    }
    anomalyScores() {
        return this.anomalies;
    }
    /** The impact rows of the spec's named scenarios under the last evaluation's inputs. */
    scenarioImpacts() {
        return this.scenarios;
    }
    sourcesUp() {
        return this.parts.sources?.up() ?? new Map();
    }
    /** False after an evaluation threw, until the next one succeeds. */
    up() {
        return this.healthy;
    }
    close() {
        this.parts.sources?.close?.();
    }
}
exports.Engine = Engine;
//# sourceMappingURL=engine.js.map