/**
 * OTLP `AnyValue`s and attribute lists (`KeyValue[]`) as JavaScript values, from either encoding:
 * the OTLP JSON form (`{"stringValue": "a"}`, `{"intValue": "42"}`, …) checked field by field, or a
 * message decoded by protobufjs. Both give the same `OtlpValue`: int64 as a number (exact up to 2^53),
 * `bytesValue` as base64 text (the protobuf JSON mapping's form), `kvlistValue` as an object with a null
 * prototype, an empty `AnyValue` as null. Pure.
 */
import type { Problem } from '../../spec/problem';
import { describe } from '../parseBody';
import { MAX_VALUE_DEPTH, type OtlpMap, type OtlpValue } from './types';
import { intOf, doubleOf, field, isJsonObject, valuesOf } from './jsonFields';

/** The `AnyValue` kinds, in their JSON (lowerCamelCase) and proto (snake_case) spellings. */
const KINDS = [
  ['stringValue', 'string_value'],
  ['boolValue', 'bool_value'],
  ['intValue', 'int_value'],
  ['doubleValue', 'double_value'],
  ['arrayValue', 'array_value'],
  ['kvlistValue', 'kvlist_value'],
  ['bytesValue', 'bytes_value'],
] as const;

type Kind = (typeof KINDS)[number][0];

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * One OTLP JSON `AnyValue` at `path`; pushes problems (and returns null) for a value that breaks the
 * encoding: not an object, two kinds set, a wrongly typed kind, nesting deeper than `MAX_VALUE_DEPTH`.
 * Unknown keys are ignored, as OTLP/JSON receivers must. O(size of the value).
 * @example anyValueFromJson({ intValue: '42' }, 'body', []) // 42
 */
export function anyValueFromJson(raw: unknown, path: string, problems: Problem[], depth = 0): OtlpValue {
  if (raw === null || raw === undefined) return null;
  if (!isJsonObject(raw)) {
    problems.push({ path, message: `expected an AnyValue object, got ${describe(raw)}` });
    return null;
  }
  let kind: Kind | null = null;
  let value: unknown;
  for (const [camel, snake] of KINDS) {
    const v = field(raw, camel, snake);
    if (v === undefined || v === null) continue;
    if (kind !== null) {
      problems.push({ path, message: `an AnyValue holds one value, got both ${kind} and ${camel}` });
      return null;
    }
    kind = camel;
    value = v;
  }
  if (kind === null) return null;
  if (depth >= MAX_VALUE_DEPTH && (kind === 'arrayValue' || kind === 'kvlistValue')) {
    problems.push({ path, message: `values nest deeper than ${MAX_VALUE_DEPTH} levels` });
    return null;
  }
  return jsonKind(kind, value, `${path}.${kind}`, problems, depth);
}

function jsonKind(kind: Kind, v: unknown, path: string, problems: Problem[], depth: number): OtlpValue {
  const wrong = (what: string): null => {
    problems.push({ path, message: `expected ${what}, got ${describe(v)}` });
    return null;
  };
  switch (kind) {
    case 'stringValue':
      return typeof v === 'string' ? v : wrong('a string');
    case 'boolValue':
      return typeof v === 'boolean' ? v : wrong('a boolean');
    case 'intValue':
      return intOf(v) ?? wrong('an integer (a number or a decimal string)');
    case 'doubleValue':
      return doubleOf(v) ?? wrong('a number (or "NaN", "Infinity", "-Infinity")');
    case 'bytesValue':
      return typeof v === 'string' && BASE64.test(v) ? v : wrong('base64 text');
    case 'arrayValue': {
      const values = valuesOf(v, path, problems);
      return values.map((item, i) => anyValueFromJson(item, `${path}.values[${i}]`, problems, depth + 1));
    }
    case 'kvlistValue':
      return attributesFromJson(valuesOf(v, path, problems), `${path}.values`, problems, depth + 1);
  }
}

/**
 * A JSON list of `KeyValue`s (`[{key, value}]`) as an object with a null prototype; a later duplicate
 * key wins. Pushes problems for entries that are not objects or keys that are not strings. O(size).
 * @example attributesFromJson([{ key: 'a', value: { boolValue: true } }], 'attributes', []) // { a: true }
 */
export function attributesFromJson(raw: unknown, path: string, problems: Problem[], depth = 0): OtlpMap {
  const out: OtlpMap = Object.create(null) as OtlpMap;
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) {
    problems.push({ path, message: `expected an array of {key, value}, got ${describe(raw)}` });
    return out;
  }
  for (let i = 0; i < raw.length; i++) {
    const kv: unknown = raw[i];
    if (!isJsonObject(kv) || (kv.key !== undefined && typeof kv.key !== 'string')) {
      problems.push({ path: `${path}[${i}]`, message: `expected {key: string, value}, got ${describe(kv)}` });
      continue;
    }
    const key = typeof kv.key === 'string' ? kv.key : '';
    out[key] = anyValueFromJson(kv.value, `${path}[${i}].value`, problems, depth);
  }
  return out;
}

/** An `AnyValue` message as protobufjs decodes it (the oneof `value` names the field that is set). */
export interface AnyValueMessage {
  value?: string;
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | { toNumber(): number };
  doubleValue?: number;
  arrayValue?: { values: AnyValueMessage[] } | null;
  kvlistValue?: { values: KeyValueMessage[] } | null;
  bytesValue?: Uint8Array;
}

export interface KeyValueMessage {
  key: string;
  value?: AnyValueMessage | null;
}

/**
 * A decoded `AnyValue` message as an `OtlpValue`; nesting deeper than `MAX_VALUE_DEPTH` pushes a problem
 * at `path`. O(size of the value).
 * @example anyValueFromMessage({ value: 'boolValue', boolValue: true }, 'body', []) // true
 */
export function anyValueFromMessage(
  m: AnyValueMessage | null | undefined,
  path: string,
  problems: Problem[],
  depth = 0,
): OtlpValue {
  switch (m?.value) {
    case 'stringValue':
      return m.stringValue ?? '';
    case 'boolValue':
      return m.boolValue === true;
    case 'intValue':
      return typeof m.intValue === 'number' ? m.intValue : (m.intValue?.toNumber() ?? 0);
    case 'doubleValue':
      return m.doubleValue ?? 0;
    case 'bytesValue':
      return Buffer.from(m.bytesValue ?? []).toString('base64');
    case 'arrayValue':
    case 'kvlistValue':
      if (depth >= MAX_VALUE_DEPTH) {
        problems.push({ path, message: `values nest deeper than ${MAX_VALUE_DEPTH} levels` });
        return null;
      }
      if (m.value === 'kvlistValue')
        return attributesFromMessages(m.kvlistValue?.values ?? [], path, problems, depth + 1);
      return (m.arrayValue?.values ?? []).map((v, i) =>
        anyValueFromMessage(v, `${path}.arrayValue.values[${i}]`, problems, depth + 1),
      );
    default:
      return null;
  }
}

/**
 * Decoded `KeyValue` messages as an object with a null prototype; a later duplicate key wins. O(size).
 * @example attributesFromMessages([{ key: 'a', value: { value: 'stringValue', stringValue: 'x' } }], 'attributes', []) // { a: 'x' }
 */
export function attributesFromMessages(
  list: readonly KeyValueMessage[],
  path: string,
  problems: Problem[],
  depth = 0,
): OtlpMap {
  const out: OtlpMap = Object.create(null) as OtlpMap;
  for (const kv of list) out[kv.key] = anyValueFromMessage(kv.value, `${path}.${kv.key}`, problems, depth);
  return out;
}
