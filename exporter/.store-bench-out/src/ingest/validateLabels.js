"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateLabels = validateLabels;
/**
 * Batch validation of late labels `{id, label}` (POST .../labels): accepted whole or refused with
 * every problem listed, like events.
 */
const fieldChecks_1 = require("./fieldChecks");
const parseBody_1 = require("./parseBody");
const types_1 = require("./types");
const validateEvents_1 = require("./validateEvents");
/**
 * Validates a labels body (parsed JSON array, or JSON/NDJSON text). `id` is a non-empty string (or a
 * number, stringified); `label` is a finite number for regression, a class (string, number or boolean,
 * as a string) for classification. Unknown fields are refused. Complexity O(labels). Throws nothing.
 * @example validateLabels([{ id: 'a1', label: 1 }], 'classification').ok // true, label '1'
 */
function validateLabels(body, task, limitsIn = {}) {
    const limits = { ...types_1.DEFAULT_INGEST_LIMITS, ...limitsIn };
    const parsed = (0, parseBody_1.parseBatchBody)(body);
    if (!parsed.ok)
        return {
            ok: false,
            details: parsed.details.slice(0, validateEvents_1.MAX_LISTED_PROBLEMS),
            reasons: parsed.reasons,
            total: parsed.total,
        };
    const items = parsed.items;
    if (items.length > limits.maxEventsPerBatch) {
        return {
            ok: false,
            details: [
                { path: '$', message: `batch has ${items.length} labels, limit ${limits.maxEventsPerBatch}` },
            ],
            reasons: { too_many_events: items.length },
            total: items.length,
        };
    }
    const labels = [];
    const rejection = { ok: false, details: [], reasons: {}, total: items.length };
    items.forEach((raw, i) => {
        const problems = checkLabel(raw, `[${i}]`, task, limits, labels);
        if (problems.length === 0)
            return;
        rejection.reasons[problems[0].reason] = (rejection.reasons[problems[0].reason] ?? 0) + 1;
        for (const p of problems)
            if (rejection.details.length < validateEvents_1.MAX_LISTED_PROBLEMS)
                rejection.details.push({ path: p.path, message: p.message });
    });
    return rejection.details.length > 0 ? rejection : { ok: true, labels };
}
function checkLabel(raw, at, task, limits, out) {
    if (!(0, fieldChecks_1.isObject)(raw))
        return [
            { path: at, reason: 'malformed', message: `label must be an object {id, label}, got ${(0, parseBody_1.describe)(raw)}` },
        ];
    const problems = [];
    for (const key of Object.keys(raw)) {
        if (key !== 'id' && key !== 'label')
            problems.push({
                path: `${at}.${key}`,
                reason: 'invalid_field',
                message: `unknown field ${JSON.stringify(key)}`,
            });
    }
    const id = (0, fieldChecks_1.checkKey)(raw.id, `${at}.id`, 'id', limits.maxStringLength);
    if (!id.ok)
        problems.push(id.problem);
    const label = raw.label === undefined || raw.label === null
        ? {
            ok: false,
            problem: { path: `${at}.label`, reason: 'invalid_field', message: 'label is required' },
        }
        : task === 'regression'
            ? (0, fieldChecks_1.checkNumber)(raw.label, `${at}.label`, 'label of a regression model')
            : (0, fieldChecks_1.checkClass)(raw.label, `${at}.label`, 'label', limits.maxStringLength);
    if (!label.ok)
        problems.push(label.problem);
    if (problems.length === 0 && id.ok && label.ok)
        out.push({ id: id.value, label: label.value });
    return problems;
}
//# sourceMappingURL=validateLabels.js.map