/**
 * Validation of one prediction event against its model. What is refused and what is measured:
 *
 * - Refused (the whole batch gets a 4xx): not an object; `features` not an object; a feature the model
 *   does not declare; an unknown top-level field; confidence outside 0..1; negative latency; a
 *   NaN/Infinity spelling in a numeric field; a wrongly typed timestamp, id, prediction, confidence,
 *   latency, error or attribution; a category past the tracked-category limit.
 * - Accepted and measured (schema violations are a data-quality signal): a declared feature whose value
 *   has the wrong JSON type is counted as a `type` violation and treated as missing in statistics;
 *   out-of-range numbers and unseen categories are accepted as they are and counted by the monitor.
 * - Missing: a declared feature that is absent, null or "" is missing (counted in completeness).
 */
import type { FeatureSpec, ModelSpec } from '../spec/types';
import { checkClass, checkKey, checkNumber, checkTimestamp, isNonFiniteText, isObject } from './fieldChecks';
import { checkFeatures } from './validateFeatures';
import type { Checked, FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { FeatureValue, IngestLimits, PredictionEvent } from './types';

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

/** Per batch: the model's features by name and the category budget already used. */
export interface EventCheckContext {
  model: ModelSpec;
  features: ReadonlyMap<string, FeatureSpec>;
  limits: IngestLimits;
  /** Categories already tracked per feature (from the monitor); absent = no category limit. */
  trackedCategories?: (feature: string) => ReadonlySet<string>;
  /** New categories this batch brings, per feature (filled while validating). */
  batchCategories: Map<string, Set<string>>;
  /** `trackedCategories` answers, asked once per feature and batch. */
  trackedCache: Map<string, ReadonlySet<string>>;
  /** Every declared feature → null: the template of an event's normalised features. */
  emptyFeatures: Record<string, FeatureValue>;
}

export type EventCheck = { ok: true; event: PredictionEvent } | { ok: false; problems: FieldProblem[] };

/** Validates and normalises event `raw` at JSON path `at` (e.g. `[3]`). O(fields). Throws nothing. */
export function validateEvent(raw: unknown, at: string, ctx: EventCheckContext): EventCheck {
  if (!isObject(raw))
    return {
      ok: false,
      problems: [{ path: at, reason: 'malformed', message: `event must be an object, got ${describe(raw)}` }],
    };
  const problems: FieldProblem[] = [];
  for (const key in raw) {
    if (!EVENT_FIELDS.has(key))
      problems.push({
        path: `${at}.${key}`,
        reason: 'invalid_field',
        message: `unknown field ${JSON.stringify(key)}`,
      });
  }
  const fields = eventFields(raw, at, ctx, problems);
  const features = checkFeatures(raw.features, at, ctx, problems);
  if (problems.length > 0 || features === null) return { ok: false, problems };
  return {
    ok: true,
    event: { ...fields, features: features.values, typeViolations: features.typeViolations },
  };
}

/**
 * The event's fields besides `features`. Each has a fast path for the common well-formed value, else
 * the full check, which builds the JSON path only then (a valid event allocates no path strings).
 */
function eventFields(
  raw: Record<string, unknown>,
  at: string,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): Omit<PredictionEvent, 'features' | 'typeViolations'> {
  const c = raw.confidence;
  const l = raw.latency_seconds;
  return {
    timestamp: absent(raw.timestamp)
      ? null
      : take(checkTimestamp(raw.timestamp, `${at}.timestamp`), problems),
    id: isShortString(raw.id, ctx)
      ? raw.id
      : absent(raw.id)
        ? null
        : take(checkKey(raw.id, `${at}.id`, 'id', ctx.limits.maxStringLength), problems),
    prediction: predictionOf(raw.prediction, at, ctx, problems),
    confidence:
      typeof c === 'number' && c >= 0 && c <= 1
        ? c
        : absent(c)
          ? null
          : take(checkConfidence(c, `${at}.confidence`), problems),
    latencySeconds:
      typeof l === 'number' && l >= 0 && l < Infinity
        ? l
        : absent(l)
          ? null
          : take(checkLatency(l, `${at}.latency_seconds`), problems),
    error:
      raw.error === undefined || raw.error === null || raw.error === false
        ? null
        : take<string | null>(checkError(raw.error, `${at}.error`, ctx), problems),
    attributions: absent(raw.attributions)
      ? null
      : take(checkAttributions(raw.attributions, `${at}.attributions`, ctx), problems),
  };
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
  at: string,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): number | string | null {
  if (absent(v)) return null;
  const regression = ctx.model.task === 'regression';
  if (regression && typeof v === 'number') return v;
  if (!regression && isShortString(v, ctx) && !isNonFiniteText(v)) return v;
  return take<number | string>(checkPrediction(v, `${at}.prediction`, ctx), problems);
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
  for (const [name, a] of Object.entries(value)) {
    if (!ctx.features.has(name)) {
      return {
        ok: false as const,
        problem: {
          path: `${path}.${name}`,
          reason: 'unknown_feature' as const,
          message: `model ${ctx.model.id} has no feature ${JSON.stringify(name)}`,
        },
      };
    }
    const n = checkNumber(a, `${path}.${name}`, `attribution of ${name}`);
    if (!n.ok) return n;
    out[name] = n.value;
  }
  return { ok: true as const, value: out };
}
