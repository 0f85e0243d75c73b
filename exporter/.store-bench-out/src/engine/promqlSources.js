"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PromqlSources = void 0;
const signals_1 = require("../signals");
class PromqlSources {
    spec;
    manager;
    history;
    promqlNodes;
    anomalies = new Map();
    constructor(spec, manager) {
        this.spec = spec;
        this.manager = manager;
        this.history = new signals_1.AnomalyHistory(60, spec.defaults.evaluation_interval);
        this.promqlNodes = new Set(spec.nodes.filter((n) => n.signal?.kind === 'promql').map((n) => n.id));
    }
    /** Starts the queries that are due; never rejects (a failed query marks its source down). */
    refresh() {
        return this.manager.pollDue().catch(() => undefined);
    }
    observations(now) {
        const evaluation = (0, signals_1.evaluateBaseNodes)(this.spec, new Map(), this.manager, now, this.history);
        const out = new Map();
        const anomalies = new Map();
        for (const [node, observation] of evaluation.observations) {
            if (!this.promqlNodes.has(node))
                continue;
            out.set(node, observation);
            anomalies.set(node, evaluation.anomalyScores.get(node) ?? null);
        }
        this.anomalies = anomalies;
        return out;
    }
    anomalyScores() {
        return this.anomalies;
    }
    exposures() {
        return this.manager.exposures();
    }
    up() {
        return new Map(this.manager.sourceStatus().map((s) => [s.source, s.up]));
    }
    close() {
        this.manager.stop();
    }
}
exports.PromqlSources = PromqlSources;
//# sourceMappingURL=promqlSources.js.map