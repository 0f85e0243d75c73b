"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceFromJSON = exports.referenceToJSON = void 0;
exports.buildReferenceProfile = buildReferenceProfile;
const types_1 = require("./types");
const referenceSample_1 = require("./referenceSample");
/**
 * Builds a model's reference profile from rows.
 *
 * Convention: a feature value that is null is missing; for numeric features only finite numbers count
 * (anything else is missing), for categorical/binary features the value's string form. Numeric columns
 * keep at most `maxReferenceSample` values, the evenly spaced order statistics of the sorted column,
 * so every empirical quantile is within 1/maxReferenceSample in rank of the full column's
 * (deterministic, unlike a random subsample). Categories past `maxCategories` fold into `__other__`.
 * The prediction column is numeric for regression and categorical for classification.
 * Complexity: O(rows × features + n log n per numeric column). Throws when `rows` is empty.
 * @example buildReferenceProfile(model, [{ features: { amount: 3 } }], 0).columns.get('amount').count // 1
 */
function buildReferenceProfile(model, rows, takenAt, options = types_1.DEFAULT_MONITOR_OPTIONS) {
    if (rows.length === 0) {
        throw new Error(`buildReferenceProfile: model ${model.id} got 0 reference rows, expected at least 1`);
    }
    const columns = new Map();
    for (const feature of model.features) {
        const values = rows.map((row) => row.features[feature.name] ?? null);
        columns.set(feature.name, buildColumn(feature.type, values, options));
    }
    const predictions = rows.map((row) => row.prediction ?? null);
    const hasPrediction = predictions.some((p) => p !== null);
    const predictionType = model.task === 'regression' ? 'numeric' : 'categorical';
    return {
        model: model.id,
        rows: rows.length,
        takenAt,
        columns,
        prediction: hasPrediction ? buildColumn(predictionType, predictions, options) : null,
        importance: meanAbsoluteAttributions(model, rows),
    };
}
function buildColumn(type, values, options) {
    return type === 'numeric' ? buildNumeric(values, options) : buildCategorical(type, values, options);
}
function buildNumeric(values, options) {
    const present = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    const full = Float64Array.from(present).sort();
    let unique = 0;
    let sum = 0;
    for (let i = 0; i < full.length; i++) {
        if (i === 0 || full[i] !== full[i - 1])
            unique++;
        sum += full[i];
    }
    const mean = full.length > 0 ? sum / full.length : 0;
    let squares = 0;
    for (const v of full)
        squares += (v - mean) ** 2;
    return {
        type: 'numeric',
        sorted: (0, referenceSample_1.evenlySpacedOrderStatistics)(full, options.maxReferenceSample),
        count: full.length,
        missing: values.length - full.length,
        uniqueCount: unique,
        mean,
        std: full.length > 1 ? Math.sqrt(squares / (full.length - 1)) : 0,
    };
}
function buildCategorical(type, values, options) {
    const counts = new Map();
    let count = 0;
    for (const v of values) {
        if (v === null || v === '' || (typeof v === 'number' && !Number.isFinite(v)))
            continue;
        const key = String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        count++;
    }
    return {
        type,
        counts: (0, referenceSample_1.capCategoryCounts)(counts, options.maxCategories, types_1.OTHER_CATEGORY),
        count,
        missing: values.length - count,
        uniqueCount: counts.size,
    };
}
function meanAbsoluteAttributions(model, rows) {
    const sums = new Map();
    const counts = new Map();
    for (const row of rows) {
        if (!row.attributions)
            continue;
        for (const feature of model.features) {
            const a = row.attributions[feature.name];
            if (typeof a !== 'number' || !Number.isFinite(a))
                continue;
            sums.set(feature.name, (sums.get(feature.name) ?? 0) + Math.abs(a));
            counts.set(feature.name, (counts.get(feature.name) ?? 0) + 1);
        }
    }
    if (sums.size === 0)
        return null;
    const importance = new Map();
    for (const [name, sum] of sums)
        importance.set(name, sum / (counts.get(name) ?? 1));
    return importance;
}
var referenceJson_1 = require("./referenceJson");
Object.defineProperty(exports, "referenceToJSON", { enumerable: true, get: function () { return referenceJson_1.referenceToJSON; } });
Object.defineProperty(exports, "referenceFromJSON", { enumerable: true, get: function () { return referenceJson_1.referenceFromJSON; } });
//# sourceMappingURL=reference.js.map