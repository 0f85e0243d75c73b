"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.impactDeltas = impactDeltas;
function amount(r) {
    return r?.impact?.value ?? null;
}
function unknownReason(r) {
    if (r === undefined)
        return 'node not evaluated';
    if (r.impact !== null)
        return undefined;
    return r.impactUnknown?.reason ?? `status ${r.status}`;
}
/**
 * One delta per node of the spec that declares an impact model, in spec order. The difference is
 * scenario − live, null when either amount is unknown: missing data is never priced as zero.
 * Complexity O(nodes).
 *
 * @example impactDeltas(spec, live, scenario)[0]
 * // { node: 'revenue_assurance', measure: 'revenue_at_risk', unit: 'EUR/hour', live: 0, scenario: 1536,
 * //   difference: 1536, live_status: 'ok', scenario_status: 'warning', ... }
 */
function impactDeltas(spec, live, scenario) {
    const liveById = new Map(live.nodes.map((n) => [n.id, n]));
    const scenarioById = new Map(scenario.nodes.map((n) => [n.id, n]));
    const out = [];
    for (const node of spec.nodes) {
        if (node.impact === undefined)
            continue;
        const l = liveById.get(node.id);
        const s = scenarioById.get(node.id);
        const liveAmount = amount(l);
        const scenarioAmount = amount(s);
        const delta = {
            node: node.id,
            title: node.title,
            measure: node.impact.measure,
            unit: node.impact.unit,
            live: liveAmount,
            scenario: scenarioAmount,
            difference: liveAmount !== null && scenarioAmount !== null ? scenarioAmount - liveAmount : null,
            live_status: l?.status ?? 'unknown',
            scenario_status: s?.status ?? 'unknown',
        };
        const lr = unknownReason(l);
        const sr = unknownReason(s);
        if (lr !== undefined)
            delta.live_unknown_reason = lr;
        if (sr !== undefined)
            delta.scenario_unknown_reason = sr;
        out.push(delta);
    }
    return out;
}
//# sourceMappingURL=delta.js.map