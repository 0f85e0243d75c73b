"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATUSES = void 0;
exports.severity = severity;
exports.worseStatus = worseStatus;
exports.worstStatus = worstStatus;
exports.statusCode = statusCode;
exports.statusFromCode = statusFromCode;
exports.STATUSES = ['ok', 'warning', 'critical', 'unknown'];
const SEVERITY = { ok: 0, warning: 1, critical: 2, unknown: 3 };
/** Rank of a status in the severity order (ok 0 … unknown 3). */
function severity(status) {
    return SEVERITY[status];
}
/** The worse of two statuses in the severity order. */
function worseStatus(a, b) {
    return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
/**
 * The worst status in a list; `ok` for an empty list is never returned: an empty list is `unknown`,
 * because a parent without evaluated children has no evidence of health.
 */
function worstStatus(statuses) {
    if (statuses.length === 0)
        return 'unknown';
    return statuses.reduce(worseStatus);
}
/** Wire code of `mlhealth_node_status`: 0 ok, 1 warning, 2 critical, 3 unknown (DESIGN.md, metric contract v1). */
function statusCode(status) {
    return SEVERITY[status];
}
/** Inverse of `statusCode`; throws on a code outside 0..3. */
function statusFromCode(code) {
    const found = exports.STATUSES.find((s) => SEVERITY[s] === code);
    if (found === undefined)
        throw new Error(`statusFromCode: code ${code} is not one of 0, 1, 2, 3`);
    return found;
}
//# sourceMappingURL=status.js.map