"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sel = sel;
exports.target = target;
exports.withRefIds = withRefIds;
/** `metric{environment=~"$environment",k="v",...}`; a value starting with `=~` or `!=` keeps its operator. */
function sel(metric, matchers = {}) {
    const parts = ['environment=~"$environment"'];
    for (const [k, v] of Object.entries(matchers)) {
        const op = v.startsWith('=~') || v.startsWith('!=') || v.startsWith('!~') ? v.slice(0, 2) : '=';
        const value = op === '=' ? v : v.slice(2);
        parts.push(`${k}${op}"${value}"`);
    }
    return `${metric}{${parts.join(',')}}`;
}
/** A target; refIds are given by position (A, B, ...) unless named. */
function target(expr, legendFormat, options = {}) {
    return { refId: 'A', expr, legendFormat, range: options.instant !== true, ...options };
}
/** Assigns refIds A, B, C... to targets that do not name one. */
function withRefIds(targets) {
    return targets.map((t, i) => ({
        ...t,
        refId: t.refId === 'A' && i > 0 ? String.fromCharCode(65 + i) : t.refId,
    }));
}
//# sourceMappingURL=query.js.map