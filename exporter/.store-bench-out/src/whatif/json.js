"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scenarioJson = scenarioJson;
/**
 * The wire form of a scenario outcome (`POST /api/v1/scenarios`, `mlhealth scenario --format json`):
 * snake_case like the spec and `GET /api/v1/cascade`, statuses as words plus `status_code`. Pure.
 */
const cascade_1 = require("../cascade");
function nodeJson(r, live) {
    const liveScore = live?.score ?? null;
    const liveStatus = live?.status ?? 'unknown';
    return {
        id: r.id,
        tier: r.tier,
        model: r.model,
        score: r.score,
        status: r.status,
        status_code: (0, cascade_1.statusCode)(r.status),
        value: r.value,
        reason: r.reason,
        contributions: r.contributions,
        impact: r.impact,
        impact_unknown: r.impactUnknown ?? null,
        live_score: liveScore,
        live_status: liveStatus,
        changed: liveScore !== r.score || liveStatus !== r.status,
    };
}
/**
 * A scenario outcome as JSON. Complexity O(nodes × depth) for the explanations.
 * @example scenarioJson(spec, outcome).explanations.revenue_assurance
 * // 'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.3'
 */
function scenarioJson(spec, outcome) {
    const live = new Map(outcome.live.nodes.map((n) => [n.id, n]));
    const explanations = {};
    for (const delta of outcome.impacts) {
        if (delta.scenario_status !== 'ok')
            explanations[delta.node] = (0, cascade_1.explainNode)(outcome.scenario, delta.node, spec);
    }
    return {
        at: outcome.at,
        failure: outcome.failure,
        changes: outcome.changes,
        notes: outcome.notes,
        impacts: outcome.impacts,
        explanations,
        cascade: outcome.scenario.nodes.map((n) => nodeJson(n, live.get(n.id))),
    };
}
//# sourceMappingURL=json.js.map