"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateBaseNodes = evaluateBaseNodes;
const anomaly_1 = require("./anomaly");
/**
 * Evaluates every base node. Models without a monitor give their nodes a null value with the reason;
 * `promqlHistory` keeps the anomaly history of promql nodes between calls (create one per spec).
 * Throws nothing: every failure is a null observation with a reason.
 */
function evaluateBaseNodes(spec, monitors, sources, now, promqlHistory = new anomaly_1.AnomalyHistory(60, spec.defaults.evaluation_interval)) {
    const observations = new Map();
    const anomalyScores = new Map();
    const models = [];
    for (const [, monitor] of monitors) {
        const evaluation = monitor.evaluate(now);
        models.push(evaluation);
        for (const o of evaluation.observations)
            observations.set(o.node, o);
        for (const [node, z] of Object.entries(evaluation.anomalyScores))
            anomalyScores.set(node, z);
    }
    const promql = [];
    for (const node of spec.nodes) {
        if (node.tier !== 'base' || observations.has(node.id))
            continue;
        const o = node.signal?.kind === 'promql' ? promqlObservation(node, node.signal, sources) : unmonitored(node);
        observations.set(node.id, o);
        if (node.signal?.kind === 'promql')
            promql.push(o);
    }
    for (const [node, z] of Object.entries(promqlHistory.scoreAndRecord(promql, now)))
        anomalyScores.set(node, z);
    const ordered = new Map();
    for (const node of spec.nodes) {
        const o = observations.get(node.id);
        if (o)
            ordered.set(node.id, o);
    }
    return { at: now, observations: ordered, anomalyScores, models };
}
function promqlObservation(node, signal, sources) {
    const reading = sources?.reading(signal.source, signal.query);
    if (reading === undefined)
        return {
            node: node.id,
            value: null,
            observedAt: null,
            reason: `source ${signal.source} is not polled for this query`,
        };
    if (!reading.up) {
        return {
            node: node.id,
            value: null,
            observedAt: reading.observedAt,
            reason: `source ${signal.source} is down: ${reading.reason ?? 'no answer'}`,
        };
    }
    if (reading.value === null) {
        return {
            node: node.id,
            value: null,
            observedAt: reading.observedAt,
            reason: reading.reason ?? 'query returned no series',
        };
    }
    return { node: node.id, value: reading.value, observedAt: reading.observedAt };
}
function unmonitored(node) {
    const reason = node.model
        ? `model ${node.model} has no monitor`
        : `base node ${node.id} has no model and is not a promql node`;
    return { node: node.id, value: null, observedAt: null, reason };
}
//# sourceMappingURL=evaluateBaseNodes.js.map