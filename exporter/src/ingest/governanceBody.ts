/**
 * Bodies of the governance endpoints: `PUT .../governance` (`{version?, trained_at?}`) and
 * `POST .../policy-violations` (a JSON array or NDJSON of violation records). Validated here, at the
 * boundary, with every problem named; the monitor receives plain facts.
 */
import { parseBatchBody } from './parseBody';
import { checkKey, checkTimestamp, isObject } from './fieldChecks';
import { describe } from './parseBody';
import type { Problem } from '../spec/problem';
import { IngestError } from './errors';
import { labelValueProblem } from '../spec/labelSafety';

const GOVERNANCE_FIELDS = new Set(['version', 'trained_at']);
const VIOLATION_FIELDS = new Set(['policy', 'description', 'timestamp']);
/** Violations per request, like an events batch. */
export const MAX_VIOLATIONS_PER_REQUEST = 10_000;

function parseObject(body: unknown): Record<string, unknown> {
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch (err) {
      throw new IngestError('malformed', 'malformed governance body', [
        { path: '$', message: `invalid JSON: ${(err as Error).message}` },
      ]);
    }
  }
  if (!isObject(value)) {
    throw new IngestError('invalid', 'invalid governance facts', [
      { path: '$', message: `expected an object {version, trained_at}, got ${describe(value)}` },
    ]);
  }
  return value;
}

/**
 * `{version?, trained_at?}`: version a non-empty string, trained_at Unix seconds or an ISO 8601
 * date-time with a zone (null clears it). At least one is required; unknown fields are refused.
 * Throws `IngestError` (malformed, invalid) listing every problem.
 */
export function parseGovernance(body: unknown): { version?: string; trainedAt?: number | null } {
  const raw = parseObject(body);
  const details: Problem[] = [];
  for (const key of Object.keys(raw)) {
    if (!GOVERNANCE_FIELDS.has(key))
      details.push({ path: key, message: `unknown field ${JSON.stringify(key)}` });
  }
  const facts: { version?: string; trainedAt?: number | null } = {};
  if (raw.version !== undefined) {
    const v = checkKey(raw.version, 'version', 'version', 256);
    // The version becomes the `version` label of mlhealth_model_info: refuse what would not survive that.
    const labelProblem = v.ok ? labelValueProblem(v.value) : null;
    if (v.ok && labelProblem === null) facts.version = v.value;
    else if (v.ok) details.push({ path: 'version', message: `version ${labelProblem}` });
    else details.push({ path: v.problem.path, message: v.problem.message });
  }
  if (raw.trained_at === null) facts.trainedAt = null;
  else if (raw.trained_at !== undefined) {
    const t = checkTimestamp(raw.trained_at, 'trained_at');
    if (t.ok) facts.trainedAt = t.value;
    else details.push({ path: t.problem.path, message: t.problem.message });
  }
  if (details.length === 0 && facts.version === undefined && facts.trainedAt === undefined) {
    details.push({ path: '$', message: 'expected at least one of version, trained_at' });
  }
  if (details.length > 0)
    throw new IngestError('invalid', 'invalid governance facts: nothing was applied', details);
  return facts;
}

/**
 * The number of policy violations in a body: a JSON array or NDJSON of records
 * `{policy?, description?, timestamp?}` (each one violation), at most `maxRecords` of them (the
 * exporter passes `--max-batch-events`, as for events). Throws `IngestError` (malformed, too_large, invalid).
 */
export function parsePolicyViolations(body: unknown, maxRecords = MAX_VIOLATIONS_PER_REQUEST): number {
  const parsed = parseBatchBody(body);
  if (!parsed.ok) throw new IngestError('malformed', 'malformed policy-violations body', parsed.details);
  const items = parsed.items;
  if (items.length > maxRecords) {
    throw new IngestError('too_large', 'too many policy violations: nothing was applied', [
      { path: '$', message: `got ${items.length}, limit ${maxRecords}` },
    ]);
  }
  const details: Problem[] = [];
  if (items.length === 0) details.push({ path: '$', message: 'expected at least one violation record' });
  items.forEach((item, i) => {
    if (!isObject(item)) {
      details.push({
        path: `[${i}]`,
        message: `violation must be an object {policy, description, timestamp}, got ${describe(item)}`,
      });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!VIOLATION_FIELDS.has(key))
        details.push({ path: `[${i}].${key}`, message: `unknown field ${JSON.stringify(key)}` });
    }
    for (const key of ['policy', 'description'] as const) {
      if (item[key] !== undefined && typeof item[key] !== 'string')
        details.push({
          path: `[${i}].${key}`,
          message: `${key} must be a string, got ${describe(item[key])}`,
        });
    }
    if (item.timestamp !== undefined) {
      const t = checkTimestamp(item.timestamp, `[${i}].timestamp`);
      if (!t.ok) details.push({ path: t.problem.path, message: t.problem.message });
    }
  });
  if (details.length > 0)
    throw new IngestError('invalid', 'invalid policy violations: nothing was applied', details);
  return items.length;
}
