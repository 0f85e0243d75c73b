"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyUnknownPolicy = applyUnknownPolicy;
/**
 * Applies an unknown policy to a parent's children. Complexity O(n log n) (the unknown ids are sorted).
 *
 * @throws Error when a child that is not unknown has no score (an engine invariant).
 * @example applyUnknownPolicy([{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: null, status: 'unknown', weight: 1 }], 'as_critical').rated
 * // [{ id: 'a', score: 0.9, status: 'ok', weight: 1 }, { id: 'b', score: 0, status: 'critical', weight: 1 }]
 */
function applyUnknownPolicy(children, policy) {
    const rated = [];
    const unknown = [];
    for (const child of children) {
        if (child.status === 'unknown') {
            unknown.push(child.id);
            if (policy === 'as_critical') {
                rated.push({ id: child.id, score: 0, status: 'critical', weight: child.weight });
            }
            continue;
        }
        if (child.score === null) {
            throw new Error(`applyUnknownPolicy: child ${child.id} is ${child.status} but has no score`);
        }
        rated.push({ id: child.id, score: child.score, status: child.status, weight: child.weight });
    }
    unknown.sort();
    return { rated, unknown, forcesUnknown: policy === 'propagate' && unknown.length > 0 };
}
//# sourceMappingURL=unknown.js.map