"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.marketChanges = marketChanges;
exports.requestChanges = requestChanges;
/**
 * Market conditions as scenario changes: every replaced exposure first (`set_exposure`), then the
 * overall factor (`scale_exposure` without a node), so "prices +10% in peak season ×3" is
 * `{exposures: {n: 1.1 × e}, scale_exposure: 3}` and the replaced exposure is scaled too.
 *
 * @example marketChanges({ scale_exposure: 3, exposures: { revenue_assurance: 50000 } })
 * // [{ set_exposure: { node: 'revenue_assurance', value: 50000 } }, { scale_exposure: { factor: 3 } }]
 */
function marketChanges(market) {
    const out = Object.entries(market.exposures ?? {}).map(([node, value]) => ({
        set_exposure: { node, value },
    }));
    if (market.scale_exposure !== undefined)
        out.push({ scale_exposure: { factor: market.scale_exposure } });
    return out;
}
/**
 * Every change a request applies, in order: named scenario, request changes, market.
 * @throws Error when `request.named` is not a scenario of the spec (validate first with `scenarioRequestProblems`).
 */
function requestChanges(spec, request) {
    const named = [];
    if (request.named !== undefined) {
        const scenario = spec.scenarios.find((s) => s.id === request.named);
        if (scenario === undefined)
            throw new Error(`requestChanges: no scenario '${request.named}' in spec ${spec.name}`);
        named.push(...scenario.changes);
    }
    return [...named, ...request.changes, ...marketChanges(request.market)];
}
//# sourceMappingURL=market.js.map