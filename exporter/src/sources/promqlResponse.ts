/**
 * Reading a Prometheus `/api/v1/query` answer into one number. Pure: the HTTP client hands over the
 * status and body text. Every failure is a typed result, never a throw.
 */

/** Why a query gave no value. */
export type PromqlErrorKind = 'timeout' | 'network' | 'http' | 'parse' | 'query' | 'result' | 'auth';

export type PromqlResult =
  /** `value` null: the query answered but has no number (empty vector, NaN), with the reason. */
  { ok: true; value: number | null; reason?: string } | { ok: false; kind: PromqlErrorKind; message: string };

/** Upstream text quoted in a message (and so in a node's `reason`) is at most this many characters. */
export const MAX_EXCERPT = 80;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A short, sanitised excerpt of upstream text: whitespace runs become one space, control, zero-width
 * and bidirectional formatting characters become U+FFFD, and past `MAX_EXCERPT` characters it is cut
 * with an ellipsis, so whatever an upstream sends cannot flood or disguise a reason.
 *
 * @example clip('<html>\n  Internal error</html>') // '<html> Internal error</html>'
 */
export function clip(text: string): string {
  const oneLine = text
    .slice(0, 4 * MAX_EXCERPT)
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '\ufffd')
    .trim();
  return oneLine.length > MAX_EXCERPT ? `${oneLine.slice(0, MAX_EXCERPT)}…` : oneLine;
}

/**
 * The value of an instant query from the HTTP status and body.
 *
 * Convention: a `vector` with one sample or a `scalar` gives its number; an empty vector gives null
 * ("no series"); a vector with several samples is an error (a node needs one number: aggregate in the
 * query, e.g. `sum(...)` or `max(...)`); `matrix` and `string` results are errors. `NaN` gives null with a
 * reason; ±Inf is kept (Prometheus's own convention for "above every bucket").
 * Complexity: O(body). Throws nothing.
 * @example parsePromqlResponse(200, '{"status":"success","data":{"resultType":"scalar","result":[1,"2.5"]}}') // { ok: true, value: 2.5 }
 */
export function parsePromqlResponse(status: number, body: string): PromqlResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (status < 200 || status >= 300)
      return { ok: false, kind: 'http', message: `HTTP ${status}: ${clip(body)}` };
    return { ok: false, kind: 'parse', message: `answer is not JSON: ${clip(body)}` };
  }
  if (!isRecord(json)) return { ok: false, kind: 'parse', message: 'answer is not a JSON object' };
  if (json.status !== 'success') {
    const detail =
      typeof json.error === 'string'
        ? `${String(json.errorType ?? 'error')}: ${json.error}`
        : `HTTP ${status}`;
    return {
      ok: false,
      kind: status >= 200 && status < 300 ? 'query' : status === 400 || status === 422 ? 'query' : 'http',
      message: clip(detail),
    };
  }
  const data = json.data;
  if (!isRecord(data)) return { ok: false, kind: 'parse', message: 'answer has no data object' };
  if (data.resultType === 'scalar') return sampleValue(data.result);
  if (data.resultType !== 'vector')
    return {
      ok: false,
      kind: 'result',
      message: `result type ${String(data.resultType)}, expected vector or scalar`,
    };
  if (!Array.isArray(data.result))
    return { ok: false, kind: 'parse', message: 'vector result is not an array' };
  if (data.result.length === 0) return { ok: true, value: null, reason: 'query returned no series' };
  if (data.result.length > 1) {
    return {
      ok: false,
      kind: 'result',
      message: `query returned ${data.result.length} series, expected 1 (aggregate it, e.g. sum(...))`,
    };
  }
  const sample = data.result[0];
  return sampleValue(isRecord(sample) ? sample.value : undefined);
}

function sampleValue(pair: unknown): PromqlResult {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== 'string') {
    return { ok: false, kind: 'parse', message: 'sample is not a [time, "value"] pair' };
  }
  const text = pair[1];
  const value = text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : Number(text);
  if (Number.isNaN(value))
    return text === 'NaN'
      ? { ok: true, value: null, reason: 'query value is NaN' }
      : { ok: false, kind: 'parse', message: `sample value ${JSON.stringify(clip(text))} is not a number` };
  return { ok: true, value };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
