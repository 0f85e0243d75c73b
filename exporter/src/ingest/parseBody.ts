/**
 * Reads a batch body: an already-parsed JSON array, or text holding a JSON array or NDJSON (one JSON
 * value per line, blank lines skipped). NDJSON errors name the line, so a producer can find it.
 */
import type { Problem } from '../spec/problem';
import type { RejectReason } from './types';

/** A body read into items, with the NDJSON line of each item (null for a JSON array). */
export type ParsedBody =
  | { ok: true; items: unknown[]; lines: number[] | null }
  | { ok: false; details: Problem[]; reasons: Partial<Record<RejectReason, number>>; total: number };

// Bare NaN/Infinity tokens (outside strings) that JSON.parse refuses: worth their own reason.
const NON_FINITE_TOKEN = /(?:^|[^"\w])-?(?:NaN|Infinity)(?:$|[^"\w])/;

/**
 * Items of a batch body. A parsed array is returned as is; a string is JSON when its first non-blank
 * character is `[`, otherwise NDJSON; anything else is refused.
 * Complexity: O(body length). Throws nothing: problems are returned.
 * @example parseBatchBody('{"a":1}\n{"a":2}\n') // { ok: true, items: [{a:1},{a:2}], lines: [1, 2] }
 */
export function parseBatchBody(body: unknown): ParsedBody {
  if (Array.isArray(body)) return { ok: true, items: body, lines: null };
  if (typeof body !== 'string') {
    return refuse(
      [{ path: '$', message: `expected a JSON array or NDJSON text, got ${describe(body)}` }],
      'malformed',
      0,
    );
  }
  const start = body.search(/\S/);
  if (start >= 0 && body[start] === '[') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (Array.isArray(parsed)) return { ok: true, items: parsed, lines: null };
      return refuse(
        [{ path: '$', message: `expected a JSON array, got ${describe(parsed)}` }],
        'malformed',
        0,
      );
    } catch (error) {
      const reason = NON_FINITE_TOKEN.test(body) ? 'non_finite' : 'malformed';
      const hint = reason === 'non_finite' ? ' (NaN and Infinity are not JSON)' : '';
      return refuse([{ path: '$', message: `invalid JSON: ${(error as Error).message}${hint}` }], reason, 0);
    }
  }
  return parseNdjson(body);
}

/**
 * NDJSON text into items; every bad line is listed (`[k]` is the k-th item, the message names the line).
 * Complexity: O(text length). Throws nothing.
 */
export function parseNdjson(text: string): ParsedBody {
  const items: unknown[] = [];
  const lines: number[] = [];
  const details: Problem[] = [];
  const reasons: Partial<Record<RejectReason, number>> = {};
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i].trim();
    if (line === '') continue;
    try {
      items.push(JSON.parse(line));
      lines.push(i + 1);
    } catch (error) {
      const reason: RejectReason = NON_FINITE_TOKEN.test(line) ? 'non_finite' : 'malformed';
      const hint = reason === 'non_finite' ? ' (NaN and Infinity are not JSON)' : '';
      details.push({
        path: `[${items.length + details.length}]`,
        message: `line ${i + 1}: invalid JSON: ${(error as Error).message}${hint}`,
      });
      reasons[reason] = (reasons[reason] ?? 0) + 1;
    }
  }
  if (details.length > 0) return { ok: false, details, reasons, total: items.length + details.length };
  return { ok: true, items, lines };
}

function refuse(details: Problem[], reason: RejectReason, total: number): ParsedBody {
  return { ok: false, details, reasons: { [reason]: Math.max(total, 1) }, total };
}

/** A short description of a JSON value's kind for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
