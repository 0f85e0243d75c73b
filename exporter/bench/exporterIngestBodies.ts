/**
 * The native benchmark batch (`eventBatch`: 500 events × 20 features) converted once, before any
 * timing, into what the other ingest paths receive for the same events:
 *
 * - KServe v1 (docs/integrations/kserve.md): the request CloudEvent's body `{"instances": [[...], ...]}`
 *   (positional, in spec order, as KServe's sklearn server takes them) and the response's
 *   `{"predictions": [{"label": …, "score": …}, ...]}`, read through the bench model's
 *   `kserve: {prediction: label, confidence: score}`. KServe carries no error flag (its logger logs
 *   only answered inferences) and one latency per inference, from the two `ce-time`s.
 * - OTLP logs (docs/integrations/opentelemetry.md): one log record per event, encoded by
 *   OpenTelemetry's own serializers (`@opentelemetry/otlp-transformer`, as an SDK's log exporter sends
 *   them) as JSON and as protobuf: the features as the body map, `mlhealth.id`, `.prediction`,
 *   `.confidence`, `.latency_seconds` and `.error` as attributes, `mlhealth.model` on the resource.
 *   Record times are zero (absent), like the native events' timestamps: the exporter stamps each event
 *   on arrival, so every run lands in the current window however long the benchmark lasts.
 */
import { JsonLogsSerializer, ProtobufLogsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';

/** One event of the native batch, as `eventBatch` writes it. */
export interface BenchEvent {
  id: string;
  features: Record<string, number>;
  prediction: string;
  confidence: number;
  latency_seconds: number;
  error: boolean;
}

/** The two bodies of one KServe v1 inference over `events`. */
export interface KserveBodies {
  request: Buffer;
  response: Buffer;
}

/** The OTLP ExportLogsServiceRequest over `events`, in both encodings. */
export interface OtlpBodies {
  json: Buffer;
  protobuf: Buffer;
}

/** What OpenTelemetry's SDK hands its log exporters (`ReadableLogRecord` of @opentelemetry/sdk-logs). */
type LogRecords = Parameters<typeof JsonLogsSerializer.serializeRequest>[0];

/** The events of a native batch body (the JSON array `eventBatch` returns). */
export function parseBatch(body: string): BenchEvent[] {
  return JSON.parse(body) as BenchEvent[];
}

/**
 * `copies` versions of `events` that differ in their ids only (`e1-0~0`, `e1-0~1`, …): sent in turn,
 * every event id is new to the exporter, as in real traffic (KServe's ids are `ce-id`s, new for each
 * inference), so each path pays the same for remembering predictions until their labels arrive.
 */
export function withFreshIds(events: readonly BenchEvent[], copies: number): BenchEvent[][] {
  return Array.from({ length: copies }, (_, v) => events.map((e) => ({ ...e, id: `${e.id}~${v}` })));
}

/** KServe v1 request and response bodies; `features` are the model's feature names in spec order. */
export function kserveBodies(events: readonly BenchEvent[], features: readonly string[]): KserveBodies {
  const instances = events.map((e) => features.map((f) => e.features[f]));
  const predictions = events.map((e) => ({ label: e.prediction, score: e.confidence }));
  return {
    request: Buffer.from(JSON.stringify({ instances })),
    response: Buffer.from(JSON.stringify({ predictions })),
  };
}

/** OTLP logs requests for `model`, one record per event, JSON and protobuf. */
export function otlpBodies(events: readonly BenchEvent[], model: string): OtlpBodies {
  const resource = resourceFromAttributes({ 'service.name': 'mlhealth-bench', 'mlhealth.model': model });
  const scope = { name: 'mlhealth-bench' };
  const records: LogRecords = events.map((e) => ({
    hrTime: [0, 0],
    hrTimeObserved: [0, 0],
    severityNumber: 9,
    severityText: 'INFO',
    resource,
    instrumentationScope: scope,
    body: { ...e.features },
    attributes: {
      'mlhealth.id': e.id,
      'mlhealth.prediction': e.prediction,
      'mlhealth.confidence': e.confidence,
      'mlhealth.latency_seconds': e.latency_seconds,
      'mlhealth.error': e.error,
    },
    droppedAttributesCount: 0,
  }));
  const json = JsonLogsSerializer.serializeRequest(records);
  const protobuf = ProtobufLogsSerializer.serializeRequest(records);
  if (json === undefined || protobuf === undefined)
    throw new Error('otlpBodies: the OpenTelemetry serializers returned nothing for the bench records');
  return { json: Buffer.from(json), protobuf: Buffer.from(protobuf) };
}
