/**
 * Fetches what the audit reads from Prometheus (HTTP API: `/api/v1/query`, `/api/v1/query_range`).
 * Every query answers on its own: a failing one is recorded as an error in its section, never as zero.
 */
import { auditQueries, rangeStep, DEFAULT_JOB } from './queries';
import type { AuditPeriod, PromAuditData, PromSeries, QueryResult } from './types';

export interface FetchOptions {
  /** Base URL, e.g. `http://127.0.0.1:9090` (a path prefix is kept). */
  url: string;
  period: AuditPeriod;
  /** Scrape job of the exporter. Default `mlhealth`. */
  job?: string;
  /** Per-query timeout, seconds. Default 30. */
  timeoutSeconds?: number;
  /** `Authorization` header value, if Prometheus needs one. */
  authorization?: string;
}

interface ApiAnswer {
  status?: string;
  error?: string;
  data?: {
    resultType?: string;
    result?: Array<{
      metric?: Record<string, string>;
      value?: [number, string];
      values?: Array<[number, string]>;
    }>;
  };
}

function endpoint(base: string, path: string, params: Record<string, string>): URL {
  const url = new URL(base.endsWith('/') ? base : `${base}/`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`fetchAuditData: ${base} is not an http(s) URL`);
  url.pathname = `${url.pathname}${path}`;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}

/** The series of a Prometheus answer (vector or matrix), values parsed as numbers (`NaN`, `+Inf` included). */
export function seriesOfAnswer(answer: ApiAnswer): PromSeries[] {
  const type = answer.data?.resultType;
  if (answer.status !== 'success' || (type !== 'vector' && type !== 'matrix')) {
    throw new Error(answer.error ?? `unexpected answer (status ${answer.status}, result type ${type})`);
  }
  return (answer.data?.result ?? []).map((r) => {
    const raw = type === 'vector' ? (r.value !== undefined ? [r.value] : []) : (r.values ?? []);
    return {
      labels: r.metric ?? {},
      points: raw.map(([t, v]) => [Number(t), Number(v)] as [number, number]),
    };
  });
}

async function run(query: string, url: URL, options: FetchOptions): Promise<QueryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), (options.timeoutSeconds ?? 30) * 1000);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.authorization !== undefined) headers.authorization = options.authorization;
    const response = await fetch(url, { headers, signal: controller.signal });
    const text = await response.text();
    let answer: ApiAnswer;
    try {
      answer = JSON.parse(text) as ApiAnswer;
    } catch {
      return { query, ok: false, error: `HTTP ${response.status}: not JSON (${text.slice(0, 120)})` };
    }
    return { query, ok: true, series: seriesOfAnswer(answer) };
  } catch (err) {
    const message = controller.signal.aborted
      ? `no answer within ${options.timeoutSeconds ?? 30}s`
      : (err as Error).message;
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    return { query, ok: false, error: cause !== undefined ? `${message}: ${cause}` : message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the audit's queries over the period: range queries at `rangeStep(period)`, instant ones at its
 * end. Never rejects for a failing query (its result says why); throws only for a URL that is not http(s).
 * @example (await fetchAuditData({ url: 'http://127.0.0.1:9090', period })).specInfo
 * // { query: 'mlhealth_spec_info', ok: true, series: [{ labels: { version: '2.3.1', … }, points: [[1740787200, 1], …] }] }
 */
export async function fetchAuditData(options: FetchOptions): Promise<PromAuditData> {
  const { period, url } = options;
  const q = auditQueries(period.seconds, options.job ?? DEFAULT_JOB);
  const step = rangeStep(period.seconds);
  const range = (query: string) =>
    run(
      query,
      endpoint(url, 'api/v1/query_range', {
        query,
        start: String(period.start),
        end: String(period.end),
        step: String(step),
      }),
      options,
    );
  const instant = (query: string) =>
    run(query, endpoint(url, 'api/v1/query', { query, time: String(period.end) }), options);
  const [nodeStatus, lastUpdate, exporterUp, mlhealthUp, sourceUp, specInfo] = await Promise.all([
    range(q.nodeStatus),
    instant(q.lastUpdate),
    instant(q.exporterUp),
    instant(q.mlhealthUp),
    instant(q.sourceUp),
    range(q.specInfo),
  ]);
  return { url, step, nodeStatus, lastUpdate, exporterUp, mlhealthUp, sourceUp, specInfo };
}
