"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetsTrigger = meetsTrigger;
exports.evaluateRetrainTriggers = evaluateRetrainTriggers;
exports.nextTriggerSince = nextTriggerSince;
const status_1 = require("./status");
/** Whether a status meets a trigger status (unknown never does). */
function meetsTrigger(status, trigger) {
    return status !== 'unknown' && (0, status_1.severity)(status) >= (0, status_1.severity)(trigger);
}
/**
 * Evaluates every retraining trigger of the spec. Complexity O(triggers × nodes).
 *
 * @example
 * // fraud.drift has retrain_trigger {status: 'critical'} and is critical:
 * evaluateRetrainTriggers(spec, results, new Map(), now).recommended // { fraud: true, recsys: false }
 */
function evaluateRetrainTriggers(spec, results, since, now) {
    const recommended = {};
    for (const m of spec.models)
        recommended[m.id] = false;
    const byId = new Map(spec.nodes.map((n) => [n.id, n]));
    const triggers = [];
    for (const node of spec.nodes) {
        const trigger = node.retrain_trigger;
        const result = results.get(node.id);
        if (trigger === undefined || result === undefined)
            continue;
        const condition = meetsTrigger(result.status, trigger.status);
        const started = condition ? Math.min(since.get(node.id) ?? now, now) : null;
        const holds = started !== null && (trigger.for === undefined || now - started >= trigger.for);
        const models = triggerModels(node, trigger.status, byId, results);
        if (holds)
            for (const m of models)
                recommended[m] = true;
        triggers.push({ node: node.id, condition, since: started, holds, models });
    }
    return { recommended, triggers };
}
function triggerModels(node, trigger, byId, results) {
    if (node.model !== undefined)
        return [node.model];
    const all = new Set();
    const degraded = new Set();
    for (const id of descendantsOf(node, byId)) {
        const d = byId.get(id);
        if (d.model === undefined)
            continue;
        all.add(d.model);
        const r = results.get(id);
        if (r !== undefined && meetsTrigger(r.status, trigger))
            degraded.add(d.model);
    }
    return [...(degraded.size > 0 ? degraded : all)].sort();
}
function descendantsOf(node, byId) {
    const seen = new Set();
    const stack = (node.children ?? []).map((c) => c.node);
    while (stack.length > 0) {
        const id = stack.pop();
        if (seen.has(id))
            continue;
        seen.add(id);
        for (const c of byId.get(id)?.children ?? [])
            stack.push(c.node);
    }
    return seen;
}
/**
 * The `inputs.triggerSince` map for the next evaluation: for each trigger whose condition holds now,
 * since when. Pure; the caller stores it between evaluations.
 *
 * @example nextTriggerSince({ …, retrainTriggers: [{ node: 'fraud.drift', condition: true, since: 1000, holds: false, models: ['fraud'] }] })
 * // Map { 'fraud.drift' => 1000 }
 */
function nextTriggerSince(snapshot) {
    const next = new Map();
    for (const t of snapshot.retrainTriggers ?? [])
        if (t.since !== null)
            next.set(t.node, t.since);
    return next;
}
//# sourceMappingURL=retrain.js.map