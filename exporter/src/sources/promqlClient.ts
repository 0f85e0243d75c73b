/**
 * An instant PromQL query against a Prometheus HTTP API (`GET /api/v1/query`), with a hard timeout
 * (AbortController, covering the body too) and every failure returned as a typed result.
 */
import type { PromqlResult } from './promqlResponse';
import { parsePromqlResponse } from './promqlResponse';

export interface PromqlQuery {
  /** Base URL of the Prometheus server, e.g. `http://127.0.0.1:9090` (a path prefix is kept). */
  url: string;
  query: string;
  timeoutSeconds: number;
  /** `Authorization` header value, or null. */
  authorization: string | null;
  /** Evaluation time (Unix seconds); absent = the server's now. */
  time?: number;
  /** Aborts the query early (the manager stopping); reported as a `network` error. */
  signal?: AbortSignal;
}

/** Answers larger than this are refused (a node needs one number). */
export const MAX_ANSWER_BYTES = 1 << 20;

/** The `/api/v1/query` URL for a base URL and query. Throws when the base URL is not http(s). */
export function queryUrl(base: string, query: string, time?: number): URL {
  const url = new URL(base.endsWith('/') ? base : `${base}/`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`queryUrl: ${base} is not an http(s) URL`);
  url.pathname = `${url.pathname}api/v1/query`;
  url.searchParams.set('query', query);
  if (time !== undefined) url.searchParams.set('time', String(time));
  return url;
}

/**
 * Runs one instant query. Resolves (never rejects) with the value or a typed error: `timeout` when no
 * full answer came within `timeoutSeconds`, `network` when the connection failed, `http`/`query`/
 * `parse`/`result` from the answer (`parsePromqlResponse`).
 */
export async function queryPromql(q: PromqlQuery, fetchImpl: typeof fetch = fetch): Promise<PromqlResult> {
  let url: URL;
  try {
    url = queryUrl(q.url, q.query, q.time);
  } catch (error) {
    return { ok: false, kind: 'network', message: (error as Error).message };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, q.timeoutSeconds * 1000);
  const stop = () => controller.abort();
  q.signal?.addEventListener('abort', stop, { once: true });
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (q.authorization !== null) headers.authorization = q.authorization;
    const response = await fetchImpl(url, { headers, signal: controller.signal, redirect: 'error' });
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      return { ok: false, kind: 'auth', message: `HTTP ${response.status}: credentials refused` };
    }
    const length = Number(response.headers.get('content-length') ?? '0');
    if (length > MAX_ANSWER_BYTES) {
      await response.body?.cancel();
      return { ok: false, kind: 'result', message: `answer of ${length} bytes is over ${MAX_ANSWER_BYTES}` };
    }
    return parsePromqlResponse(response.status, await response.text());
  } catch (error) {
    if (timedOut) return { ok: false, kind: 'timeout', message: `no answer within ${q.timeoutSeconds}s` };
    if (controller.signal.aborted) return { ok: false, kind: 'network', message: 'query cancelled' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, kind: 'network', message: cause?.code ?? cause?.message ?? (error as Error).message };
  } finally {
    clearTimeout(timer);
    q.signal?.removeEventListener('abort', stop);
  }
}
