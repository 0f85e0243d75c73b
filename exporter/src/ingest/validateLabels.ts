/**
 * Batch validation of late labels `{id, label}` (POST .../labels): accepted whole or refused with
 * every problem listed, like events.
 */
import { checkClass, checkKey, checkNumber, isObject } from './fieldChecks';
import type { FieldProblem } from './fieldChecks';
import { describe, parseBatchBody } from './parseBody';
import type { LabelRecord } from '../signals/events';
import type { IngestLimits, LabelsValidation, Rejection } from './types';
import { DEFAULT_INGEST_LIMITS } from './types';
import { MAX_LISTED_PROBLEMS } from './validateEvents';

/**
 * Validates a labels body (parsed JSON array, or JSON/NDJSON text). `id` is a non-empty string (or a
 * number, stringified); `label` is a finite number for regression, a class (string, number or boolean,
 * as a string) for classification. Unknown fields are refused. Complexity O(labels). Throws nothing.
 * @example validateLabels([{ id: 'a1', label: 1 }], 'classification').ok // true, label '1'
 */
export function validateLabels(
  body: unknown,
  task: 'classification' | 'regression',
  limitsIn: Partial<IngestLimits> = {},
): LabelsValidation {
  const limits = { ...DEFAULT_INGEST_LIMITS, ...limitsIn };
  const parsed = parseBatchBody(body);
  if (!parsed.ok)
    return {
      ok: false,
      details: parsed.details.slice(0, MAX_LISTED_PROBLEMS),
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
  const labels: LabelRecord[] = [];
  const rejection: Rejection = { ok: false, details: [], reasons: {}, total: items.length };
  items.forEach((raw, i) => {
    const problems = checkLabel(raw, `[${i}]`, task, limits, labels);
    if (problems.length === 0) return;
    rejection.reasons[problems[0].reason] = (rejection.reasons[problems[0].reason] ?? 0) + 1;
    for (const p of problems)
      if (rejection.details.length < MAX_LISTED_PROBLEMS)
        rejection.details.push({ path: p.path, message: p.message });
  });
  return rejection.details.length > 0 ? rejection : { ok: true, labels };
}

function checkLabel(
  raw: unknown,
  at: string,
  task: 'classification' | 'regression',
  limits: IngestLimits,
  out: LabelRecord[],
): FieldProblem[] {
  if (!isObject(raw))
    return [
      { path: at, reason: 'malformed', message: `label must be an object {id, label}, got ${describe(raw)}` },
    ];
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(raw)) {
    if (key !== 'id' && key !== 'label')
      problems.push({
        path: `${at}.${key}`,
        reason: 'invalid_field',
        message: `unknown field ${JSON.stringify(key)}`,
      });
  }
  const id = checkKey(raw.id, `${at}.id`, 'id', limits.maxStringLength);
  if (!id.ok) problems.push(id.problem);
  const label =
    raw.label === undefined || raw.label === null
      ? {
          ok: false as const,
          problem: { path: `${at}.label`, reason: 'invalid_field' as const, message: 'label is required' },
        }
      : task === 'regression'
        ? checkNumber(raw.label, `${at}.label`, 'label of a regression model')
        : checkClass(raw.label, `${at}.label`, 'label', limits.maxStringLength);
  if (!label.ok) problems.push(label.problem);
  if (problems.length === 0 && id.ok && label.ok) out.push({ id: id.value, label: label.value });
  return problems;
}
