/**
 * OTLP `AnyValue`s and attribute lists of a request decoded by protobufjs, as the same JavaScript
 * values as attributes.ts gives for the JSON encoding: int64 as a number (exact up to 2^53),
 * `bytesValue` as base64 text, `kvlistValue` as an object, an empty `AnyValue` as null. Pure.
 */
import type { Problem } from '../../spec/problem';
import { MAX_VALUE_DEPTH, setKey, type OtlpMap, type OtlpValue } from './types';

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
 * Decoded `KeyValue` messages as an object (keys set by `setKey`); a later duplicate key wins. O(size).
 * @example attributesFromMessages([{ key: 'a', value: { value: 'stringValue', stringValue: 'x' } }], 'attributes', []) // { a: 'x' }
 */
export function attributesFromMessages(
  list: readonly KeyValueMessage[],
  path: string,
  problems: Problem[],
  depth = 0,
): OtlpMap {
  const out: OtlpMap = {};
  for (const kv of list) {
    const m = kv.value;
    const v =
      m?.value === 'stringValue'
        ? (m.stringValue ?? '')
        : m?.value === 'doubleValue'
          ? (m.doubleValue ?? 0)
          : undefined;
    setKey(out, kv.key, v !== undefined ? v : anyValueFromMessage(m, `${path}.${kv.key}`, problems, depth));
  }
  return out;
}
