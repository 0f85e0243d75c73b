/**
 * Log records → per-model batches of prediction events, in the very shape a client POSTs to
 * `/api/v1/models/{model}/events` (ingest/validateEvent.ts), so the one event validator judges them.
 *
 * The mapping (docs/integrations/opentelemetry.md):
 * - model: the record attribute `mlhealth.model`, else the resource attribute `mlhealth.model`, else the
 *   resource's `service.name`; a `service.name` of BentoML's form `<bento>:<monitor>` names the model
 *   by its monitor (model ids cannot hold a colon);
 * - the body: see bodyFields.ts (a map of event fields and features; BentoML's records as they are);
 * - attributes `mlhealth.<field>` set event field `<field>` (`mlhealth.prediction`,
 *   `mlhealth.confidence`, `mlhealth.latency_seconds`, `mlhealth.error`, `mlhealth.id`,
 *   `mlhealth.timestamp`, …), `mlhealth.features.<name>` feature `<name>`, a `mlhealth.features` map
 *   several; attributes win over the body;
 * - timestamp: from the body or attributes, else `timeUnixNano`, else `observedTimeUnixNano`, else the
 *   arrival time.
 *
 * A record with no model, or with nothing of an event (no body map, no `mlhealth.*` field), is refused
 * with a problem naming its path. Pure.
 */
import type { Problem } from '../../spec/problem';
import { withFastProperties } from '../fastObjects';
import { describe } from '../parseBody';
import { bodyMap, feature, isMap, readBodyMap, set, type EventDraft } from './bodyFields';
import { recordPath, type OtlpLogRecord, type OtlpMap } from './types';

const PREFIX = 'mlhealth.';
const FEATURES_PREFIX = 'mlhealth.features.';

/** Where a record's model id came from, e.g. `resource attribute service.name "iris:credit"`. */
export interface ModelOf {
  model: string;
  from: string;
}

/** The records of one model, their events (same order) and the problems that refuse them all. */
export interface ModelBatch {
  model: string;
  /** Where the first record's model came from. */
  from: string;
  records: OtlpLogRecord[];
  events: Record<string, unknown>[];
  problems: Problem[];
}

export interface MappedLogs {
  /** By model, in order of first appearance. */
  batches: ModelBatch[];
  /** Records that name no model: refused one by one. */
  unassigned: { record: OtlpLogRecord; problem: Problem }[];
}

/**
 * The model of a record (see the file comment), or null when nothing names one. A non-string
 * `mlhealth.model` is ignored like an absent one.
 * @example modelOf({ attributes: {}, resource: { 'service.name': 'iris_svc:iris' } }) // { model: 'iris', from: 'resource attribute service.name "iris_svc:iris"' }
 */
export function modelOf(record: Pick<OtlpLogRecord, 'attributes' | 'resource'>): ModelOf | null {
  const own = record.attributes['mlhealth.model'];
  if (typeof own === 'string' && own !== '') return { model: own, from: 'attribute mlhealth.model' };
  const resource = record.resource['mlhealth.model'];
  if (typeof resource === 'string' && resource !== '')
    return { model: resource, from: 'resource attribute mlhealth.model' };
  const service = record.resource['service.name'];
  if (typeof service !== 'string' || service === '') return null;
  const from = `resource attribute service.name ${JSON.stringify(service)}`;
  return { model: service.slice(service.lastIndexOf(':') + 1), from };
}

/**
 * The event of one record and how many of its fields it found (0: nothing of an event). With
 * `origins`, remembers where each event field came from (`confidence` →
 * `attributes.mlhealth.confidence`), for problem paths. O(body keys + attributes).
 * @example eventOf({ ...record, body: { amount: 3 }, timeSeconds: 1700000000 }).event // { features: { amount: 3 }, timestamp: 1700000000 }
 */
export function eventOf(
  record: OtlpLogRecord,
  origins?: Map<string, string>,
): { event: Record<string, unknown>; found: number } {
  const draft: EventDraft = {
    fields: {},
    features: {},
    origins,
  };
  const map = bodyMap(record.body);
  let found = map === null ? 0 : readBodyMap(map, draft);
  found += readAttributes(record.attributes, draft);
  if (!Object.hasOwn(draft.fields, 'timestamp')) {
    if (record.timeSeconds > 0) set(draft, 'timestamp', record.timeSeconds, 'timeUnixNano');
    else if (record.observedSeconds > 0)
      set(draft, 'timestamp', record.observedSeconds, 'observedTimeUnixNano');
  }
  // Features set one by one (not the body map itself) are copied into V8's fast mode when many.
  if (draft.shared !== true) draft.features = withFastProperties(draft.features, found);
  // A `features` that is not a map stays as sent, for the validator to refuse by name.
  if (!Object.hasOwn(draft.fields, 'features')) draft.fields.features = draft.features;
  return { event: draft.fields, found };
}

function readAttributes(attributes: OtlpMap, draft: EventDraft): number {
  let found = 0;
  for (const key in attributes) {
    if (!key.startsWith(PREFIX) || key === 'mlhealth.model') continue;
    const value = attributes[key];
    const origin = `attributes.${key}`;
    found++;
    if (key.startsWith(FEATURES_PREFIX)) feature(draft, key.slice(FEATURES_PREFIX.length), value, origin);
    else if (key === 'mlhealth.features' && isMap(value)) {
      for (const name in value) feature(draft, name, value[name], `${origin}.${name}`);
    } else set(draft, key.slice(PREFIX.length), value, origin);
  }
  return found;
}

/**
 * Groups `records` by model and maps each to its event. A record naming no model goes to `unassigned`;
 * a record with nothing of an event adds a problem to its model's batch (which is then refused whole).
 * O(records × fields).
 * @example mapLogRecords([{ ...record, resource: { 'service.name': 'fraud' }, body: { amount: 3 } }]).batches[0].model // 'fraud'
 */
export function mapLogRecords(records: readonly OtlpLogRecord[]): MappedLogs {
  const byModel = new Map<string, ModelBatch>();
  const unassigned: MappedLogs['unassigned'] = [];
  for (const record of records) {
    const model = modelOf(record);
    if (model === null) {
      const message =
        'names no model: set the attribute mlhealth.model on the record or its resource, or the resource attribute service.name';
      unassigned.push({ record, problem: { path: recordPath(record), message } });
      continue;
    }
    let batch = byModel.get(model.model);
    if (batch === undefined) {
      batch = { model: model.model, from: model.from, records: [], events: [], problems: [] };
      byModel.set(model.model, batch);
    }
    const { event, found } = eventOf(record);
    if (found === 0) batch.problems.push(notAnEvent(record));
    batch.records.push(record);
    batch.events.push(event);
  }
  return { batches: [...byModel.values()], unassigned };
}

function notAnEvent(record: OtlpLogRecord): Problem {
  const body = record.body === undefined ? 'no body' : `a body that is not a map (${describe(record.body)})`;
  return {
    path: `${recordPath(record)}.body`,
    message: `not a prediction event: ${body} and no mlhealth.* attribute besides mlhealth.model`,
  };
}
