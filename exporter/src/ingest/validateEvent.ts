/**
 * Validation of one prediction event against its model. What is refused and what is measured:
 *
 * - Refused (the whole batch gets a 4xx): not an object; `features` not an object; a feature the model
 *   does not declare; an unknown top-level field; confidence outside 0..1; negative latency; NaN or
 *   ±Infinity (or its spelling as text) in a numeric field or feature; a wrongly typed timestamp, id,
 *   prediction, confidence, latency, error or attribution; a category past the tracked-category limit;
 *   a declared feature whose value has the wrong JSON type, under the model's `type_mismatch: reject`
 *   (the default).
 * - Accepted and measured (schema violations are a data-quality signal): out-of-range numbers and
 *   unseen categories, as they are (the monitor counts them); under `type_mismatch: count`, a mistyped
 *   feature value, counted as a `type` violation and treated as missing in statistics.
 * - Missing: a declared feature that is absent, null or "" is missing (counted in completeness).
 */
import type { ModelSpec } from '../spec/types';
import type { FeatureTable } from './featureTable';
import {
  MAX_UNIX_SECONDS,
  checkClass,
  checkKey,
  checkNumber,
  checkTimestamp,
  isNonFiniteText,
  isObject,
} from './fieldChecks';
import { checkFeatures } from './validateFeatures';
import type { Checked, FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { IngestLimits, PredictionEvent } from './types';

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

/** Per batch: the model's lookup table, the limits and the category budget already used. */
export interface EventCheckContext {
  model: ModelSpec;
  table: FeatureTable;
  limits: IngestLimits;
  /** Categories already tracked per feature (from the monitor); absent = no category limit. */
  trackedCategories?: (feature: string) => ReadonlySet<string>;
  /** `trackedCategories` answers by feature index, asked once per feature and batch. */
  tracked: (ReadonlySet<string> | undefined)[];
  /** New categories this batch brings, by feature index (filled while validating). */
  batchCategories: (Set<string> | undefined)[];
  /** Out-parameter of `checkFeatures`: the type violations of the event just checked. */
  typeViolations: string[];
}

/**
 * Validates and normalises event number `at` of a batch. Returns the event, or null after pushing
 * every problem onto `problems` (paths like `[3].confidence`). Nothing is allocated beyond the event
 * on the success path: JSON paths are built only for problems. O(fields + features). Throws nothing.
 */
export function validateEvent(
  raw: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): PredictionEvent | null {
  if (!isObject(raw)) {
    const message = `event must be an object, got ${describe(raw)}`;
    problems.push({ path: `[${at}]`, reason: 'malformed', message });
    return null;
  }
  const before = problems.length;
  for (const key in raw) {
    if (!EVENT_FIELDS.has(key))
      problems.push({ path: `[${at}].${key}`, reason: 'invalid_field', message: `unknown field ${JSON.stringify(key)}` });
  }
  const timestamp = timestampOf(raw.timestamp, at, problems);
  const id = isShortString(raw.id, ctx)
    ? raw.id
    : absent(raw.id)
      ? null
      : take(checkKey(raw.id, `[${at}].id`, 'id', ctx.limits.maxStringLength), problems);
  const prediction = predictionOf(raw.prediction, at, ctx, problems);
  const c = raw.confidence;
  const confidence =
    typeof c === 'number' && c >= 0 && c <= 1
      ? c
      : absent(c)
        ? null
        : take(checkConfidence(c, `[${at}].confidence`), problems);
  const l = raw.latency_seconds;
  const latencySeconds =
    typeof l === 'number' && l >= 0 && l < Infinity
      ? l
      : absent(l)
        ? null
        : take(checkLatency(l, `[${at}].latency_seconds`), problems);
  const e = raw.error;
  const error =
    e === undefined || e === null || e === false
      ? null
      : take<string | null>(checkError(e, `[${at}].error`, ctx), problems);
  const attributions = absent(raw.attributions)
    ? null
    : take(checkAttributions(raw.attributions, `[${at}].attributions`, ctx), problems);
  const features = checkFeatures(raw.features, at, ctx, problems);
  if (problems.length > before || features === null) return null;
  // One literal in one field order: every event has the same shape, so the monitor's reads stay monomorphic.
  return {
    timestamp,
    id,
    features,
    typeViolations: ctx.typeViolations,
    prediction,
    confidence,
    latencySeconds,
    error,
    attributions,
  };
}

function timestampOf(t: unknown, at: number, problems: FieldProblem[]): number | null {
  if (typeof t === 'number' && t >= 0 && t <= MAX_UNIX_SECONDS) return t;
  return absent(t) ? null : take(checkTimestamp(t, `[${at}].timestamp`), problems);
}

const absent = (v: unknown): boolean => v === undefined || v === null;

function take<T>(c: Checked<T>, problems: FieldProblem[]): T | null {
  if (c.ok) return c.value;
  problems.push(c.problem);
  return null;
}

function isShortString(v: unknown, ctx: EventCheckContext): v is string {
  return typeof v === 'string' && v !== '' && v.length <= ctx.limits.maxStringLength;
}

function predictionOf(
  v: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): number | string | null {
  if (absent(v)) return null;
  const regression = ctx.model.task === 'regression';
  if (regression && typeof v === 'number' && v - v === 0) return v;
  if (!regression && isShortString(v, ctx) && !isNonFiniteText(v)) return v;
  return take<number | string>(checkPrediction(v, `[${at}].prediction`, ctx), problems);
}

function checkPrediction(value: unknown, path: string, ctx: EventCheckContext): Checked<number | string> {
  if (ctx.model.task === 'regression') return checkNumber(value, path, 'prediction of a regression model');
  return checkClass(value, path, 'prediction', ctx.limits.maxStringLength);
}

function checkConfidence(value: unknown, path: string) {
  const n = checkNumber(value, path, 'confidence');
  if (n.ok && !(n.value >= 0 && n.value <= 1)) {
    return {
      ok: false as const,
      problem: {
        path,
        reason: 'confidence_range' as const,
        message: `confidence must be within 0..1, got ${n.value}`,
      },
    };
  }
  return n;
}

function checkLatency(value: unknown, path: string) {
  const n = checkNumber(value, path, 'latency_seconds');
  if (n.ok && n.value < 0)
    return {
      ok: false as const,
      problem: {
        path,
        reason: 'negative_latency' as const,
        message: `latency_seconds must be ≥ 0, got ${n.value}`,
      },
    };
  return n;
}

function checkError(value: unknown, path: string, ctx: EventCheckContext): Checked<string | null> {
  if (value === undefined || value === null || value === false || value === '')
    return { ok: true as const, value: null };
  if (value === true) return { ok: true as const, value: 'error' };
  if (typeof value === 'string') return checkKey(value, path, 'error class', ctx.limits.maxStringLength);
  return {
    ok: false as const,
    problem: {
      path,
      reason: 'invalid_field' as const,
      message: `error must be a boolean or an error class string, got ${describe(value)}`,
    },
  };
}

function checkAttributions(value: unknown, path: string, ctx: EventCheckContext) {
  if (!isObject(value))
    return {
      ok: false as const,
      problem: {
        path,
        reason: 'invalid_field' as const,
        message: `attributions must be an object, got ${describe(value)}`,
      },
    };
  const out: Record<string, number> = {};
  for (const name of Object.keys(value)) {
    if (!ctx.table.index.has(name)) {
      return {
        ok: false as const,
        problem: {
          path: `${path}.${name}`,
          reason: 'unknown_feature' as const,
          message: `model ${ctx.model.id} has no feature ${JSON.stringify(name)}`,
        },
      };
    }
    const n = checkNumber(value[name], `${path}.${name}`, `attribution of ${name}`);
    if (!n.ok) return n;
    out[name] = n.value;
  }
  return { ok: true as const, value: out };
}
