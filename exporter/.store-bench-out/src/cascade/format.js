"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatNumber = formatNumber;
exports.formatDuration = formatDuration;
exports.formatValue = formatValue;
exports.formatShare = formatShare;
/**
 * A number with at most 3 significant digits below 100, rounded to an integer from 100 on.
 *
 * @example formatNumber(0.31) // '0.31'
 * @example formatNumber(0.3125) // '0.313'
 * @example formatNumber(1234.5) // '1235'
 */
function formatNumber(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (Math.abs(x) >= 100)
        return String(Math.round(x));
    return String(Number(x.toPrecision(3)));
}
/**
 * A duration in seconds in its largest sensible unit: s below 2 min, then min, h (below 2 d), d.
 *
 * @example formatDuration(301) // '5.02min'
 * @example formatDuration(5184000) // '60d'
 */
function formatDuration(seconds) {
    const abs = Math.abs(seconds);
    if (abs < 120)
        return `${formatNumber(seconds)}s`;
    if (abs < 7200)
        return `${formatNumber(seconds / 60)}min`;
    if (abs < 172800)
        return `${formatNumber(seconds / 3600)}h`;
    return `${formatNumber(seconds / 86400)}d`;
}
/** A value in a node's unit: durations for seconds, plain numbers otherwise. @example formatValue(0.84, 'seconds') // '0.84s' */
function formatValue(x, unit) {
    return unit === 'seconds' ? formatDuration(x) : formatNumber(x);
}
/** A share 0..1 as a whole percentage. @example formatShare(0.5385) // '54%' */
function formatShare(share) {
    return `${Math.round(share * 100)}%`;
}
//# sourceMappingURL=format.js.map