/**
 * An instant PromQL query against a Prometheus HTTP API (`GET /api/v1/query`), with a hard timeout over
 * the whole exchange (headers and body: a timer races it, because Node's `fetch` can keep reading a body
 * after its abort signal fired) and a byte cap enforced while the body streams (a missing or lying
 * `Content-Length` changes nothing), and every failure returned as a typed result.
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

/** The body as text, or its size so far once it passes `max` bytes (the stream is cancelled then). */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<{ text: string } | { over: number }> {
  if (body === null) return { text: '' };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8') };
    total += value.byteLength;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      return { over: total };
    }
    chunks.push(value);
  }
}

/** One exchange: request, status, capped body, parsed answer. Rejects on network errors and aborts. */
async function exchange(q: PromqlQuery, url: URL, signal: AbortSignal, fetchImpl: typeof fetch) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (q.authorization !== null) headers.authorization = q.authorization;
  const response = await fetchImpl(url, { headers, signal, redirect: 'error' });
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    return { ok: false, kind: 'auth', message: `HTTP ${response.status}: credentials refused` } as const;
  }
  const body = await readCapped(response.body, MAX_ANSWER_BYTES);
  if ('over' in body) {
    return {
      ok: false,
      kind: 'result',
      message: `answer of more than ${MAX_ANSWER_BYTES} bytes (over ${body.over} read), refused`,
    } as const;
  }
  return parsePromqlResponse(response.status, body.text);
}

/**
 * Runs one instant query. Resolves (never rejects) with the value or a typed error: `timeout` when no
 * full answer came within `timeoutSeconds` (headers and body alike), `network` when the connection
 * failed, `result` for an answer over `MAX_ANSWER_BYTES`, `http`/`query`/`parse`/`result` from the
 * answer (`parsePromqlResponse`).
 */
export async function queryPromql(q: PromqlQuery, fetchImpl: typeof fetch = fetch): Promise<PromqlResult> {
  let url: URL;
  try {
    url = queryUrl(q.url, q.query, q.time);
  } catch (error) {
    return { ok: false, kind: 'network', message: (error as Error).message };
  }
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<PromqlResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, kind: 'timeout', message: `no answer within ${q.timeoutSeconds}s` });
    }, q.timeoutSeconds * 1000);
  });
  const stop = () => controller.abort();
  q.signal?.addEventListener('abort', stop, { once: true });
  const answer = exchange(q, url, controller.signal, fetchImpl).catch((error: unknown): PromqlResult => {
    if (controller.signal.aborted) return { ok: false, kind: 'network', message: 'query cancelled' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, kind: 'network', message: cause?.code ?? cause?.message ?? (error as Error).message };
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
    q.signal?.removeEventListener('abort', stop);
  }
}
