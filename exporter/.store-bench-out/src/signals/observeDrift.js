"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.driftValue = driftValue;
exports.driftShare = driftShare;
exports.driftWorst = driftWorst;
const driftTests_1 = require("./driftTests");
/**
 * A feature test's value for a node: the statistic, or the (corrected) p-value for `measure: p_value`
 * (null for distance methods, which have none). Throws nothing.
 * @example driftValue({ ...result, method: 'psi', statistic: 0.31 }, 'statistic') // { value: 0.31 }
 */
function driftValue(r, measure) {
    if (r.statistic === null)
        return { value: null, reason: `${r.feature}: ${r.reason ?? 'no test result'}` };
    if (measure === 'statistic')
        return { value: r.statistic };
    if (!(0, driftTests_1.isPValueMethod)(r.method) || r.pValue === null)
        return { value: null, reason: `${r.method} gives no p-value` };
    return { value: r.pValue };
}
/**
 * Share of features (all, or the listed ones) whose test says drifted, with each feature's own method
 * or the node's. Features without a result (too few values, a method that does not fit) are left out
 * and named in the reason; with none left the value is null. Complexity: the tests it triggers.
 * @example driftShare(book, model, undefined, undefined) // { value: 0.25 } when 1 of 4 features drifted
 */
function driftShare(drift, model, features, method) {
    const names = features ?? model.features.map((f) => f.name);
    const results = names
        .map((n) => drift.result(n, method))
        .filter((r) => r !== undefined);
    const known = results.filter((r) => r.drifted !== null);
    if (known.length === 0)
        return {
            value: null,
            reason: results[0]?.reason ? `${results[0].feature}: ${results[0].reason}` : 'no features to test',
        };
    const value = known.filter((r) => r.drifted).length / known.length;
    const missing = results.length - known.length;
    return missing === 0
        ? { value }
        : { value, reason: `${missing} of ${results.length} features without a drift result` };
}
/**
 * The worst feature: the largest distance (Jensen-Shannon unless the node names a method), or the
 * smallest corrected p-value for a p-value method. The reason names the feature. Features whose test
 * cannot run are skipped; with none left the value is null.
 * @example driftWorst(book, model, undefined, undefined) // { value: 0.37, reason: 'worst: amount (jensenshannon)' }
 */
function driftWorst(drift, model, features, method) {
    const names = features ?? model.features.map((f) => f.name);
    const chosen = method ?? 'jensenshannon';
    const lowerIsWorse = (0, driftTests_1.isPValueMethod)(chosen);
    let worst = null;
    let firstReason;
    for (const name of names) {
        const r = drift.result(name, chosen);
        const v = r === undefined ? null : lowerIsWorse ? r.pValue : r.statistic;
        if (r === undefined || v === null) {
            firstReason ??= r ? `${r.feature}: ${r.reason}` : `feature ${name} is not declared`;
            continue;
        }
        const current = worst === null ? null : lowerIsWorse ? worst.pValue : worst.statistic;
        if (current === null || (lowerIsWorse ? v < current : v > current))
            worst = r;
    }
    if (worst === null)
        return { value: null, reason: firstReason ?? 'no features to test' };
    const value = (lowerIsWorse ? worst.pValue : worst.statistic);
    return { value, reason: `worst: ${worst.feature} (${chosen})` };
}
//# sourceMappingURL=observeDrift.js.map