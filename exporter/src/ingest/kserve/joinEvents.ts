/**
 * The two halves of one KServe inference joined into the prediction events a client would POST to
 * `/api/v1/models/{model}/events` (the fields of `ingest/validateEvent.ts`), one per instance, so that
 * validation, limits, durability and counting are those of the write path. And the way back: a problem
 * the write path finds in event `[i].field` named by where it came from (a header or the body path).
 * Pure: no I/O, no clock.
 */
import type { Problem } from '../../spec/problem';
import { IngestError } from '../errors';
import type { FeatureRows } from './requestPayload';
import type { PredictionRows } from './responsePayload';

/** What the two halves bring: `ce-id`, their `ce-time`s, the request's features, the response's predictions. */
export interface InferencePair {
  id: string;
  requestTime: number | null;
  responseTime: number | null;
  features: FeatureRows;
  predictions: PredictionRows;
}

/**
 * The event id of instance `i` of `n`: `ce-id` for a single instance, `ce-id#i` (from 0) in a batch,
 * so labels can be joined to each instance later.
 * @example eventId('5d1c', 2, 3) // '5d1c#2'
 */
export function eventId(id: string, i: number, n: number): string {
  return n === 1 ? id : `${id}#${i}`;
}

/**
 * Events for the write path, one per instance: `id`, `timestamp` (the request's `ce-time`, else the
 * response's; absent: arrival time), `features`, `prediction`, `confidence` (when given) and
 * `latency_seconds` (response `ce-time` − request `ce-time`, when both are present and not negative:
 * KServe stamps each event when its logger sends it, so this is the serving time as the logger saw it,
 * the same for every instance of a batch). O(instances × features).
 * @throws IngestError `invalid` (422) when the halves count different instances.
 * @example joinEvents({ id: 'a', requestTime: 10, responseTime: 10.25, features: { rows: [{ x: 1 }], pathOf },
 *   predictions: { predictions: ['yes'], confidences: [undefined], pathOf } })
 *   // [{ id: 'a', timestamp: 10, features: { x: 1 }, prediction: 'yes', latency_seconds: 0.25 }]
 */
export function joinEvents(pair: InferencePair): Record<string, unknown>[] {
  const { rows } = pair.features;
  const { predictions, confidences } = pair.predictions;
  if (rows.length !== predictions.length) {
    throw new IngestError('invalid', 'the request and response halves do not match: nothing was applied', [
      {
        path: 'predictions',
        message: `the response has ${predictions.length} predictions, the request ${rows.length} instances`,
      },
    ]);
  }
  const { requestTime, responseTime } = pair;
  const timestamp = requestTime ?? responseTime;
  const latency =
    requestTime !== null && responseTime !== null && responseTime >= requestTime
      ? responseTime - requestTime
      : null;
  return rows.map((features, i) => {
    const event: Record<string, unknown> = { id: eventId(pair.id, i, rows.length) };
    if (timestamp !== null) event.timestamp = timestamp;
    event.features = features;
    event.prediction = predictions[i];
    if (confidences[i] !== undefined) event.confidence = confidences[i];
    if (latency !== null) event.latency_seconds = latency;
    return event;
  });
}

const EVENT_PATH = /^\[(\d+)\](?:\.(features)\.(.+)|\.(\w+))?$/;

/** Where the write path's problem at event `path` came from in the KServe halves. */
function kservePath(path: string, pair: InferencePair): string {
  const m = EVENT_PATH.exec(path);
  if (m === null) return path;
  const i = Number(m[1]);
  if (m[2] !== undefined) return pair.features.pathOf(i, m[3]);
  switch (m[4]) {
    case 'prediction':
    case 'confidence':
      return pair.predictions.pathOf(i, m[4]);
    case 'id':
      return 'ce-id';
    case 'timestamp':
    case 'latency_seconds':
      return 'ce-time';
    default:
      return path;
  }
}

/**
 * A refusal of the write path with each problem's path translated to the KServe halves (`[3].features.age`
 * → `instances[3].age`, `[0].prediction` → `outputs[0].data[0]`, `[0].id` → `ce-id`), the event path
 * kept in the message. Other errors are returned as they are.
 */
export function inKserveTerms(err: unknown, pair: InferencePair): unknown {
  if (!(err instanceof IngestError)) return err;
  const details: Problem[] = err.details.map((d) => {
    const path = kservePath(d.path, pair);
    return path === d.path ? d : { path, message: `${d.message} (event ${d.path})` };
  });
  return new IngestError(err.kind, err.message, details);
}
