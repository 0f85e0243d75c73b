"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_VIOLATIONS_PER_REQUEST = void 0;
exports.parseGovernance = parseGovernance;
exports.parsePolicyViolations = parsePolicyViolations;
/**
 * Bodies of the governance endpoints: `PUT .../governance` (`{version?, trained_at?}`) and
 * `POST .../policy-violations` (a JSON array or NDJSON of violation records). Validated here, at the
 * boundary, with every problem named; the monitor receives plain facts.
 */
const ingest_1 = require("../ingest");
const fieldChecks_1 = require("../ingest/fieldChecks");
const parseBody_1 = require("../ingest/parseBody");
const errors_1 = require("../server/errors");
const GOVERNANCE_FIELDS = new Set(['version', 'trained_at']);
const VIOLATION_FIELDS = new Set(['policy', 'description', 'timestamp']);
/** Violations per request, like an events batch. */
exports.MAX_VIOLATIONS_PER_REQUEST = 10_000;
function parseObject(body) {
    let value = body;
    if (typeof body === 'string') {
        try {
            value = JSON.parse(body);
        }
        catch (err) {
            throw new errors_1.HttpError(400, 'malformed governance body', [
                { path: '$', message: `invalid JSON: ${err.message}` },
            ]);
        }
    }
    if (!(0, fieldChecks_1.isObject)(value)) {
        throw new errors_1.HttpError(422, 'invalid governance facts', [
            { path: '$', message: `expected an object {version, trained_at}, got ${(0, parseBody_1.describe)(value)}` },
        ]);
    }
    return value;
}
/**
 * `{version?, trained_at?}`: version a non-empty string, trained_at Unix seconds or an ISO 8601
 * date-time with a zone (null clears it). At least one is required; unknown fields are refused.
 * Throws `HttpError` 400/422 listing every problem.
 */
function parseGovernance(body) {
    const raw = parseObject(body);
    const details = [];
    for (const key of Object.keys(raw)) {
        if (!GOVERNANCE_FIELDS.has(key))
            details.push({ path: key, message: `unknown field ${JSON.stringify(key)}` });
    }
    const facts = {};
    if (raw.version !== undefined) {
        const v = (0, fieldChecks_1.checkKey)(raw.version, 'version', 'version', 256);
        if (v.ok)
            facts.version = v.value;
        else
            details.push({ path: v.problem.path, message: v.problem.message });
    }
    if (raw.trained_at === null)
        facts.trainedAt = null;
    else if (raw.trained_at !== undefined) {
        const t = (0, fieldChecks_1.checkTimestamp)(raw.trained_at, 'trained_at');
        if (t.ok)
            facts.trainedAt = t.value;
        else
            details.push({ path: t.problem.path, message: t.problem.message });
    }
    if (details.length === 0 && facts.version === undefined && facts.trainedAt === undefined) {
        details.push({ path: '$', message: 'expected at least one of version, trained_at' });
    }
    if (details.length > 0)
        throw new errors_1.HttpError(422, 'invalid governance facts: nothing was applied', details);
    return facts;
}
/**
 * The number of policy violations in a body: a JSON array or NDJSON of records
 * `{policy?, description?, timestamp?}` (each one violation). Throws `HttpError` 400/413/422.
 */
function parsePolicyViolations(body) {
    const parsed = (0, ingest_1.parseBatchBody)(body);
    if (!parsed.ok)
        throw new errors_1.HttpError(400, 'malformed policy-violations body', parsed.details);
    const items = parsed.items;
    if (items.length > exports.MAX_VIOLATIONS_PER_REQUEST) {
        throw new errors_1.HttpError(413, 'too many policy violations', [
            { path: '$', message: `got ${items.length}, limit ${exports.MAX_VIOLATIONS_PER_REQUEST}` },
        ]);
    }
    const details = [];
    if (items.length === 0)
        details.push({ path: '$', message: 'expected at least one violation record' });
    items.forEach((item, i) => {
        if (!(0, fieldChecks_1.isObject)(item)) {
            details.push({
                path: `[${i}]`,
                message: `violation must be an object {policy, description, timestamp}, got ${(0, parseBody_1.describe)(item)}`,
            });
            return;
        }
        for (const key of Object.keys(item)) {
            if (!VIOLATION_FIELDS.has(key))
                details.push({ path: `[${i}].${key}`, message: `unknown field ${JSON.stringify(key)}` });
        }
        for (const key of ['policy', 'description']) {
            if (item[key] !== undefined && typeof item[key] !== 'string')
                details.push({
                    path: `[${i}].${key}`,
                    message: `${key} must be a string, got ${(0, parseBody_1.describe)(item[key])}`,
                });
        }
        if (item.timestamp !== undefined) {
            const t = (0, fieldChecks_1.checkTimestamp)(item.timestamp, `[${i}].timestamp`);
            if (!t.ok)
                details.push({ path: t.problem.path, message: t.problem.message });
        }
    });
    if (details.length > 0)
        throw new errors_1.HttpError(422, 'invalid policy violations: nothing was applied', details);
    return items.length;
}
//# sourceMappingURL=governanceBody.js.map