/**
 * The boundary of the annotations API: a POST body becomes a valid `AnnotationDraft`, or every problem
 * with it is listed with its path. Bounds keep one client from storing novels or unbounded tag sets.
 */
import type { Problem } from '../spec/problem';
import { parseTime } from './times';
import type { AnnotationDraft } from './types';

export const MAX_TEXT_LENGTH = 2000;
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 50;
export const MAX_NODES = 20;

const FIELDS = ['time', 'time_end', 'text', 'tags', 'nodes'];
/** Whether the text has a control character other than tab, line feed and carriage return. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

export interface DraftContext {
  /** Unix seconds: the time of an annotation that gives none. */
  now: number;
  /** Whether the spec has this node id. */
  nodeExists: (id: string) => boolean;
}

/** A bounded list of non-empty strings, trimmed and de-duplicated; `check` sees each item with its own path. */
function stringList(
  value: unknown,
  path: string,
  max: number,
  problems: Problem[],
  check: (item: string, at: string) => void,
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'expected an array of strings' });
    return [];
  }
  if (value.length > max) problems.push({ path, message: `${value.length} items, at most ${max} allowed` });
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      problems.push({ path: `${path}[${i}]`, message: 'expected a non-empty string' });
      return;
    }
    check(item.trim(), `${path}[${i}]`);
    if (!out.includes(item.trim())) out.push(item.trim());
  });
  return out;
}

function checkText(text: unknown, problems: Problem[]): string {
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push({ path: 'text', message: 'required: a non-empty string' });
    return '';
  }
  if (text.length > MAX_TEXT_LENGTH)
    problems.push({ path: 'text', message: `${text.length} characters, at most ${MAX_TEXT_LENGTH} allowed` });
  if (hasControl(text))
    problems.push({
      path: 'text',
      message: 'contains control characters (only tab and line breaks are allowed)',
    });
  return text.trim();
}

function timeField(body: Record<string, unknown>, field: string, problems: Problem[]): number | undefined {
  if (body[field] === undefined) return undefined;
  const t = parseTime(body[field]);
  if (t.ok) return t.seconds;
  problems.push({ path: field, message: t.message });
  return undefined;
}

/**
 * A user annotation from a parsed JSON body, or every problem with it. Times default to `now`; tags and
 * node ids are trimmed and de-duplicated; node ids must be in the spec. O(body size). Throws nothing.
 *
 * @example parseAnnotationBody({ text: 'deploy v2', tags: ['deploy'] }, { now: 1700000000, nodeExists: () => true })
 * // { ok: true, draft: { time: 1700000000, text: 'deploy v2', tags: ['deploy'], nodes: [], source: 'user' } }
 */
export function parseAnnotationBody(
  body: unknown,
  ctx: DraftContext,
): { ok: true; draft: AnnotationDraft } | { ok: false; problems: Problem[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'expected a JSON object {time?, time_end?, text, tags?, nodes?}' }],
    };
  }
  const b = body as Record<string, unknown>;
  const problems: Problem[] = Object.keys(b)
    .filter((k) => !FIELDS.includes(k))
    .map((k) => ({ path: k, message: `unknown field (allowed: ${FIELDS.join(', ')})` }));
  const time = timeField(b, 'time', problems) ?? ctx.now;
  const timeEnd = timeField(b, 'time_end', problems);
  if (timeEnd !== undefined && timeEnd < time)
    problems.push({ path: 'time_end', message: `is before time (${timeEnd} < ${time})` });
  const text = checkText(b.text, problems);
  const tags = stringList(b.tags, 'tags', MAX_TAGS, problems, (tag, at) => {
    if (tag.length > MAX_TAG_LENGTH)
      problems.push({ path: at, message: `${tag.length} characters, at most ${MAX_TAG_LENGTH} allowed` });
    if (hasControl(tag)) problems.push({ path: at, message: 'contains control characters' });
  });
  const nodes = stringList(b.nodes, 'nodes', MAX_NODES, problems, (id, at) => {
    if (!ctx.nodeExists(id)) problems.push({ path: at, message: `no node '${id}' in the spec` });
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: { time, ...(timeEnd !== undefined ? { timeEnd } : {}), text, tags, nodes, source: 'user' },
  };
}
