/**
 * The fields of an event besides `features`, each read by one function: a fast path for the common
 * well-formed value (no allocation, no JSON path), else the full check from `fieldChecks.ts`, which
 * builds the path only then and pushes the problem. Each returns the normalised value, or null when
 * absent or refused.
 */
import {
  MAX_UNIX_SECONDS,
  checkClass,
  checkKey,
  checkNumber,
  checkTimestamp,
  isNonFiniteText,
  isObject,
} from './fieldChecks';
import type { Checked, FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { EventCheckContext } from './validateEvent';

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
export function checkEventKeys(raw: Record<string, unknown>, at: number, problems: FieldProblem[]): void {
  for (const key in raw) {
    if (!EVENT_FIELDS.has(key))
      problems.push({
        path: `[${at}].${key}`,
        reason: 'invalid_field',
        message: `unknown field ${JSON.stringify(key)}`,
      });
  }
}

export function timestampOf(t: unknown, at: number, problems: FieldProblem[]): number | null {
  if (typeof t === 'number' && t >= 0 && t <= MAX_UNIX_SECONDS) return t;
  return absent(t) ? null : take(checkTimestamp(t, `[${at}].timestamp`), problems);
}

export function idOf(
  v: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): string | null {
  if (isShortString(v, ctx)) return v;
  return absent(v) ? null : take(checkKey(v, `[${at}].id`, 'id', ctx.limits.maxStringLength), problems);
}

export function confidenceOf(c: unknown, at: number, problems: FieldProblem[]): number | null {
  if (typeof c === 'number' && c >= 0 && c <= 1) return c;
  return absent(c) ? null : take(checkConfidence(c, `[${at}].confidence`), problems);
}

export function latencyOf(l: unknown, at: number, problems: FieldProblem[]): number | null {
  if (typeof l === 'number' && l >= 0 && l < Infinity) return l;
  return absent(l) ? null : take(checkLatency(l, `[${at}].latency_seconds`), problems);
}

export function errorOf(
  e: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): string | null {
  if (e === undefined || e === null || e === false) return null;
  return take<string | null>(checkError(e, `[${at}].error`, ctx), problems);
}

export function attributionsOf(
  v: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): Record<string, number> | null {
  return absent(v) ? null : take(checkAttributions(v, `[${at}].attributions`, ctx), problems);
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

export function predictionOf(
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
