"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signalDefinition = signalDefinition;
exports.windowText = windowText;
exports.thresholdText = thresholdText;
exports.scoreThresholdText = scoreThresholdText;
const format_1 = require("../rules/format");
/** What the signal computes, e.g. "`feature_drift` of feature `amount` (method psi, statistic)". */
function signalDefinition(signal) {
    const { kind, ...rest } = signal;
    const params = Object.entries(rest)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`);
    return `\`${kind}\`${params.length === 0 ? '' : ` (${params.join('; ')})`}`;
}
/** The window a model's statistics are computed over. */
function windowText(model) {
    if (model === undefined)
        return '—';
    return 'duration' in model.window
        ? `the last ${(0, format_1.displayDuration)(model.window.duration)} of events`
        : `the last ${model.window.count} events`;
}
/** ISO date (UTC) of a Unix time: deterministic, unlike a local time. */
function isoDate(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
/** Thresholds and where they come from: typed by hand, to be calibrated, or derived (with the run's figures). */
function thresholdText(t, node) {
    const bounds = `warning ${(0, format_1.formatThreshold)(t.warning, node.unit)}, critical ${(0, format_1.formatThreshold)(t.critical, node.unit)}, ${t.direction.replace(/_/g, ' ')}`;
    const baseline = t.baseline === undefined ? '' : `; healthy at ${(0, format_1.formatThreshold)(t.baseline, node.unit)}`;
    const d = t.derived;
    if (d !== undefined) {
        const how = d.method === 'reference_chunks'
            ? `mean + k·σ over ${d.chunks ?? '?'} reference chunks, k ${d.k ?? '?'}`
            : `quantile ${d.quantile ?? '?'} of the node's history`;
        const figures = [
            d.mean === undefined ? '' : `mean ${d.mean}`,
            d.std === undefined ? '' : `σ ${d.std}`,
            d.samples === undefined ? '' : `${d.samples} samples`,
        ].filter((s) => s !== '');
        return `${bounds}${baseline}. Derived by ${how} on ${isoDate(d.at)}${figures.length === 0 ? '' : ` (${figures.join(', ')})`}.`;
    }
    const pending = t.derive;
    return `${bounds}${baseline}. ${pending === undefined ? 'Set by hand.' : `Initial values, to be derived by \`mlhealth calibrate\` (${pending.method}).`}`;
}
/** Score thresholds of a parent node (its own, else the spec's defaults). */
function scoreThresholdText(spec, node) {
    const t = node.thresholds ?? { ...spec.defaults.score_thresholds, direction: 'lower_is_worse' };
    const source = node.thresholds === undefined ? ' (spec defaults)' : '';
    return `score warning below ${t.warning}, critical below ${t.critical}${source}`;
}
//# sourceMappingURL=definitions.js.map