"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkEventKeys = checkEventKeys;
exports.timestampOf = timestampOf;
exports.idOf = idOf;
exports.confidenceOf = confidenceOf;
exports.latencyOf = latencyOf;
exports.errorOf = errorOf;
exports.attributionsOf = attributionsOf;
exports.predictionOf = predictionOf;
/**
 * The fields of an event besides `features`, each read by one function: a fast path for the common
 * well-formed value (no allocation, no JSON path), else the full check from `fieldChecks.ts`, which
 * builds the path only then and pushes the problem. Each returns the normalised value, or null when
 * absent or refused.
 */
const fieldChecks_1 = require("./fieldChecks");
const parseBody_1 = require("./parseBody");
const EVENT_FIELDS = new Set([
    'timestamp',
    'id',
    'features',
    'prediction',
    'confidence',
    'latency_seconds',
    'error',
    'attributions',
]);
/** Pushes an `invalid_field` problem for every top-level key an event may not have. */
function checkEventKeys(raw, at, problems) {
    for (const key in raw) {
        if (!EVENT_FIELDS.has(key))
            problems.push({
                path: `[${at}].${key}`,
                reason: 'invalid_field',
                message: `unknown field ${JSON.stringify(key)}`,
            });
    }
}
function timestampOf(t, at, problems) {
    if (typeof t === 'number' && t >= 0 && t <= fieldChecks_1.MAX_UNIX_SECONDS)
        return t;
    return absent(t) ? null : take((0, fieldChecks_1.checkTimestamp)(t, `[${at}].timestamp`), problems);
}
function idOf(v, at, ctx, problems) {
    if (isShortString(v, ctx))
        return v;
    return absent(v) ? null : take((0, fieldChecks_1.checkKey)(v, `[${at}].id`, 'id', ctx.limits.maxStringLength), problems);
}
function confidenceOf(c, at, problems) {
    if (typeof c === 'number' && c >= 0 && c <= 1)
        return c;
    return absent(c) ? null : take(checkConfidence(c, `[${at}].confidence`), problems);
}
function latencyOf(l, at, problems) {
    if (typeof l === 'number' && l >= 0 && l < Infinity)
        return l;
    return absent(l) ? null : take(checkLatency(l, `[${at}].latency_seconds`), problems);
}
function errorOf(e, at, ctx, problems) {
    if (e === undefined || e === null || e === false)
        return null;
    return take(checkError(e, `[${at}].error`, ctx), problems);
}
function attributionsOf(v, at, ctx, problems) {
    return absent(v) ? null : take(checkAttributions(v, `[${at}].attributions`, ctx), problems);
}
const absent = (v) => v === undefined || v === null;
function take(c, problems) {
    if (c.ok)
        return c.value;
    problems.push(c.problem);
    return null;
}
function isShortString(v, ctx) {
    return typeof v === 'string' && v !== '' && v.length <= ctx.limits.maxStringLength;
}
function predictionOf(v, at, ctx, problems) {
    if (absent(v))
        return null;
    const regression = ctx.model.task === 'regression';
    if (regression && typeof v === 'number' && v - v === 0)
        return v;
    if (!regression && isShortString(v, ctx) && !(0, fieldChecks_1.isNonFiniteText)(v))
        return v;
    return take(checkPrediction(v, `[${at}].prediction`, ctx), problems);
}
function checkPrediction(value, path, ctx) {
    if (ctx.model.task === 'regression')
        return (0, fieldChecks_1.checkNumber)(value, path, 'prediction of a regression model');
    return (0, fieldChecks_1.checkClass)(value, path, 'prediction', ctx.limits.maxStringLength);
}
function checkConfidence(value, path) {
    const n = (0, fieldChecks_1.checkNumber)(value, path, 'confidence');
    if (n.ok && !(n.value >= 0 && n.value <= 1)) {
        return {
            ok: false,
            problem: {
                path,
                reason: 'confidence_range',
                message: `confidence must be within 0..1, got ${n.value}`,
            },
        };
    }
    return n;
}
function checkLatency(value, path) {
    const n = (0, fieldChecks_1.checkNumber)(value, path, 'latency_seconds');
    if (n.ok && n.value < 0)
        return {
            ok: false,
            problem: {
                path,
                reason: 'negative_latency',
                message: `latency_seconds must be ≥ 0, got ${n.value}`,
            },
        };
    return n;
}
function checkError(value, path, ctx) {
    if (value === undefined || value === null || value === false || value === '')
        return { ok: true, value: null };
    if (value === true)
        return { ok: true, value: 'error' };
    if (typeof value === 'string')
        return (0, fieldChecks_1.checkKey)(value, path, 'error class', ctx.limits.maxStringLength);
    return {
        ok: false,
        problem: {
            path,
            reason: 'invalid_field',
            message: `error must be a boolean or an error class string, got ${(0, parseBody_1.describe)(value)}`,
        },
    };
}
function checkAttributions(value, path, ctx) {
    if (!(0, fieldChecks_1.isObject)(value))
        return {
            ok: false,
            problem: {
                path,
                reason: 'invalid_field',
                message: `attributions must be an object, got ${(0, parseBody_1.describe)(value)}`,
            },
        };
    const out = {};
    for (const name of Object.keys(value)) {
        if (!ctx.table.index.has(name)) {
            return {
                ok: false,
                problem: {
                    path: `${path}.${name}`,
                    reason: 'unknown_feature',
                    message: `model ${ctx.model.id} has no feature ${JSON.stringify(name)}`,
                },
            };
        }
        const n = (0, fieldChecks_1.checkNumber)(value[name], `${path}.${name}`, `attribution of ${name}`);
        if (!n.ok)
            return n;
        out[name] = n.value;
    }
    return { ok: true, value: out };
}
//# sourceMappingURL=eventFields.js.map