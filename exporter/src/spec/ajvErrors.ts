/**
 * ajv reports every branch of every failed `oneOf`/`anyOf`, which reads as noise ("must be number",
 * "must match pattern", "must match a schema in anyOf" for one bad duration). This turns ajv's list into
 * one readable message per problem:
 * - a definition with a friendly message (duration, timestamp, ids) fails with that message;
 * - a union whose branch is clear from the value (its type and required keys) reports that branch only;
 * - otherwise the union reports "must be one of: <branch titles>";
 * - discriminated unions (`kind`, `type`, `rule`, `method`) report an unknown tag with the allowed list.
 */
import type { ErrorObject } from 'ajv';
import type { PathSegment, PendingIssue } from './issues';
import { FRIENDLY_MESSAGES, SPEC_SCHEMA, type JsonSchema } from './schema';
import { describeError, unknownKeyMessage } from './ajvMessages';

type AjvError = ErrorObject<string, Record<string, unknown>, unknown>;

/** Readable pending issues from ajv's verbose errors for `root`. */
export function simplifyErrors(errors: readonly AjvError[], root: unknown): PendingIssue[] {
  const dropped = new Set<AjvError>();
  const replaced = new Map<AjvError, string>();
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
      collapseUnion(error, errors, dropped, replaced);
    if (error.keyword === 'discriminator' && (error.params as { error?: string }).error === 'tag') {
      const tag = (error.params as { tag: string }).tag;
      const hasRequired = errors.some(
        (e) =>
          e.instancePath === error.instancePath &&
          e.keyword === 'required' &&
          e.params.missingProperty === tag,
      );
      if (hasRequired) dropped.add(error);
    }
  }
  const issues: PendingIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const issue = toIssue(error, root, replaced.get(error));
    const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function collapseUnion(
  union: AjvError,
  errors: readonly AjvError[],
  dropped: Set<AjvError>,
  replaced: Map<AjvError, string>,
): void {
  const branches = (union.schema as JsonSchema[]).map((b) => ({ raw: b, effective: resolveRef(b) }));
  const belongsTo = (e: AjvError, b: { raw: JsonSchema; effective: JsonSchema }): boolean =>
    e !== union &&
    e.instancePath === union.instancePath &&
    (e.parentSchema === b.raw || e.parentSchema === b.effective);
  const branchErrors = errors.filter((e) => branches.some((b) => belongsTo(e, b)));
  if (!hasType(union.parentSchema as JsonSchema, union.data)) {
    // Not even the right type (a string where a mapping goes): the type error says all there is.
    dropped.add(union);
    branchErrors.forEach((e) => dropped.add(e));
    return;
  }
  const friendlyMessage = FRIENDLY_MESSAGES.get(union.parentSchema as JsonSchema);
  if (friendlyMessage !== undefined) {
    branchErrors.forEach((e) => dropped.add(e));
    replaced.set(union, friendlyMessage);
    return;
  }
  const passing = (union.params as { passingSchemas?: number[] | null }).passingSchemas;
  const titles = branches.map((b) => String(b.effective.title ?? b.raw.title ?? 'an alternative'));
  if (Array.isArray(passing)) {
    // ajv stops at the second passing branch; errors of branches that failed before it are noise.
    branchErrors.forEach((e) => dropped.add(e));
    replaced.set(union, `must be only one of: ${titles.join('; ')} (it matches several)`);
    return;
  }
  const candidates = branches.filter((b) => fitsShape(b.effective, union.data));
  const [onlyCandidate] = candidates;
  if (candidates.length === 1 && onlyCandidate !== undefined) {
    dropped.add(union);
    branchErrors.filter((e) => !belongsTo(e, onlyCandidate)).forEach((e) => dropped.add(e));
    return;
  }
  branchErrors.forEach((e) => dropped.add(e));
  replaced.set(union, `must be one of: ${titles.join('; ')}`);
}

function resolveRef(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return schema;
  const definitions = SPEC_SCHEMA.definitions as Record<string, JsonSchema>;
  return definitions[ref.slice('#/definitions/'.length)] ?? schema;
}

/** Whether `data` has the branch's JSON type and carries every key the branch requires. */
function fitsShape(branch: JsonSchema, data: unknown): boolean {
  if (!hasType(branch, data)) return false;
  const required = Array.isArray(branch.required) ? (branch.required as string[]) : [];
  if (required.length === 0) return true;
  return typeof data === 'object' && data !== null && required.every((k) => k in data);
}

/** Whether `data` has one of the JSON types `schema` declares (true when it declares none). */
function hasType(schema: JsonSchema, data: unknown): boolean {
  const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type);
  return types.length === 0 || types.some((t) => jsonTypeMatches(String(t), data));
}

function jsonTypeMatches(type: string, data: unknown): boolean {
  if (type === 'integer') return typeof data === 'number' && Number.isInteger(data);
  if (type === 'array') return Array.isArray(data);
  if (type === 'null') return data === null;
  if (type === 'object') return typeof data === 'object' && data !== null && !Array.isArray(data);
  return typeof data === type;
}

function toIssue(error: AjvError, root: unknown, replacement: string | undefined): PendingIssue {
  const path = pointerToPath(error.instancePath, root);
  if (replacement !== undefined) return { path, message: replacement, severity: 'error' };
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    return { path: [...path, key], atKey: true, message: unknownKeyMessage(key, error), severity: 'error' };
  }
  if (error.keyword === 'discriminator' && error.params.error === 'mapping') {
    const tag = String(error.params.tag);
    return { path: [...path, tag], message: describeError(error), severity: 'error' };
  }
  const friendlyMessage = FRIENDLY_MESSAGES.get(error.parentSchema as JsonSchema);
  return { path, message: friendlyMessage ?? describeError(error), severity: 'error' };
}

/** `/nodes/3/id` → `['nodes', 3, 'id']`, with array indexes as numbers (decided by walking `root`). */
export function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let cursor: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cursor)) {
      path.push(Number(key));
      cursor = cursor[Number(key)];
    } else {
      path.push(key);
      cursor =
        typeof cursor === 'object' && cursor !== null ? (cursor as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}
