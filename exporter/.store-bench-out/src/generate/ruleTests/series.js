"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEST_TARGET = void 0;
exports.seriesName = seriesName;
exports.constant = constant;
exports.growing = growing;
exports.series = series;
exports.gcdSeconds = gcdSeconds;
/** Input series of generated rule tests: one exporter instance, labels written out in a fixed order. */
const names_1 = require("../rules/names");
/** The scrape target every test series comes from. */
exports.TEST_TARGET = { job: names_1.SCRAPE_JOB, instance: 'mlhealth:9853' };
/** `metric{k="v",...}` with the target labels appended, values double-quoted with escapes. */
function seriesName(metric, labels, target = true) {
    const all = target ? { ...labels, ...exports.TEST_TARGET } : labels;
    const parts = Object.entries(all)
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return `${metric}{${parts.join(',')}}`;
}
/** `value` repeated over `steps` intervals (steps + 1 samples), promtool's `axn` notation. */
function constant(value, steps) {
    return `${value}x${steps}`;
}
/** A series growing by `step` per interval from `start`, promtool's `a+bxn`. */
function growing(start, step, steps) {
    return `${start}+${step}x${steps}`;
}
function series(name, values) {
    return { series: name, values };
}
/** Greatest common divisor of positive durations in seconds (millisecond resolution). */
function gcdSeconds(values) {
    const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
    const millis = values.map((v) => Math.round(v * 1000));
    return millis.reduce((a, b) => gcd(a, b)) / 1000;
}
//# sourceMappingURL=series.js.map