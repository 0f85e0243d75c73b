"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_CYCLE_SECONDS = exports.DEMO_INCIDENTS = void 0;
exports.conditionsAt = conditionsAt;
exports.describeTimetable = describeTimetable;
/** One cycle of the timetable: drift after 2 min, a latency spike after 4, missing values after 6. */
exports.DEMO_INCIDENTS = [
    {
        kind: 'drift',
        model: 'fraud',
        feature: 'amount',
        start: 120,
        end: 210,
        title: 'fraud: amount drifts (×6, a currency mix-up)',
    },
    { kind: 'latency', model: 'recs', start: 240, end: 330, title: 'recs: latency spike (slow feature store)' },
    {
        kind: 'missing',
        model: 'fraud',
        feature: 'merchant_category',
        start: 360,
        end: 450,
        title: 'fraud: merchant_category missing in 60% of events',
    },
];
/** Length of one cycle (seconds, unscaled); after it the timetable repeats. */
exports.DEMO_CYCLE_SECONDS = 540;
/**
 * The conditions of `model` at `elapsed` seconds after the demo started, with offsets divided by
 * `timeScale` (1 = real time). Throws on a time scale that is not a positive finite number.
 *
 * @example
 * conditionsAt('fraud', 130, 1).driftedFeatures.has('amount'); // true
 * conditionsAt('fraud', 13, 10).driftedFeatures.has('amount'); // true
 */
function conditionsAt(model, elapsed, timeScale) {
    if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
        throw new Error(`conditionsAt: time scale ${timeScale} must be a positive finite number`);
    }
    const inCycle = (elapsed * timeScale) % exports.DEMO_CYCLE_SECONDS;
    const active = exports.DEMO_INCIDENTS.filter((i) => i.model === model && inCycle >= i.start && inCycle < i.end);
    return {
        driftedFeatures: new Set(active.filter((i) => i.kind === 'drift').map((i) => i.feature ?? '')),
        missingFeatures: new Set(active.filter((i) => i.kind === 'missing').map((i) => i.feature ?? '')),
        latencySpike: active.some((i) => i.kind === 'latency'),
    };
}
function clockText(seconds) {
    const s = Math.round(seconds);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
/** The timetable as printed on start, with scaled offsets, e.g. "  2:00 – 3:30  fraud: amount drifts". */
function describeTimetable(timeScale) {
    const lines = exports.DEMO_INCIDENTS.map((i) => `  ${clockText(i.start / timeScale).padStart(5)} – ${clockText(i.end / timeScale).padEnd(5)}  ${i.title}`);
    return [...lines, `  repeats every ${clockText(exports.DEMO_CYCLE_SECONDS / timeScale)} (m:ss after start)`].join('\n');
}
//# sourceMappingURL=incidents.js.map