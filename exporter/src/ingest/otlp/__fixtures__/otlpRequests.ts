/**
 * OTLP logs requests for tests, in the OTLP JSON encoding (the same objects encode to protobuf with
 * `toProtobuf`), and BentoML's OTLP monitor records as they arrive: BentoML 1.x pins
 * opentelemetry-sdk 1.20.0, whose `LoggingHandler` sends the monitor's dict as the body (a
 * `kvlistValue`: each column, `timestamp` as float Unix seconds, `request_id`, and `bento_meta` with the
 * column schema; since BentoML 1.2.16 also `trace_id`), on a resource with `service.name` =
 * `<bento_name>:<monitor_name>` and `service.instance.id` = the bento version, and the Python logging
 * attributes `code.filepath`, `code.function`, `code.lineno` (bentoml/_internal/monitoring/otlp.py).
 */
import { OTLP_TYPES } from '../schema';

/** A JavaScript value as an OTLP JSON `AnyValue`: integers as `intValue` (decimal strings). */
export function anyValue(v: unknown): Record<string, unknown> {
  if (v === null || v === undefined) return {};
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  return { kvlistValue: { values: attributes(v as Record<string, unknown>) } };
}

/** A doubleValue even for a whole number (Python floats such as 3.0). */
export const double = (v: number): Record<string, unknown> => ({ doubleValue: v });

/** `{key: value}` → OTLP `KeyValue[]`; values already in AnyValue form (`{doubleValue: …}`) are kept. */
export function attributes(map: Record<string, unknown>): { key: string; value: unknown }[] {
  return Object.entries(map).map(([key, value]) => ({ key, value: isAnyValue(value) ? value : anyValue(value) }));
}

const KINDS = ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'arrayValue', 'kvlistValue', 'bytesValue'];
function isAnyValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 1 && KINDS.includes(Object.keys(v)[0]);
}

export interface RecordSpec {
  body?: unknown;
  attributes?: Record<string, unknown>;
  timeUnixNano?: string;
  observedTimeUnixNano?: string;
}

/** One LogRecord in OTLP JSON, with the usual severity and (all-zero) trace ids of a log outside a span. */
export function logRecord(r: RecordSpec): Record<string, unknown> {
  return {
    ...(r.timeUnixNano !== undefined ? { timeUnixNano: r.timeUnixNano } : {}),
    ...(r.observedTimeUnixNano !== undefined ? { observedTimeUnixNano: r.observedTimeUnixNano } : {}),
    severityNumber: 9,
    severityText: 'INFO',
    ...(r.body !== undefined ? { body: isAnyValue(r.body) ? r.body : anyValue(r.body) } : {}),
    attributes: attributes(r.attributes ?? {}),
    traceId: '00000000000000000000000000000000',
    spanId: '0000000000000000',
  };
}

/** An ExportLogsServiceRequest: one resourceLogs entry per resource, one scope each. */
export function logsRequest(
  ...resources: { resource?: Record<string, unknown>; records: RecordSpec[] }[]
): Record<string, unknown> {
  return {
    resourceLogs: resources.map((r) => ({
      resource: { attributes: attributes(r.resource ?? {}) },
      scopeLogs: [{ scope: { name: 'test' }, logRecords: r.records.map(logRecord) }],
    })),
  };
}

/** The request as binary protobuf, encoded by protobufjs with the receiver's own message types. */
export function toProtobuf(request: Record<string, unknown>): Uint8Array {
  const type = OTLP_TYPES.ExportLogsServiceRequest;
  return type.encode(type.fromObject(request)).finish();
}

/** The iris example of BentoML's monitoring docs: four numeric features and a categorical prediction. */
export const IRIS_SCHEMA = {
  'sepal length': { name: 'sepal length', role: 'feature', type: 'numerical' },
  'sepal width': { name: 'sepal width', role: 'feature', type: 'numerical' },
  'petal length': { name: 'petal length', role: 'feature', type: 'numerical' },
  'petal width': { name: 'petal width', role: 'feature', type: 'numerical' },
  pred: { name: 'pred', role: 'prediction', type: 'categorical' },
};

/** One record of BentoML's OTLPMonitor for `bentoml.monitor(monitor)` in bento `bento`. */
export function bentoRecord(
  columns: Record<string, number | string>,
  opts: { requestId: string; at: number; monitor: string; bento?: string; withMeta?: boolean; traceId?: string },
): RecordSpec {
  const bento = opts.bento ?? 'iris_classifier';
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(columns)) body[k] = typeof v === 'number' ? double(v) : v;
  body.timestamp = double(opts.at + 0.587727);
  body.request_id = opts.requestId;
  if (opts.traceId !== undefined) body.trace_id = opts.traceId;
  if (opts.withMeta !== false) {
    const meta = { bento_name: bento, bento_version: 'not available', monitor_name: opts.monitor, schema: IRIS_SCHEMA };
    body.bento_meta = meta;
  }
  return {
    timeUnixNano: `${opts.at}587727000`,
    body: anyValue(body),
    attributes: {
      'code.filepath': '/home/bentoml/bento/src/service.py',
      'code.function': 'classify',
      'code.lineno': 27,
    },
  };
}

/** The resource of BentoML's OTLPMonitor. */
export function bentoResource(monitor: string, bento = 'iris_classifier'): Record<string, unknown> {
  return {
    'telemetry.sdk.language': 'python',
    'telemetry.sdk.name': 'opentelemetry',
    'telemetry.sdk.version': '1.20.0',
    'service.name': `${bento}:${monitor}`,
    'service.instance.id': 'ab3sixgx7kkyx3ol',
  };
}
