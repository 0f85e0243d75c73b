/**
 * An `ExportLogsServiceRequest` read from protobuf wire data straight into log records, without
 * protobuf message objects in between (opentelemetry-proto v1.x, the numbers of schema.ts). Read:
 * `resource_logs` (1) › `resource` (1) › `attributes` (1); `scope_logs` (2) › `log_records` (2) ›
 * `time_unix_nano` (1), `body` (5), `attributes` (6), `observed_time_unix_nano` (11); the `AnyValue`s
 * within. Any other field, or a known one of another wire type, is skipped as protobufjs skips it; a
 * message field given twice is merged (repeated fields appended, a later scalar wins). Values as
 * attributes.ts gives them for JSON: int64 a number (exact up to 2^53), `bytesValue` base64 text,
 * `kvlistValue` an object (keys by `setKey`, a later duplicate winning), an empty `AnyValue` null;
 * values nested deeper than `MAX_VALUE_DEPTH` are a problem at their path. Pure.
 */
import type { Problem } from '../../spec/problem';
import { withFastProperties } from '../fastObjects';
import { isMap } from './bodyFields';
import { MAX_VALUE_DEPTH, setKey, type OtlpLogRecord, type OtlpMap, type OtlpValue } from './types';
import { WIRE, WireReader, checkDepth, nanosToSeconds } from './wire';

/** `AnyValue` field numbers, which are also the kind of value read. */
const STRING = 1;
const BOOL = 2;
const INT = 3;
const DOUBLE = 4;
const ARRAY = 5;
const KVLIST = 6;
const BYTES = 7;

/** The tags (field number and wire type) of the message fields read. */
const tag = (field: number, wire: number): number => (field << 3) | wire;
/** `resource_logs`, `resource`, `Resource.attributes`, `KeyValue.key`, `ArrayValue.values`, `KeyValueList.values`. */
const FIELD_1 = tag(1, WIRE.delimited);
/** `scope_logs`, `log_records`, `KeyValue.value`. */
const FIELD_2 = tag(2, WIRE.delimited);
const TIME = tag(1, WIRE.fixed64);
const OBSERVED_TIME = tag(11, WIRE.fixed64);
const BODY = tag(5, WIRE.delimited);
const RECORD_ATTRIBUTES = tag(6, WIRE.delimited);

const at = (parent: string, key: string | number | null): string =>
  key === null ? parent : typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`;

/**
 * The walk over one request. `kind` is the `AnyValue` field the last value came from, so that a second
 * occurrence of the same array or map merges into the first.
 */
class LogsWalker {
  private kind = 0;

  constructor(
    private readonly r: WireReader,
    private problems: Problem[],
  ) {}

  request(): OtlpLogRecord[] {
    const records: OtlpLogRecord[] = [];
    let ri = 0;
    while (this.r.pos < this.r.len) {
      const t = this.r.tag();
      if (t === FIELD_1) this.resourceLogs(this.r.delimited(this.r.len), ri++, records);
      else this.r.skip(t & 7, t >>> 3, 0);
    }
    return records;
  }

  private resourceLogs(end: number, ri: number, records: OtlpLogRecord[]): void {
    checkDepth(1);
    const resource: OtlpMap = {};
    let si = 0;
    while (this.r.pos < end) {
      const t = this.r.tag();
      if (t === FIELD_1) this.resource(this.r.delimited(end), resource, ri);
      else if (t === FIELD_2) this.scopeLogs(this.r.delimited(end), ri, si++, resource, records);
      else this.r.skip(t & 7, t >>> 3, 1);
    }
    this.ended(end);
  }

  private resource(end: number, into: OtlpMap, ri: number): void {
    checkDepth(2);
    while (this.r.pos < end) {
      const t = this.r.tag();
      if (t === FIELD_1)
        this.keyValue(this.r.delimited(end), 3, 0, `resourceLogs[${ri}].resource.attributes`, into);
      else this.r.skip(t & 7, t >>> 3, 2);
    }
    this.ended(end);
  }

  private scopeLogs(end: number, ri: number, si: number, resource: OtlpMap, records: OtlpLogRecord[]): void {
    checkDepth(2);
    let l = 0;
    while (this.r.pos < end) {
      const t = this.r.tag();
      if (t === FIELD_2) {
        const record: OtlpLogRecord = {
          r: ri,
          s: si,
          l: l++,
          timeSeconds: 0,
          observedSeconds: 0,
          body: undefined,
          attributes: {},
          resource,
        };
        this.logRecord(this.r.delimited(end), record);
        records.push(record);
      } else this.r.skip(t & 7, t >>> 3, 2);
    }
    this.ended(end);
  }

  private logRecord(end: number, record: OtlpLogRecord): void {
    checkDepth(3);
    const path = `resourceLogs[${record.r}].scopeLogs[${record.s}].logRecords[${record.l}]`;
    let bodyKind = 0;
    while (this.r.pos < end) {
      const t = this.r.tag();
      if (t === TIME) record.timeSeconds = nanosToSeconds(this.r.fixed64());
      else if (t === OBSERVED_TIME) record.observedSeconds = nanosToSeconds(this.r.fixed64());
      else if (t === RECORD_ATTRIBUTES)
        this.keyValue(this.r.delimited(end), 4, 0, `${path}.attributes`, record.attributes);
      else if (t === BODY) {
        const prior = record.body ?? null;
        record.body = this.anyValue(this.r.delimited(end), 4, 0, `${path}.body`, null, bodyKind, prior);
        bodyKind = this.kind;
      } else this.r.skip(t & 7, t >>> 3, 3);
    }
    this.ended(end);
  }

  /** One `KeyValue` at message level `q`, set into `into` (the map at `path`). */
  private keyValue(end: number, q: number, depth: number, path: string, into: OtlpMap): void {
    checkDepth(q);
    let key = '';
    let value: OtlpValue = null;
    let kind = 0;
    while (this.r.pos < end) {
      const t = this.r.tag();
      if (t === FIELD_1) key = this.r.key(this.r.delimited(end));
      else if (t === FIELD_2) {
        value = this.anyValue(this.r.delimited(end), q + 1, depth, path, key, kind, value);
        kind = this.kind;
      } else this.r.skip(t & 7, t >>> 3, q);
    }
    this.ended(end);
    setKey(into, key, value);
  }

  /**
   * One `AnyValue` at message level `q` and value depth `depth`, its path `at(parent, key)`; `kind` and
   * `value` are those of an earlier occurrence of the same field (0 and null: none), merged into.
   */
  private anyValue(
    end: number,
    q: number,
    depth: number,
    parent: string,
    key: string | number | null,
    kind: number,
    value: OtlpValue,
  ): OtlpValue {
    checkDepth(q);
    while (this.r.pos < end) {
      const t = this.r.tag();
      const field = t >>> 3;
      const wire = t & 7;
      if (field === STRING && wire === WIRE.delimited) value = this.r.string(this.r.delimited(end));
      else if (field === DOUBLE && wire === WIRE.fixed64) value = this.r.double();
      else if (field === BOOL && wire === WIRE.varint) value = this.r.bool();
      else if (field === INT && wire === WIRE.varint) value = this.r.int64();
      else if (field === BYTES && wire === WIRE.delimited) value = this.r.base64(this.r.delimited(end));
      else if ((field === ARRAY || field === KVLIST) && wire === WIRE.delimited) {
        const prior = kind === field ? value : null;
        value = this.nested(this.r.delimited(end), q, depth, at(parent, key), field, prior);
      } else {
        this.r.skip(wire, field, q);
        continue;
      }
      kind = field;
    }
    this.ended(end);
    this.kind = kind;
    return value;
  }

  /**
   * An `ArrayValue` or `KeyValueList` (`field`) at message level `q + 1`, appended to `prior` when the
   * same field came before. Past `MAX_VALUE_DEPTH` it is still read (malformed bytes and messages
   * nested past `MAX_MESSAGE_DEPTH` are refused whatever their depth), then dropped: null and one
   * problem at `path`.
   */
  private nested(
    end: number,
    q: number,
    depth: number,
    path: string,
    field: number,
    prior: OtlpValue,
  ): OtlpValue {
    const tooDeep = depth >= MAX_VALUE_DEPTH;
    const problems = this.problems;
    if (tooDeep) this.problems = [];
    try {
      checkDepth(q + 1);
      const list = field === ARRAY ? (Array.isArray(prior) ? prior : []) : null;
      const map = field === KVLIST ? (isMap(prior) ? prior : {}) : null;
      let keys = map !== null && map === prior ? Object.keys(map).length : 0;
      while (this.r.pos < end) {
        const t = this.r.tag();
        if (t !== FIELD_1) {
          this.r.skip(t & 7, t >>> 3, q + 1);
          continue;
        }
        const itemEnd = this.r.delimited(end);
        if (list !== null)
          list.push(
            this.anyValue(itemEnd, q + 2, depth + 1, `${path}.arrayValue.values`, list.length, 0, null),
          );
        else if (map !== null) {
          this.keyValue(itemEnd, q + 2, depth + 1, path, map);
          keys++;
        }
      }
      this.ended(end);
      // A map of many keys set one by one is copied into V8's fast mode (fastObjects.ts).
      if (!tooDeep) return list ?? (map === null ? null : withFastProperties(map, keys));
    } finally {
      this.problems = problems;
    }
    problems.push({ path, message: `values nest deeper than ${MAX_VALUE_DEPTH} levels` });
    return null;
  }

  /** A message's fields must end exactly at its length. */
  private ended(end: number): void {
    if (this.r.pos !== end) throw new RangeError('index out of range');
  }
}

/**
 * The log records of a binary protobuf `ExportLogsServiceRequest`, in request order; problems of
 * values nested too deep are pushed onto `problems` (the records are then not to be used). O(bytes).
 * @throws Error (as protobufjs words it) for wire data that does not decode: truncated, a bad wire
 *   type or tag, invalid UTF-8 in a string, messages nested deeper than `MAX_MESSAGE_DEPTH`.
 * @example readLogsRequest(Uint8Array.of(0x0a, 0x00), []) // [] (one empty ResourceLogs)
 */
export function readLogsRequest(bytes: Uint8Array, problems: Problem[]): OtlpLogRecord[] {
  return new LogsWalker(new WireReader(bytes), problems).request();
}
