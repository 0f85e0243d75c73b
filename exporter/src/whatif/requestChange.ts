/**
 * Small helpers for request bodies read by hand (the `--inputs` JSON of `inputsJson.ts`) and for the
 * paths of request problems (`specCheck.ts`). The shape of a scenario change is not checked here: it
 * is the spec's `CHANGE`, validated with `SCENARIO_REQUEST_SCHEMA` by `parseScenarioRequest`.
 */
import type { Problem } from '../spec/problem';

type Json = Record<string, unknown>;

/** A plain JSON object (not an array, not null). */
export function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Issues for keys of `o` that are not in `allowed`.
 * @example unknownKeys({ a: 1, b: 2 }, ['a'], 'x') // [{ path: 'x.b', message: "unknown key 'b'; expected one of a" }]
 */
export function unknownKeys(o: Json, allowed: readonly string[], path: string): Problem[] {
  return Object.keys(o)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({
      path: join(path, k),
      message: `unknown key '${k}'; expected one of ${allowed.join(', ')}`,
    }));
}

/**
 * `a.b`, or `b` at the root.
 * @example join('market.exposures', 'fraud') // 'market.exposures.fraud'
 */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
