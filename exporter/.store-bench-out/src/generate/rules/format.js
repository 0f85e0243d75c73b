"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatThreshold = formatThreshold;
exports.goG4 = goG4;
exports.goFormatValue = goFormatValue;
exports.displayDuration = displayDuration;
/**
 * Number formatting for alert text: static thresholds as people read them, and a mirror of the Go
 * formatting Prometheus templates apply (`%.4g`, `humanizeDuration`, `humanizePercentage`), so that
 * generated rule tests can predict the annotations.
 */
const duration_1 = require("../../spec/duration");
/** A static threshold in the node's unit, as people read it: `150ms`, `5%`, `0.25`. */
function formatThreshold(value, unit) {
    if (unit === 'seconds' && (0, duration_1.isFormattableDuration)(value))
        return (0, duration_1.formatDuration)(value);
    if (unit === 'ratio')
        return `${Number((value * 100).toPrecision(6))}%`;
    return String(value);
}
/**
 * What Go's `%.4g` prints for `v` (Prometheus templates use it in `humanize*` and our `printf`):
 * four significant digits, trailing zeros dropped, exponent form below 1e-4 or from 1e4 on.
 * Used to predict annotations in generated `promtool test rules` files. Exact ties (12345 → 1.234e+04
 * in Go, 1.235e+04 here) differ; the generated tests use values that are not ties.
 * @example goG4(0.3) // '0.3'
 * @example goG4(123456) // '1.235e+05'
 */
function goG4(v) {
    if (v === 0)
        return '0';
    const [mantissa, expText] = v.toExponential(3).split('e');
    const exp = Number(expText);
    const trimmed = mantissa.replace(/\.?0+$/, '');
    if (exp < -4 || exp >= 4)
        return `${trimmed}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    return String(Number(v.toPrecision(4)));
}
/** What the template formatter of `unit` (text.ts) prints for `v`, mirroring Prometheus' humanizeDuration/humanizePercentage. */
function goFormatValue(v, unit) {
    if (unit === 'ratio')
        return `${goG4(v * 100)}%`;
    if (unit !== 'seconds')
        return goG4(v);
    if (v === 0)
        return '0s';
    if (Math.abs(v) >= 1)
        return goDurationAboveOne(v);
    let scaled = v;
    let prefix = '';
    for (const p of ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y']) {
        if (Math.abs(scaled) >= 1)
            break;
        prefix = p;
        scaled *= 1000;
    }
    return `${goG4(scaled)}${prefix}s`;
}
function goDurationAboveOne(v) {
    const sign = v < 0 ? '-' : '';
    const abs = Math.abs(v);
    const whole = Math.trunc(abs);
    const [d, h, m, s] = [
        Math.floor(whole / 86400),
        Math.floor(whole / 3600) % 24,
        Math.floor(whole / 60) % 60,
        whole % 60,
    ];
    if (d !== 0)
        return `${sign}${d}d ${h}h ${m}m ${s}s`;
    if (h !== 0)
        return `${sign}${h}h ${m}m ${s}s`;
    if (m !== 0)
        return `${sign}${m}m ${s}s`;
    return `${sign}${goG4(abs)}s`;
}
/** A duration for people: like `formatDuration` but in days rather than weeks or years (`30d`, not `4w2d`). */
function displayDuration(seconds) {
    const days = Math.floor(seconds / 86400);
    const rest = seconds - days * 86400;
    if (days === 0)
        return (0, duration_1.formatDuration)(rest);
    return rest === 0 ? `${days}d` : `${days}d${(0, duration_1.formatDuration)(rest)}`;
}
//# sourceMappingURL=format.js.map