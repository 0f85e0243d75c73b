"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFINITIONS = exports.IDENTIFIER_PATTERN = exports.NODE_ID_PATTERN = void 0;
/**
 * Scalar definitions shared by the whole schema: ids, durations, timestamps, versions.
 */
const duration_1 = require("../duration");
const helpers_1 = require("./helpers");
exports.NODE_ID_PATTERN = '^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$';
exports.IDENTIFIER_PATTERN = '^[a-z][a-z0-9_-]*$';
exports.DEFINITIONS = {
    nodeId: (0, helpers_1.friendly)({
        type: 'string',
        title: 'a node id',
        description: 'A node id: lower-case, dotted, e.g. `fraud.drift.amount`, `revenue_assurance`.',
        pattern: exports.NODE_ID_PATTERN,
    }, 'must be a lower-case dotted node id like fraud.drift.amount (letters, digits, _ and dots; starts with a letter)'),
    identifier: (0, helpers_1.friendly)({
        type: 'string',
        title: 'an id',
        description: 'An id of a model, source, team, escalation policy or scenario: lower-case letters, digits, `_` and `-`.',
        pattern: exports.IDENTIFIER_PATTERN,
    }, 'must be a lower-case id like fraud_model or ml-platform (letters, digits, _ and -; starts with a letter)'),
    duration: (0, helpers_1.friendly)({
        description: 'A duration: Prometheus syntax (`30s`, `5m`, `1h30m`, `7d`, `2w`, `250ms`) or a number of seconds.',
        anyOf: [
            { type: 'string', title: 'a duration string', pattern: duration_1.DURATION_PATTERN },
            { type: 'number', title: 'a number of seconds', minimum: 0 },
        ],
    }, 'must be a duration like 30s, 5m, 1h30m, 7d (Prometheus syntax) or a number of seconds >= 0'),
    thresholdValue: (0, helpers_1.friendly)({
        description: "A threshold in the node's unit; nodes measured in seconds may write a duration (`90d`, `250ms`).",
        anyOf: [
            { type: 'number', title: 'a number' },
            { type: 'string', title: 'a duration (nodes in seconds)', pattern: duration_1.DURATION_PATTERN },
        ],
    }, 'must be a number, or a duration like 90d or 250ms for nodes measured in seconds'),
    timestamp: (0, helpers_1.friendly)({
        description: 'A point in time: ISO-8601 with a zone (`2025-03-01T12:00:00Z`), a date (`2025-03-01`, midnight UTC) or Unix seconds.',
        anyOf: [
            { type: 'string', title: 'an ISO-8601 date-time', format: 'date-time' },
            { type: 'string', title: 'an ISO-8601 date', format: 'date' },
            { type: 'number', title: 'Unix seconds' },
        ],
    }, 'must be a timestamp: ISO-8601 with a zone (2025-03-01T12:00:00Z), a date (2025-03-01) or Unix seconds'),
    version: (0, helpers_1.friendly)({
        description: 'A version: a string (`1.4.2`, `2025-03-01`) or a whole number. `mlhealth calibrate` bumps semver patch or the integer.',
        anyOf: [
            { type: 'string', title: 'a version string', minLength: 1 },
            { type: 'integer', title: 'a whole number', minimum: 0 },
        ],
    }, 'must be a version: a non-empty string like "1.4.2" or a whole number (quote decimals: "1.10")'),
    categoryValue: (0, helpers_1.friendly)({
        description: 'A category value; numbers and booleans are read as their text (`1` is "1", `true` is "true").',
        type: ['string', 'number', 'boolean'],
    }, 'must be a category value: a string, number or boolean'),
    url: (0, helpers_1.friendly)({ type: 'string', description: 'An absolute URL.', format: 'uri' }, 'must be an absolute URL like https://grafana.example.com'),
};
//# sourceMappingURL=definitions.js.map