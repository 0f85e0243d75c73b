/**
 * One readable sentence per ajv error keyword, naming what was found and what is expected.
 */
import { closestName } from './closest';
import type { ErrorObject } from 'ajv';
import type { JsonSchema } from './schema';

type AjvError = ErrorObject<string, Record<string, unknown>, unknown>;

const FORMAT_NAMES: Record<string, string> = {
  uri: 'an absolute URL',
  email: 'an e-mail address',
  'date-time': 'an ISO-8601 date-time with a zone',
  date: 'an ISO-8601 date',
};

/** What a value is, for "found …" in messages: `"abc"`, `12`, `a list`, `a mapping`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'null',
  };
  return names[type] ?? type;
}

/** The sentence for an ajv error that is not an unknown key (those go through `unknownKeyMessage`). */
export function describeError(error: AjvError): string {
  const p = error.params;
  const found = `(found ${describeValue(error.data)})`;
  switch (error.keyword) {
    case 'required':
      return `missing required key '${String(p.missingProperty)}'`;
    case 'type':
      return `must be ${String(p.type).split(',').map(typeName).join(' or ')} ${found}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')} ${found}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)} ${found}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(p.comparison)} ${String(p.limit)} ${found}`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long`;
    case 'uniqueItems':
      return `items ${String(p.j)} and ${String(p.i)} are the same; each must appear once`;
    case 'pattern':
      return `must match ${String(p.pattern)} ${found}`;
    case 'format':
      return `must be ${FORMAT_NAMES[String(p.format)] ?? String(p.format)} ${found}`;
    case 'dependencies':
      return `'${String(p.missingProperty)}' is required when '${String(p.property)}' is given`;
    case 'discriminator':
      return discriminatorMessage(error);
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function discriminatorMessage(error: AjvError): string {
  const tag = String(error.params.tag);
  if (error.params.error !== 'mapping') return `'${tag}' must be a string`;
  const branches = ((error.parentSchema as JsonSchema).oneOf ?? []) as JsonSchema[];
  const allowed = branches.map((b) =>
    String(((b.properties as Record<string, JsonSchema>)[tag] ?? {}).const),
  );
  return `must be one of: ${allowed.join(', ')} (found ${describeValue(error.params.tagValue)})`;
}

/** "unknown key 'thresold'; did you mean 'thresholds'?" — or the allowed keys when few and none is close. */
export function unknownKeyMessage(key: string, error: AjvError): string {
  const known = Object.keys(((error.parentSchema as JsonSchema).properties ?? {}) as Record<string, unknown>);
  const close = closestName(key, known);
  if (close !== undefined) return `unknown key '${key}'; did you mean '${close}'?`;
  if (known.length > 0 && known.length <= 8) return `unknown key '${key}'; allowed here: ${known.join(', ')}`;
  return `unknown key '${key}'`;
}
