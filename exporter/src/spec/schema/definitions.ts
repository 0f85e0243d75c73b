/**
 * Scalar definitions shared by the whole schema: ids, durations, timestamps, versions.
 */
import { DURATION_PATTERN } from '../duration';
import { friendly, type JsonSchema } from './helpers';

export const NODE_ID_PATTERN = '^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$';
export const IDENTIFIER_PATTERN = '^[a-z][a-z0-9_-]*$';

export const DEFINITIONS: Record<string, JsonSchema> = {
  nodeId: friendly(
    {
      type: 'string',
      title: 'a node id',
      description: 'A node id: lower-case, dotted, e.g. `fraud.drift.amount`, `revenue_assurance`.',
      pattern: NODE_ID_PATTERN,
    },
    'must be a lower-case dotted node id like fraud.drift.amount (letters, digits, _ and dots; starts with a letter)',
  ),
  identifier: friendly(
    {
      type: 'string',
      title: 'an id',
      description:
        'An id of a model, source, team, escalation policy or scenario: lower-case letters, digits, `_` and `-`.',
      pattern: IDENTIFIER_PATTERN,
    },
    'must be a lower-case id like fraud_model or ml-platform (letters, digits, _ and -; starts with a letter)',
  ),
  duration: friendly(
    {
      description:
        'A duration: Prometheus syntax (`30s`, `5m`, `1h30m`, `7d`, `2w`, `250ms`) or a number of seconds.',
      anyOf: [
        { type: 'string', title: 'a duration string', pattern: DURATION_PATTERN },
        { type: 'number', title: 'a number of seconds', minimum: 0 },
      ],
    },
    'must be a duration like 30s, 5m, 1h30m, 7d (Prometheus syntax) or a number of seconds >= 0',
  ),
  thresholdValue: friendly(
    {
      description:
        "A threshold in the node's unit; nodes measured in seconds may write a duration (`90d`, `250ms`).",
      anyOf: [
        { type: 'number', title: 'a number' },
        { type: 'string', title: 'a duration (nodes in seconds)', pattern: DURATION_PATTERN },
      ],
    },
    'must be a number, or a duration like 90d or 250ms for nodes measured in seconds',
  ),
  timestamp: friendly(
    {
      description:
        'A point in time: ISO-8601 with a zone (`2025-03-01T12:00:00Z`), a date (`2025-03-01`, midnight UTC) or Unix seconds.',
      anyOf: [
        { type: 'string', title: 'an ISO-8601 date-time', format: 'date-time' },
        { type: 'string', title: 'an ISO-8601 date', format: 'date' },
        { type: 'number', title: 'Unix seconds' },
      ],
    },
    'must be a timestamp: ISO-8601 with a zone (2025-03-01T12:00:00Z), a date (2025-03-01) or Unix seconds',
  ),
  version: friendly(
    {
      description:
        'A version: a string (`1.4.2`, `2025-03-01`) or a whole number. `mlhealth calibrate` bumps semver patch or the integer.',
      anyOf: [
        { type: 'string', title: 'a version string', minLength: 1 },
        { type: 'integer', title: 'a whole number', minimum: 0 },
      ],
    },
    'must be a version: a non-empty string like "1.4.2" or a whole number (quote decimals: "1.10")',
  ),
  categoryValue: friendly(
    {
      description:
        'A category value; numbers and booleans are read as their text (`1` is "1", `true` is "true").',
      type: ['string', 'number', 'boolean'],
    },
    'must be a category value: a string, number or boolean',
  ),
  // http(s) only: a `javascript:` or `data:` runbook link would run in whoever clicks it in Grafana.
  url: friendly(
    {
      type: 'string',
      description: 'An absolute http(s) URL.',
      format: 'uri',
      pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
    },
    'must be an absolute http(s) URL like https://grafana.example.com',
  ),
};
