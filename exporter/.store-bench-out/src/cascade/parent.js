"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scoreThresholdsOf = scoreThresholdsOf;
exports.evaluateParent = evaluateParent;
exports.largestShare = largestShare;
const contributions_1 = require("./contributions");
const format_1 = require("./format");
const rollup_1 = require("./rollup");
const status_1 = require("./status");
const thresholds_1 = require("./thresholds");
const unknown_1 = require("./unknown");
/** The score thresholds a node's own status is read with. */
function scoreThresholdsOf(node, spec) {
    const isParent = node.children !== undefined && node.children.length > 0;
    if (isParent && node.thresholds !== undefined) {
        return { warning: node.thresholds.warning, critical: node.thresholds.critical };
    }
    return spec.defaults.score_thresholds;
}
/**
 * Evaluates one parent node from its children's states (in declaration order). Complexity O(n log n).
 *
 * @example
 * // worst_of over a 0.875 (ok), b 0.65 (warning), c 0.3 (critical):
 * evaluateParent(node, children, spec, now)
 * // { score: 0.3, status: 'critical', contributions: [a 0, b 0, c 1], reason: 'worst child c (critical)', … }
 */
function evaluateParent(node, children, spec, now) {
    const rule = node.rollup ?? { rule: 'worst_of' };
    const t = scoreThresholdsOf(node, spec);
    const policy = (0, unknown_1.applyUnknownPolicy)(children, node.unknown_policy ?? spec.defaults.unknown_policy);
    const outcome = (0, rollup_1.rollup)(rule, policy.rated);
    const base = {
        id: node.id,
        tier: node.tier,
        model: node.model ?? '',
        score: outcome?.score ?? null,
        status: 'unknown',
        value: null,
        thresholds: { warning: t.warning, critical: t.critical },
        contributions: (0, contributions_1.contributions)(rule, policy.rated, children.map((c) => c.id), outcome?.score ?? null),
        impact: null,
        decay: 1,
        reason: '',
        updatedAt: now,
    };
    if (outcome === null || policy.forcesUnknown) {
        return { ...base, reason: unknownReason(rule, policy, children.length) };
    }
    const byScore = (0, thresholds_1.statusFromScore)(outcome.score, t);
    const status = (0, status_1.worseStatus)(byScore, outcome.floor);
    return { ...base, status, reason: ruleReason(rule, policy.rated, outcome, byScore, base.contributions) };
}
function unknownReason(rule, policy, n) {
    const u = policy.unknown;
    if (policy.forcesUnknown) {
        return u.length === 1 ? `child ${u[0]} is unknown` : `children ${u.join(', ')} are unknown`;
    }
    if (n === 0)
        return 'no children';
    if (policy.rated.length === 0)
        return 'all children unknown';
    const k = rule.rule === 'k_of_n' ? rule.k : 1;
    return `${policy.rated.length} of ${n} children known, ${k} needed`;
}
function ruleReason(rule, rated, outcome, byScore, shares) {
    const bestFirst = [...rated].sort((a, b) => (0, status_1.severity)(a.status) - (0, status_1.severity)(b.status) || b.score - a.score || compareIds(a.id, b.id));
    const worst = [...rated].sort((a, b) => (0, status_1.severity)(b.status) - (0, status_1.severity)(a.status) || a.score - b.score || compareIds(a.id, b.id))[0];
    switch (rule.rule) {
        case 'worst_of':
            return `worst child ${worst.id} (${worst.status})`;
        case 'k_of_n': {
            const pivot = bestFirst[rule.k - 1];
            return `${rule.k} of ${rated.length} must be healthy; ${ordinal(rule.k)} best child ${pivot.id} (${pivot.status})`;
        }
        case 'weighted_mean': {
            const parts = [`weighted mean ${(0, format_1.formatNumber)(outcome.score)}`];
            const top = largestShare(shares);
            if (top !== null)
                parts.push(`largest share ${top.child} (${(0, format_1.formatShare)(top.share)})`);
            if ((0, status_1.severity)(outcome.floor) > (0, status_1.severity)(byScore)) {
                parts.push(`critical child ${worst.id} keeps it at ${outcome.floor}`);
            }
            return parts.join('; ');
        }
    }
}
/** The contribution with the largest share (ties: the first id in code-point order); null when none is positive. */
function largestShare(shares) {
    let best = null;
    for (const c of shares) {
        if (c.share <= 0)
            continue;
        if (best === null || c.share > best.share || (c.share === best.share && c.child < best.child))
            best = c;
    }
    return best;
}
/** Code-point order, independent of locale. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function ordinal(k) {
    const tens = k % 100;
    if (tens >= 11 && tens <= 13)
        return `${k}th`;
    return `${k}${['th', 'st', 'nd', 'rd'][k % 10] ?? 'th'}`;
}
//# sourceMappingURL=parent.js.map