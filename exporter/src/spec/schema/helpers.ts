/**
 * Small builders for the JSON Schema of the spec, so that every property carries a description and every
 * object is closed (`additionalProperties: false`) without repeating it a hundred times.
 */

/** A JSON Schema fragment (draft-07). */
export type JsonSchema = { [key: string]: unknown };

/**
 * Messages that replace ajv's generic ones when a value fails a definition as a whole (a duration that
 * is not a duration, an id with capitals): keyed by the definition object, so lookups are by identity.
 */
export const FRIENDLY_MESSAGES = new Map<JsonSchema, string>();

/** Registers `message` as what users read when `schema` fails, and returns `schema`. */
export function friendly(schema: JsonSchema, message: string): JsonSchema {
  FRIENDLY_MESSAGES.set(schema, message);
  return schema;
}

/** A closed object: only `properties` are allowed; `required` lists the keys that must be present. */
export function obj(
  description: string,
  properties: Record<string, JsonSchema>,
  required: string[] = [],
  extra: JsonSchema = {},
): JsonSchema {
  const schema: JsonSchema = {
    type: 'object',
    description,
    properties,
    additionalProperties: false,
    ...extra,
  };
  if (required.length > 0) schema.required = required;
  return schema;
}

export function str(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', description, ...extra };
}

export function num(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'number', description, ...extra };
}

export function int(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'integer', description, ...extra };
}

export function bool(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'boolean', description, ...extra };
}

export function oneOfValues(
  description: string,
  values: readonly string[],
  extra: JsonSchema = {},
): JsonSchema {
  return { type: 'string', description, enum: [...values], ...extra };
}

/** A reference to `#/definitions/<name>` with the property's own description (and default) beside it. */
export function ref(name: string, description: string, extra: JsonSchema = {}): JsonSchema {
  return { $ref: `#/definitions/${name}`, description, ...extra };
}

export function arrayOf(description: string, items: JsonSchema, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', description, items, ...extra };
}

/** A number in [0, 1]. */
export function ratio(description: string, extra: JsonSchema = {}): JsonSchema {
  return num(description, { minimum: 0, maximum: 1, ...extra });
}

/**
 * An object that must contain exactly one of the `alternatives` key sets (e.g. `{constant}` or
 * `{source, query}`); the object itself lists every key, so editors complete them all.
 */
export function exactlyOneOf(alternatives: Array<{ title: string; required: string[] }>): JsonSchema {
  return { oneOf: alternatives.map((a) => ({ title: a.title, required: a.required })) };
}
