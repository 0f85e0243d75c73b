/**
 * Reading single fields of the OTLP JSON encoding (the proto3 JSON mapping with OTLP's exceptions): keys
 * in lowerCamelCase (the proto's snake_case names are accepted too, as the Collector's own decoder
 * does, rather than dropping a whole request as unknown fields), 64-bit integers as decimal strings or
 * numbers, doubles as numbers or "NaN"/"Infinity"/"-Infinity", null as absent. Pure.
 */
import type { Problem } from '../../spec/problem';
import { describe } from '../parseBody';

/** A path, or how to build it: paths are built only for problems, so valid requests never pay for them. */
export type LazyPath = string | (() => string);

/**
 * The path itself.
 * @example pathOf(() => 'body.kvlistValue') // 'body.kvlistValue'
 */
export const pathOf = (path: LazyPath): string => (typeof path === 'string' ? path : path());

/**
 * A JSON object (not null, not an array).
 * @example isJsonObject([]) // false
 */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The value of field `camel` (or its proto spelling `snake`) of a JSON object; undefined when absent.
 * @example field({ time_unix_nano: '1' }, 'timeUnixNano', 'time_unix_nano') // '1'
 */
export function field(obj: Record<string, unknown>, camel: string, snake: string): unknown {
  const v = obj[camel];
  return v !== undefined ? v : obj[snake];
}

const INTEGER_TEXT = /^-?\d+$/;

/**
 * A JSON int64: a safe-or-not integer number, or a decimal string of one, as a number (exact up to
 * 2^53); null when it is neither.
 * @example intOf('-42') // -42
 */
export function intOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v === 'string' && INTEGER_TEXT.test(v)) return Number(v);
  return null;
}

const SPECIAL_DOUBLES: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/**
 * A JSON double: a number, a numeric string, or one of the proto3 JSON spellings "NaN", "Infinity",
 * "-Infinity" (passed on as such: the event validator refuses non-finite values by name); null otherwise.
 * @example doubleOf('Infinity') // Infinity
 */
export function doubleOf(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  if (v in SPECIAL_DOUBLES) return SPECIAL_DOUBLES[v];
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * An unsigned 64-bit nanosecond time (`timeUnixNano`, `observedTimeUnixNano`) in Unix seconds; 0 when
 * absent; pushes a problem at `path` when it is not a non-negative integer (number or decimal string).
 * @example secondsOfNanos('1700000000500000000', 'timeUnixNano', []) // 1700000000.5
 */
export function secondsOfNanos(v: unknown, path: LazyPath, problems: Problem[]): number {
  if (v === undefined || v === null) return 0;
  const n = intOf(v);
  if (n === null || n < 0) {
    problems.push({
      path: pathOf(path),
      message: `expected Unix nanoseconds (a decimal string), got ${describe(v)}`,
    });
    return 0;
  }
  // Whole seconds and the nanosecond rest apart: 1.7e18 ns is past 2^53, its division is not exact.
  if (typeof v === 'string' && v.length > 9) return Number(v.slice(0, -9)) + Number(v.slice(-9)) / 1e9;
  return Math.floor(n / 1e9) + (n % 1e9) / 1e9;
}

/**
 * The `values` array of an `arrayValue` or `kvlistValue` object; [] (and a problem at `path`) when the
 * object or its `values` has the wrong shape.
 * @example valuesOf({ values: [{ intValue: '1' }] }, 'body.arrayValue', []) // [{ intValue: '1' }]
 */
export function valuesOf(v: unknown, path: LazyPath, problems: Problem[]): unknown[] {
  if (!isJsonObject(v)) {
    problems.push({ path: pathOf(path), message: `expected an object {values: [...]}, got ${describe(v)}` });
    return [];
  }
  return arrayField(v, 'values', 'values', path, problems);
}

/**
 * The repeated field `camel` of `obj` as an array; [] when absent or null; [] and a problem at
 * `path.camel` when it is not an array.
 * @example arrayField({ scope_logs: [] }, 'scopeLogs', 'scope_logs', 'resourceLogs[0]', []) // []
 */
export function arrayField(
  obj: Record<string, unknown>,
  camel: string,
  snake: string,
  path: LazyPath,
  problems: Problem[],
): unknown[] {
  const v = field(obj, camel, snake);
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  problems.push({ path: join(pathOf(path), camel), message: `expected an array, got ${describe(v)}` });
  return [];
}

/**
 * `path.key`, or `key` alone at the top.
 * @example join('', 'resourceLogs') // 'resourceLogs'
 */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
