/**
 * The event fields a log record's body carries. A body map (a `kvlistValue`, or a string holding a JSON
 * object, as a file tailed by the Collector's filelog receiver gives it) is read key by key:
 *
 * - an event field by its name (`timestamp`, `id`, `prediction`, `confidence`, `latency_seconds`,
 *   `error`, `attributions`), a `features` map merged into the features, `request_id` as the `id`
 *   (BentoML's name for it) when there is no `id`;
 * - with BentoML's `bento_meta.schema` (its OTLP monitor sends it with the record), each column by its
 *   role: `feature` → a feature, the first `prediction` → the prediction (a second one → a feature),
 *   `target` → not read (labels go to the labels API), and the mlhealth roles `confidence`,
 *   `latency_seconds`, `error`, `id` → that field; `bento_meta` and `trace_id` (BentoML ≥ 1.2.16 adds
 *   the request's trace id as a column) are not event fields;
 * - any other key is a feature (a name the model does not declare is refused by the event validator).
 *
 * Pure; the values are passed on as they are, for the event validator to judge.
 */
import { setKey, type OtlpMap, type OtlpValue } from './types';

/** The event being built: its top-level fields and its features, each remembered with where it came from. */
export interface EventDraft {
  fields: Record<string, unknown>;
  features: Record<string, unknown>;
  /** Event field path (`confidence`, `features.amount`) → where in the record it came from; optional. */
  origins?: Map<string, string>;
  /**
   * True while `features` is the record's body map itself (a body of features only, taken without a
   * copy): `feature` copies it before adding to it, so the record is never changed.
   */
  shared?: boolean;
}

const EVENT_FIELDS = new Set([
  'timestamp',
  'id',
  'prediction',
  'confidence',
  'latency_seconds',
  'error',
  'attributions',
]);

/** Body keys that are neither event fields nor features. */
const NOT_FEATURES = new Set(['bento_meta', 'trace_id', 'request_id', 'features']);

/** BentoML column roles read as event fields besides `feature` and `prediction` (mlhealth's own roles). */
const FIELD_ROLES = new Set(['confidence', 'latency_seconds', 'error', 'id']);

/**
 * True for a map (a `kvlistValue` or a parsed JSON object).
 * @example isMap(['a']) // false
 */
export function isMap(v: unknown): v is OtlpMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The body as a map: a map as it is, a string holding a JSON object parsed; otherwise null.
 * @example bodyMap('{"amount": 3}') // { amount: 3 }
 */
export function bodyMap(body: OtlpValue | undefined): OtlpMap | null {
  if (isMap(body)) return body;
  if (typeof body !== 'string' || !body.trimStart().startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(body);
    return isMap(parsed) ? (parsed as OtlpMap) : null;
  } catch {
    return null;
  }
}

/**
 * Reads every key of `body` into `draft` (see the file comment); returns how many keys it used. A body
 * of features only, read into a draft without features and without origins, becomes `draft.features`
 * itself (`draft.shared`), not a copy. O(keys).
 * @example
 * const draft = { fields: {}, features: {} };
 * readBodyMap({ amount: 3, prediction: 'fraud', request_id: 'r1' }, draft);
 * // draft: { fields: { prediction: 'fraud', id: 'r1' }, features: { amount: 3 } }
 */
export function readBodyMap(body: OtlpMap, draft: EventDraft): number {
  const roles = schemaRoles(body);
  if (roles === null && draft.origins === undefined && isEmpty(draft.features)) {
    // The common body, a map of features only (an SDK's or a tailed file's record), is the features.
    const keys = featureCount(body);
    if (keys >= 0) {
      draft.features = body;
      draft.shared = true;
      return keys;
    }
  }
  let used = 0;
  for (const key in body) {
    const value = body[key];
    if (key === 'bento_meta' || key === 'trace_id') continue;
    used++;
    const role = roles?.get(key);
    if (role !== undefined) readColumn(key, role, value, draft);
    else if (EVENT_FIELDS.has(key)) set(draft, key, value, `body.${key}`);
    else if (key === 'request_id') {
      if (!Object.hasOwn(body, 'id')) set(draft, 'id', value, 'body.request_id');
    } else if (key === 'features') {
      if (isMap(value)) for (const name in value) feature(draft, name, value[name], `body.features.${name}`);
      else set(draft, 'features', value, 'body.features');
    } else feature(draft, key, value, `body.${key}`);
  }
  return used;
}

/** The number of keys of `body` when every one is a feature (see the file comment), else −1. */
function featureCount(body: OtlpMap): number {
  let keys = 0;
  for (const key in body) {
    if (EVENT_FIELDS.has(key) || NOT_FEATURES.has(key)) return -1;
    keys++;
  }
  return keys;
}

function isEmpty(map: Record<string, unknown>): boolean {
  for (const _ in map) return false;
  return true;
}

function readColumn(key: string, role: string, value: unknown, draft: EventDraft): void {
  const origin = `body.${key}`;
  if (role === 'target') return;
  if (role === 'prediction' && !Object.hasOwn(draft.fields, 'prediction'))
    set(draft, 'prediction', value, origin);
  else if (FIELD_ROLES.has(role)) set(draft, role, value, origin);
  else feature(draft, key, value, origin);
}

/** column name → role, from BentoML's `bento_meta.schema` (`{column: {name, role, type}}`); null without one. */
function schemaRoles(body: OtlpMap): Map<string, string> | null {
  const meta = body.bento_meta;
  const schema = isMap(meta) ? meta.schema : undefined;
  if (!isMap(schema)) return null;
  const roles = new Map<string, string>();
  for (const column in schema) {
    const entry = schema[column];
    if (isMap(entry) && typeof entry.role === 'string') roles.set(column, entry.role);
  }
  return roles;
}

/**
 * Sets event field `name` (remembering its origin).
 * @example set(draft, 'confidence', 0.9, 'attributes.mlhealth.confidence') // draft.fields.confidence === 0.9
 */
export function set(draft: EventDraft, name: string, value: unknown, origin: string): void {
  setKey(draft.fields, name, value);
  draft.origins?.set(name, origin);
}

/**
 * Sets feature `name` (remembering its origin).
 * @example feature(draft, 'amount', 3, 'body.amount') // draft.features.amount === 3
 */
export function feature(draft: EventDraft, name: string, value: unknown, origin: string): void {
  if (draft.shared === true) {
    draft.features = { ...draft.features };
    draft.shared = false;
  }
  setKey(draft.features, name, value);
  draft.origins?.set(`features.${name}`, origin);
}
