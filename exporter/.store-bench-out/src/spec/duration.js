"use strict";
/**
 * Durations in Prometheus syntax (`30s`, `5m`, `1h30m`, `7d`, `2w`, `1y`, `250ms`): the spec writes
 * them so, the loader turns them into seconds, and the rule generator turns seconds back for `for:`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DURATION_PATTERN = void 0;
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
exports.isFormattableDuration = isFormattableDuration;
const UNITS = [
    ['y', 365 * 24 * 3600],
    ['w', 7 * 24 * 3600],
    ['d', 24 * 3600],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
    ['ms', 0.001],
];
// Units in descending order, each at most once, as Prometheus' model.ParseDuration accepts them.
const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** The regular expression the JSON Schema uses for duration strings (same grammar as `parseDuration`). */
exports.DURATION_PATTERN = '^(0|(?=[0-9])([0-9]+y)?([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?)$';
/**
 * Parses a Prometheus duration into seconds.
 *
 * Convention: units y = 365d, w = 7d, d, h, m, s, ms, largest first, each at most once; `"0"` is zero.
 * Complexity O(length).
 *
 * @throws Error naming the text when it is empty or not in that grammar (e.g. `5 m`, `1.5h`, `m5`).
 * @example parseDuration('15m') // 900
 * @example parseDuration('1h30m') // 5400
 */
function parseDuration(text) {
    if (text === '0')
        return 0;
    const match = DURATION_RE.exec(text);
    if (text === '' || match === null) {
        throw new Error(`parseDuration: '${text}' is not a duration; expected Prometheus syntax such as 30s, 5m, 1h30m, 7d`);
    }
    let seconds = 0;
    UNITS.forEach(([, size], i) => {
        const digits = match[i + 1];
        if (digits !== undefined)
            seconds += Number(digits) * size;
    });
    // Sum milliseconds in integer space so that '1s500ms' is exactly 1.5.
    return Math.round(seconds * 1000) / 1000;
}
/**
 * Formats seconds as a Prometheus duration, the way Prometheus prints them: largest units first, zero
 * parts left out, `0s` for zero.
 *
 * Convention: exact to the millisecond; y = 365d, w = 7d. Complexity O(1).
 *
 * @throws Error when `seconds` is negative, not finite, or not a whole number of milliseconds.
 * @example formatDuration(900) // '15m'
 * @example formatDuration(5400) // '1h30m'
 * @example formatDuration(0.25) // '250ms'
 */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0) {
        throw new Error(`formatDuration: ${seconds} is not a duration; expected a finite number of seconds >= 0`);
    }
    let millis = Math.round(seconds * 1000);
    if (Math.abs(millis - seconds * 1000) > 1e-6 * Math.max(1, seconds * 1000)) {
        throw new Error(`formatDuration: ${seconds} s is not a whole number of milliseconds`);
    }
    if (millis === 0)
        return '0s';
    let out = '';
    for (const [unit, size] of UNITS) {
        const unitMillis = Math.round(size * 1000);
        const count = Math.floor(millis / unitMillis);
        if (count > 0) {
            out += `${count}${unit}`;
            millis -= count * unitMillis;
        }
    }
    return out;
}
/** True when `formatDuration(seconds)` would succeed (a whole number of milliseconds, >= 0). */
function isFormattableDuration(seconds) {
    return (Number.isFinite(seconds) && seconds >= 0 && Math.abs(Math.round(seconds * 1000) - seconds * 1000) < 1e-6);
}
//# sourceMappingURL=duration.js.map