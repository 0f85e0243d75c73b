/**
 * The CloudEvent context of one KServe InferenceLogger POST, read from its binary-mode headers (the
 * CloudEvents HTTP binding puts every context attribute in a `ce-<name>` header and the payload in the
 * body). KServe's logger (kserve/kserve `pkg/logger/worker.go`) sends specversion `1.0`, the type
 * `org.kubeflow.serving.inference.request` or `.response`, the inference request's id (shared by both
 * halves), a source URI, the send time, and the extensions `inferenceservicename`, `namespace`,
 * `component`, `endpoint` and `metadata` (JSON of the logged request headers). Pure: no clock, no I/O.
 */
import type { Problem } from '../../spec/problem';
import { IngestError } from '../errors';

export const KSERVE_REQUEST_TYPE = 'org.kubeflow.serving.inference.request';
export const KSERVE_RESPONSE_TYPE = 'org.kubeflow.serving.inference.response';

/** Which half of an inference a CloudEvent carries. */
export type KserveSide = 'request' | 'response';

/** The context attributes mlhealth reads; absent optional extensions are ''. */
export interface KserveEventHead {
  side: KserveSide;
  /** `ce-id`: the inference request's id, the same in both halves. */
  id: string;
  source: string;
  /** `ce-inferenceservicename`. */
  service: string;
  namespace: string;
  component: string;
  /** `default` or `canary`, or '' (KServe sends it empty for a single endpoint). */
  endpoint: string;
  /** `ce-time` as Unix seconds (sub-millisecond digits kept); null when absent. */
  time: number | null;
}

/** Reads one request header by its lower-case name (express's `req.get`). */
export type HeaderReader = (name: string) => string | undefined;

// RFC 3339, as Go's time.RFC3339Nano writes it: up to nine fraction digits, Z or a ±hh:mm offset.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An RFC 3339 time as Unix seconds, the fraction kept to the nanosecond digit given; null when the text
 * is not RFC 3339. Throws nothing.
 * @example rfc3339Seconds('2021-04-10T00:23:26.0789529Z') // 1618014206.0789528
 */
export function rfc3339Seconds(text: string): number | null {
  const m = RFC3339.exec(text.trim());
  if (m === null) return null;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[4].toUpperCase()}`);
  if (!Number.isFinite(ms)) return null;
  return ms / 1000 + (m[3] === undefined ? 0 : Number(`0${m[3]}`));
}

function required(header: HeaderReader, name: string, problems: Problem[]): string {
  const value = header(name)?.trim() ?? '';
  if (value === '') problems.push({ path: name, message: `missing: KServe's logger always sends ${name}` });
  return value;
}

function sideOf(type: string, problems: Problem[]): KserveSide {
  if (type === KSERVE_RESPONSE_TYPE) return 'response';
  if (type !== KSERVE_REQUEST_TYPE && type !== '') {
    problems.push({
      path: 'ce-type',
      message: `got ${JSON.stringify(type)}, expected ${KSERVE_REQUEST_TYPE} or ${KSERVE_RESPONSE_TYPE}`,
    });
  }
  return 'request';
}

function timeOf(header: HeaderReader, problems: Problem[]): number | null {
  const text = header('ce-time');
  if (text === undefined || text.trim() === '') return null;
  const seconds = rfc3339Seconds(text);
  if (seconds === null)
    problems.push({ path: 'ce-time', message: `got ${JSON.stringify(text)}, expected an RFC 3339 time` });
  return seconds;
}

function checkMetadata(header: HeaderReader, problems: Problem[]): void {
  const text = header('ce-metadata');
  if (text === undefined || text.trim() === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    problems.push({
      path: 'ce-metadata',
      message: 'expected a JSON object of header name → values, as KServe writes it',
    });
}

/**
 * The context of a KServe InferenceLogger CloudEvent from its `ce-*` headers. Required: `ce-specversion`
 * (`1.0`), `ce-type`, `ce-id`, `ce-source`, `ce-inferenceservicename`; optional: `ce-namespace`,
 * `ce-component`, `ce-endpoint` (older KServe versions leave some out), `ce-time` (RFC 3339) and
 * `ce-metadata` (a JSON object). O(header length).
 * @throws IngestError `malformed` listing every header problem, each with the header's name as path.
 * @example readCloudEvent((h) => ({ 'ce-specversion': '1.0', 'ce-type': KSERVE_REQUEST_TYPE, 'ce-id': 'a1',
 *   'ce-source': 'http://localhost:9081/', 'ce-inferenceservicename': 'iris' })[h]).side // 'request'
 */
export function readCloudEvent(header: HeaderReader): KserveEventHead {
  const problems: Problem[] = [];
  const version = header('ce-specversion')?.trim();
  if (version === undefined || version === '') {
    const old = header('ce-cloudeventsversion') !== undefined ? ' (this looks like CloudEvents 0.1)' : '';
    problems.push({
      path: 'ce-specversion',
      message: `missing: expected a binary-mode CloudEvent 1.0, as KServe's logger sends${old}`,
    });
  } else if (version !== '1.0') {
    problems.push({ path: 'ce-specversion', message: `got ${JSON.stringify(version)}, expected "1.0"` });
  }
  const side = sideOf(required(header, 'ce-type', problems), problems);
  const head: KserveEventHead = {
    side,
    id: required(header, 'ce-id', problems),
    source: required(header, 'ce-source', problems),
    service: required(header, 'ce-inferenceservicename', problems),
    namespace: header('ce-namespace')?.trim() ?? '',
    component: header('ce-component')?.trim() ?? '',
    endpoint: header('ce-endpoint')?.trim() ?? '',
    time: timeOf(header, problems),
  };
  checkMetadata(header, problems);
  if (problems.length > 0)
    throw new IngestError('malformed', 'bad KServe CloudEvent headers: nothing was applied', problems);
  return head;
}

/**
 * The key both halves of one inference share: the service's namespace, name, component and endpoint,
 * and `ce-id` (a client may reuse an id across services; halves of different services never join).
 */
export function joinKeyOf(head: KserveEventHead): string {
  return [head.namespace, head.service, head.component, head.endpoint, head.id].join('\u0000');
}
