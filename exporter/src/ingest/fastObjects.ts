/**
 * Objects whose properties are set by computed keys (`row[name] = value`), kept in V8's fast mode. V8
 * turns an object into a hash table ("dictionary mode") once more than about a dozen properties are
 * added that way (the soft limit of `Map::TooManyFastProperties` for keyed stores): 20 features built
 * so make an object that is larger, slower to read and to walk with `for…in`, and more work for the
 * collector, all the way down the write path (validation, the monitors' sketches). Objects made by
 * `JSON.parse`, by object spread or by `Object.fromEntries` stay fast, which is why the native events
 * API never had the problem and the receivers that build events from other formats (KServe, OTLP) do.
 * Pure: these only copy.
 */

/** Objects given more properties than this by computed keys are copied by `withFastProperties`. */
export const FAST_KEYED_PROPERTIES = 12;

/**
 * `obj` as it is, or, when it was given more than `FAST_KEYED_PROPERTIES` properties by computed keys
 * (`keys`: how many were set, duplicates included), a copy by spread: the same own keys in the same
 * order with the same values (a `__proto__` key stays an own property), in fast mode. O(keys).
 * @example withFastProperties({ a: 1 }, 1) // the same object: { a: 1 }
 */
export function withFastProperties<T extends object>(obj: T, keys: number): T {
  return keys > FAST_KEYED_PROPERTIES ? { ...obj } : obj;
}

/**
 * An object with the keys `names`, in that order, each undefined: a template to copy with
 * `{ ...template }` and fill by name. The copies are fast however many names there are: they take the
 * template's shape, and setting a key the shape already has adds nothing to it. O(names).
 * @example Object.keys(rowTemplate(['sepal_length', 'sepal_width'])) // ['sepal_length', 'sepal_width']
 */
export function rowTemplate(names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, undefined]));
}
