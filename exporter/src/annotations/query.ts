/**
 * The query string of `GET /api/v1/annotations`: `from`, `to` (Unix seconds, milliseconds or ISO 8601),
 * `node`, `tag` (repeatable: every tag must match), `source`, `limit` (1..1000, default 100) and
 * `format` (`grafana` for Grafana's JSON data sources). Parameters it does not know are ignored, so
 * data-source plugins can add their own.
 */
import type { Problem } from '../spec/problem';
import { parseTime } from './times';
import type { AnnotationQuery } from './types';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface ParsedQuery {
  query: AnnotationQuery;
  format: 'mlhealth' | 'grafana';
}

function single(value: unknown): string | undefined {
  return Array.isArray(value)
    ? (value[value.length - 1] as string | undefined)
    : typeof value === 'string'
      ? value
      : undefined;
}

function time(raw: Record<string, unknown>, key: 'from' | 'to', problems: Problem[]): number | undefined {
  const value = single(raw[key]);
  if (value === undefined || value === '') return undefined;
  const t = parseTime(value);
  if (t.ok) return t.seconds;
  problems.push({ path: key, message: t.message });
  return undefined;
}

function limitOf(raw: Record<string, unknown>, problems: Problem[]): number {
  const value = single(raw.limit);
  if (value === undefined || value === '') return DEFAULT_LIMIT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
    problems.push({ path: 'limit', message: `'${value}' is not an integer in 1..${MAX_LIMIT}` });
  }
  return n;
}

/**
 * The search a query string asks for, or every problem with it. Throws nothing.
 *
 * @example parseAnnotationQuery({ from: '1700000000', tag: ['deploy', 'fraud'] })
 * // { ok: true, parsed: { query: { from: 1700000000, tags: ['deploy', 'fraud'], limit: 100 }, format: 'mlhealth' } }
 */
export function parseAnnotationQuery(
  raw: Record<string, unknown>,
): { ok: true; parsed: ParsedQuery } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const query: AnnotationQuery = { limit: limitOf(raw, problems) };
  const from = time(raw, 'from', problems);
  const to = time(raw, 'to', problems);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  if (from !== undefined && to !== undefined && to < from)
    problems.push({ path: 'to', message: `is before from (${to} < ${from})` });
  const node = single(raw.node);
  if (node !== undefined && node !== '') query.node = node;
  const tags = (Array.isArray(raw.tag) ? raw.tag : raw.tag === undefined ? [] : [raw.tag]).filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  if (tags.length > 0) query.tags = tags;
  const source = single(raw.source);
  if (source === 'user' || source === 'auto') query.source = source;
  else if (source !== undefined)
    problems.push({ path: 'source', message: `'${source}' is not user or auto` });
  const format = single(raw.format) ?? 'mlhealth';
  if (format !== 'mlhealth' && format !== 'grafana')
    problems.push({ path: 'format', message: `'${format}' is not mlhealth or grafana` });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, parsed: { query, format: format as ParsedQuery['format'] } };
}
