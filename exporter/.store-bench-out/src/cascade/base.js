"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluateBase = evaluateBase;
exports.valueReason = valueReason;
const format_1 = require("./format");
const labels_1 = require("./labels");
const mapping_1 = require("./mapping");
const thresholds_1 = require("./thresholds");
/**
 * Evaluates one base node. Complexity O(1).
 *
 * @example
 * // node fraud.drift.amount: feature_drift psi, thresholds warning 0.1 / critical 0.25 higher_is_worse
 * evaluateBase(node, { node: 'fraud.drift.amount', value: 0.31, observedAt: now - 10 }, spec, now)
 * // { score: 0.3, status: 'critical', value: 0.31, reason: 'PSI 0.31 ≥ critical 0.25', … }
 */
function evaluateBase(node, observation, spec, now) {
    const t = node.thresholds;
    const result = {
        id: node.id,
        tier: node.tier,
        model: node.model ?? '',
        score: null,
        status: 'unknown',
        value: observation?.value ?? null,
        thresholds: t !== undefined ? { warning: t.warning, critical: t.critical } : null,
        contributions: [],
        impact: null,
        decay: 1,
        reason: '',
        updatedAt: now,
    };
    const unknownWhy = whyUnknown(node, observation, spec.defaults.stale_after, now);
    if (unknownWhy !== null || t === undefined || observation === undefined || observation.value === null) {
        return { ...result, reason: unknownWhy ?? 'no thresholds' };
    }
    const value = observation.value;
    const status = (0, thresholds_1.statusFromValue)(value, t);
    const score = (0, mapping_1.scoreValue)(value, t, node.score_mapping ?? 'linear', spec.defaults.score_thresholds);
    return { ...result, score, status, reason: valueReason(node, value, status) };
}
function whyUnknown(node, observation, staleAfter, now) {
    if (observation === undefined)
        return 'no observation';
    const { value, observedAt } = observation;
    if (value === null) {
        return observation.reason !== undefined ? `no value: ${observation.reason}` : 'no value';
    }
    if (!Number.isFinite(value))
        return `value ${value} is not a finite number`;
    if (observedAt === null)
        return 'never observed';
    const age = now - observedAt;
    if (age > staleAfter) {
        return `stale: last observed ${(0, format_1.formatDuration)(age)} ago > stale_after ${(0, format_1.formatDuration)(staleAfter)}`;
    }
    if (node.thresholds === undefined)
        return 'no thresholds';
    return null;
}
/**
 * "PSI 0.31 ≥ critical 0.25", "accuracy 0.85 ≤ warning 0.9", "p99 latency 0.2s < warning 0.5s".
 */
function valueReason(node, value, status) {
    const t = node.thresholds;
    const label = (0, labels_1.signalLabel)(node.signal);
    const v = (0, format_1.formatValue)(value, node.unit);
    if (t === undefined)
        return `${label} ${v}`;
    const higher = t.direction === 'higher_is_worse';
    const level = status === 'ok' ? 'warning' : status;
    const bound = (0, format_1.formatValue)(level === 'critical' ? t.critical : t.warning, node.unit);
    const cmp = status === 'ok' ? (higher ? '<' : '>') : higher ? '≥' : '≤';
    return `${label} ${v} ${cmp} ${level} ${bound}`;
}
//# sourceMappingURL=base.js.map