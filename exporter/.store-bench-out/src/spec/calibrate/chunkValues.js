"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_ROWS_PER_CHUNK = void 0;
exports.chunkRanges = chunkRanges;
exports.chunkValues = chunkValues;
exports.toColumn = toColumn;
/**
 * A base node's statistic on each chunk of a model's reference: the numbers `reference_chunks`
 * thresholds are derived from. Drift statistics compare each chunk with the whole reference (as
 * NannyML does); ratios and means are each chunk's own value, with the definitions the live signals use
 * (missing and violations per cell, confidence from the `confidence` column, prediction drift from the
 * `prediction` column).
 */
const stats_1 = require("../../stats");
const signalKinds_1 = require("../signalKinds");
/** A chunk smaller than this is too noisy to say anything about the spread of a statistic. */
exports.MIN_ROWS_PER_CHUNK = 10;
/** `[start, end)` row ranges of `chunks` consecutive, nearly equal chunks of `rows` rows. @throws when chunks are too small. */
function chunkRanges(rows, chunks) {
    if (!Number.isInteger(chunks) || chunks < 2)
        throw new Error(`chunkRanges: chunks must be an integer >= 2, got ${chunks}`);
    if (rows / chunks < exports.MIN_ROWS_PER_CHUNK) {
        throw new Error(`the reference has ${rows} rows: ${chunks} chunks would hold fewer than ${exports.MIN_ROWS_PER_CHUNK} rows each`);
    }
    return Array.from({ length: chunks }, (_, i) => [
        Math.floor((i * rows) / chunks),
        Math.floor(((i + 1) * rows) / chunks),
    ]);
}
/**
 * The node's statistic on each chunk, in chunk order.
 *
 * @throws Error naming what is missing: a column absent from the reference, a drift method the spec
 *   leaves to the automatic rule, a kind that cannot be computed from reference data, or a drift test
 *   that refuses a chunk (too few values).
 */
function chunkValues(signal, ranges, ctx) {
    const per = (f) => ranges.map(([s, e]) => f(s, e));
    switch (signal.kind) {
        case 'feature_drift':
            return per(featureDrift(ctx, feature(ctx, signal.feature), requireMethod(signal, ctx)));
        case 'drift_worst': {
            const method = signal.method ?? 'jensenshannon';
            const names = signal.features ?? ctx.model.features.map((f) => f.name);
            const tests = names.map((n) => featureDrift(ctx, feature(ctx, n), method));
            return per((s, e) => Math.max(...tests.map((t) => t(s, e))));
        }
        case 'prediction_drift': {
            const cells = column(ctx, 'prediction');
            const numeric = cells.every((c) => c === null || typeof c === 'number');
            return per(drift(cells, numeric ? 'numeric' : 'categorical', requireMethod(signal, ctx), ctx.model.bins));
        }
        case 'missing_ratio':
            return per((s, e) => share(ctx, s, e, signal.feature, (c, f) => c === null || (f.type === 'numeric' && typeof c === 'string')));
        case 'schema_violations':
            return per((s, e) => share(ctx, s, e, signal.feature, (c, f) => violates(c, f, signal.violation)));
        case 'confidence_mean':
        case 'low_confidence_share':
            return per(confidenceStatistic(signal, ctx));
        default:
            throw new Error(`a ${signal.kind} value cannot be computed from reference data`);
    }
}
function confidenceStatistic(signal, ctx) {
    const cells = column(ctx, 'confidence');
    if (signal.kind === 'confidence_mean')
        return (s, e) => mean(numbers(cells.slice(s, e)));
    const below = signal.below ?? ctx.lowConfidenceBelow;
    return (s, e) => {
        const values = numbers(cells.slice(s, e));
        return values.filter((v) => v < below).length / nonEmpty(values.length, 'confidence');
    };
}
function requireMethod(signal, ctx) {
    const f = 'feature' in signal && signal.feature !== undefined
        ? ctx.model.features.find((x) => x.name === signal.feature)
        : undefined;
    const method = (0, signalKinds_1.declaredDriftMethod)(signal, f);
    if (method === undefined) {
        throw new Error("the drift method is left to the automatic rule; declare signal.method (or the feature's drift_method) so calibration and live evaluation use the same statistic");
    }
    return method;
}
function feature(ctx, name) {
    const f = ctx.model.features.find((x) => x.name === name);
    if (f === undefined)
        throw new Error(`model '${ctx.model.id}' declares no feature '${name}'`);
    return f;
}
function column(ctx, name) {
    const cells = ctx.rows.cells.get(name);
    if (cells === undefined)
        throw new Error(`the reference has no column '${name}' (columns: ${ctx.rows.columns.join(', ')})`);
    return cells;
}
function featureDrift(ctx, f, method) {
    return drift(column(ctx, f.name), f.type, method, ctx.model.bins);
}
function drift(cells, type, method, bins) {
    const whole = toColumn(cells, type);
    return (s, e) => (0, stats_1.driftTest)(method, whole, toColumn(cells.slice(s, e), type), { bins }).statistic;
}
/** A stats `Column` from cells: numbers for numeric features (text and missing left out), else category counts. */
function toColumn(cells, type) {
    if (type === 'numeric')
        return { type: 'numeric', values: Float64Array.from(numbers(cells)) };
    const counts = new Map();
    for (const c of cells)
        if (c !== null)
            counts.set(String(c), (counts.get(String(c)) ?? 0) + 1);
    return { type, counts };
}
function numbers(cells) {
    return cells.filter((c) => typeof c === 'number');
}
function share(ctx, s, e, only, bad) {
    const features = only === undefined ? ctx.model.features : [feature(ctx, only)];
    let count = 0;
    for (const f of features)
        for (const c of column(ctx, f.name).slice(s, e))
            if (bad(c, f))
                count++;
    return count / nonEmpty((e - s) * features.length, 'feature');
}
function violates(c, f, only) {
    if (c === null)
        return false;
    const kind = f.type === 'numeric'
        ? typeof c === 'string'
            ? 'type'
            : f.range !== undefined && (c < f.range[0] || c > f.range[1])
                ? 'range'
                : undefined
        : f.categories !== undefined && !f.categories.includes(String(c))
            ? 'unseen_category'
            : undefined;
    return kind !== undefined && (only === undefined || only === kind);
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / nonEmpty(values.length, 'confidence');
}
function nonEmpty(n, what) {
    if (n === 0)
        throw new Error(`a chunk has no ${what} values`);
    return n;
}
//# sourceMappingURL=chunkValues.js.map