/**
 * OTLP JSON `AnyValue`s and attribute lists (`KeyValue[]`) as JavaScript values, checked field by field
 * (`{"stringValue": "a"}`, `{"intValue": "42"}`, …): int64 as a number (exact up to 2^53), `bytesValue`
 * as its base64 text (the protobuf JSON mapping's form), `kvlistValue` as an object, an empty
 * `AnyValue` as null. wireLogs.ts gives the same values from binary protobuf. Pure.
 */
import type { Problem } from '../../spec/problem';
import { withFastProperties } from '../fastObjects';
import { describe } from '../parseBody';
import { MAX_VALUE_DEPTH, setKey, type OtlpMap, type OtlpValue } from './types';
import { intOf, doubleOf, isJsonObject, pathOf, valuesOf, type LazyPath } from './jsonFields';

type Kind =
  'stringValue' | 'boolValue' | 'intValue' | 'doubleValue' | 'arrayValue' | 'kvlistValue' | 'bytesValue';

/** Each `AnyValue` key, in its JSON (lowerCamelCase) and proto (snake_case) spelling, → its kind. */
const KINDS = new Map<string, Kind>([
  ['stringValue', 'stringValue'],
  ['string_value', 'stringValue'],
  ['boolValue', 'boolValue'],
  ['bool_value', 'boolValue'],
  ['intValue', 'intValue'],
  ['int_value', 'intValue'],
  ['doubleValue', 'doubleValue'],
  ['double_value', 'doubleValue'],
  ['arrayValue', 'arrayValue'],
  ['array_value', 'arrayValue'],
  ['kvlistValue', 'kvlistValue'],
  ['kvlist_value', 'kvlistValue'],
  ['bytesValue', 'bytesValue'],
  ['bytes_value', 'bytesValue'],
]);

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * One OTLP JSON `AnyValue` at `path`; pushes problems (and returns null) for a value that breaks the
 * encoding: not an object, two kinds set, a wrongly typed kind, nesting deeper than `MAX_VALUE_DEPTH`.
 * Unknown keys are ignored, as OTLP/JSON receivers must. O(size of the value).
 * @example anyValueFromJson({ intValue: '42' }, 'body', []) // 42
 */
export function anyValueFromJson(raw: unknown, path: LazyPath, problems: Problem[], depth = 0): OtlpValue {
  if (raw === null || raw === undefined) return null;
  if (!isJsonObject(raw)) {
    problems.push({ path: pathOf(path), message: `expected an AnyValue object, got ${describe(raw)}` });
    return null;
  }
  let kind: Kind | null = null;
  let value: unknown;
  for (const key in raw) {
    const k = KINDS.get(key);
    const v = raw[key];
    if (k === undefined || v === undefined || v === null) continue;
    if (kind !== null) {
      problems.push({
        path: pathOf(path),
        message: `an AnyValue holds one value, got both ${kind} and ${k}`,
      });
      return null;
    }
    kind = k;
    value = v;
  }
  if (kind === null) return null;
  if (depth >= MAX_VALUE_DEPTH && (kind === 'arrayValue' || kind === 'kvlistValue')) {
    problems.push({ path: pathOf(path), message: `values nest deeper than ${MAX_VALUE_DEPTH} levels` });
    return null;
  }
  switch (kind) {
    case 'stringValue':
      if (typeof value === 'string') return value;
      return wrong(kind, value, 'a string', path, problems);
    case 'boolValue':
      if (typeof value === 'boolean') return value;
      return wrong(kind, value, 'a boolean', path, problems);
    case 'doubleValue':
      if (typeof value === 'number') return value;
      return (
        doubleOf(value) ?? wrong(kind, value, 'a number (or "NaN", "Infinity", "-Infinity")', path, problems)
      );
    default:
      return otherKind(kind, value, path, problems, depth);
  }
}

function otherKind(kind: Kind, v: unknown, path: LazyPath, problems: Problem[], depth: number): OtlpValue {
  const at = (): string => `${pathOf(path)}.${kind}`;
  switch (kind) {
    case 'intValue':
      return intOf(v) ?? wrong(kind, v, 'an integer (a number or a decimal string)', path, problems);
    case 'bytesValue':
      return typeof v === 'string' && BASE64.test(v) ? v : wrong(kind, v, 'base64 text', path, problems);
    case 'arrayValue':
      return valuesOf(v, at, problems).map((item, i) =>
        anyValueFromJson(item, () => `${at()}.values[${i}]`, problems, depth + 1),
      );
    default: // kvlistValue
      return attributesFromJson(valuesOf(v, at, problems), () => `${at()}.values`, problems, depth + 1);
  }
}

function wrong(kind: Kind, v: unknown, what: string, path: LazyPath, problems: Problem[]): null {
  problems.push({ path: `${pathOf(path)}.${kind}`, message: `expected ${what}, got ${describe(v)}` });
  return null;
}

/**
 * A JSON list of `KeyValue`s (`[{key, value}]`) as an object (keys set by `setKey`); a later duplicate
 * key wins. Pushes problems for entries that are not objects or keys that are not strings. O(size).
 * @example attributesFromJson([{ key: 'a', value: { boolValue: true } }], 'attributes', []) // { a: true }
 */
export function attributesFromJson(raw: unknown, path: LazyPath, problems: Problem[], depth = 0): OtlpMap {
  const out: OtlpMap = {};
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) {
    problems.push({ path: pathOf(path), message: `expected an array of {key, value}, got ${describe(raw)}` });
    return out;
  }
  for (let i = 0; i < raw.length; i++) {
    const kv: unknown = raw[i];
    if (!isJsonObject(kv) || (kv.key !== undefined && typeof kv.key !== 'string')) {
      problems.push({
        path: `${pathOf(path)}[${i}]`,
        message: `expected {key: string, value}, got ${describe(kv)}`,
      });
      continue;
    }
    const key = typeof kv.key === 'string' ? kv.key : '';
    const value = kv.value;
    // The common scalar without a path string; anything else through the full check.
    const scalar =
      value !== null && typeof value === 'object' ? scalarOf(value as Record<string, unknown>) : undefined;
    setKey(
      out,
      key,
      scalar !== undefined
        ? scalar
        : anyValueFromJson(value, () => `${pathOf(path)}[${i}].value`, problems, depth),
    );
  }
  // A map of many keys set one by one is copied into V8's fast mode (fastObjects.ts).
  return withFastProperties(out, raw.length);
}

/**
 * A one-key JSON `AnyValue` holding a string, a boolean or a number as `doubleValue` (most attribute
 * and body values), read without building a path; undefined for anything else.
 */
function scalarOf(raw: Record<string, unknown>): OtlpValue | undefined {
  let found: OtlpValue | undefined;
  let keys = 0;
  for (const key in raw) {
    if (++keys > 1) return undefined;
    const v = raw[key];
    if (key === 'stringValue') found = typeof v === 'string' ? v : undefined;
    else if (key === 'doubleValue') found = typeof v === 'number' ? v : undefined;
    else if (key === 'boolValue') found = typeof v === 'boolean' ? v : undefined;
  }
  return found;
}
