"use strict";
/**
 * Small builders for the JSON Schema of the spec, so that every property carries a description and every
 * object is closed (`additionalProperties: false`) without repeating it a hundred times.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FRIENDLY_MESSAGES = void 0;
exports.friendly = friendly;
exports.obj = obj;
exports.str = str;
exports.num = num;
exports.int = int;
exports.bool = bool;
exports.oneOfValues = oneOfValues;
exports.ref = ref;
exports.arrayOf = arrayOf;
exports.ratio = ratio;
exports.exactlyOneOf = exactlyOneOf;
/**
 * Messages that replace ajv's generic ones when a value fails a definition as a whole (a duration that
 * is not a duration, an id with capitals): keyed by the definition object, so lookups are by identity.
 */
exports.FRIENDLY_MESSAGES = new Map();
/** Registers `message` as what users read when `schema` fails, and returns `schema`. */
function friendly(schema, message) {
    exports.FRIENDLY_MESSAGES.set(schema, message);
    return schema;
}
/** A closed object: only `properties` are allowed; `required` lists the keys that must be present. */
function obj(description, properties, required = [], extra = {}) {
    const schema = {
        type: 'object',
        description,
        properties,
        additionalProperties: false,
        ...extra,
    };
    if (required.length > 0)
        schema.required = required;
    return schema;
}
function str(description, extra = {}) {
    return { type: 'string', description, ...extra };
}
function num(description, extra = {}) {
    return { type: 'number', description, ...extra };
}
function int(description, extra = {}) {
    return { type: 'integer', description, ...extra };
}
function bool(description, extra = {}) {
    return { type: 'boolean', description, ...extra };
}
function oneOfValues(description, values, extra = {}) {
    return { type: 'string', description, enum: [...values], ...extra };
}
/** A reference to `#/definitions/<name>` with the property's own description (and default) beside it. */
function ref(name, description, extra = {}) {
    return { $ref: `#/definitions/${name}`, description, ...extra };
}
function arrayOf(description, items, extra = {}) {
    return { type: 'array', description, items, ...extra };
}
/** A number in [0, 1]. */
function ratio(description, extra = {}) {
    return num(description, { minimum: 0, maximum: 1, ...extra });
}
/**
 * An object that must contain exactly one of the `alternatives` key sets (e.g. `{constant}` or
 * `{source, query}`); the object itself lists every key, so editors complete them all.
 */
function exactlyOneOf(alternatives) {
    return { oneOf: alternatives.map((a) => ({ title: a.title, required: a.required })) };
}
//# sourceMappingURL=helpers.js.map