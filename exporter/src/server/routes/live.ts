/**
 * What the API routers read from the running exporter: the spec, the live cascade inputs (never
 * mutated by a router) and the clock. `null` before the first evaluation (the routers answer 503).
 */
import type { Problem } from '../../spec/problem';
import type { RequestHandler } from 'express';
import type { CascadeInputs } from '../../cascade/types';
import type { Spec } from '../../spec/types';

export interface LiveState {
  spec: Spec;
  inputs: CascadeInputs;
  /** Unix seconds to evaluate at (the exporter's clock). */
  now: number;
}

export type GetLive = () => LiveState | null;

export interface RouterOptions {
  /** Middleware run before each route (e.g. the server's `guard('read')`); default none. */
  guard?: RequestHandler;
  /** Largest JSON body accepted, in bytes (413 past it). Default 64 KiB. */
  maxBodyBytes?: number;
}

/** The API's one error shape. */
export interface ApiError {
  error: string;
  details: Problem[];
}

export const NOT_READY: ApiError = {
  error: 'not ready',
  details: [{ path: '', message: 'no live cascade inputs yet (the first evaluation has not run)' }],
};

/** What `liveStateOf` reads: the engine's spec and the inputs of its last evaluation. */
export interface LiveInputsSource {
  readonly spec: Spec;
  liveInputs(): { inputs: CascadeInputs; at: number } | null;
}

/**
 * A `GetLive` over the running engine. Scenarios are evaluated at the time of the last evaluation (not
 * the wall clock), so a scenario's `live` column equals the cascade `/metrics` and the JSON API show.
 * @example createScenarioRouter(liveStateOf(engine)) // 503 until engine.tick has evaluated once
 */
export function liveStateOf(source: LiveInputsSource): GetLive {
  return () => {
    const last = source.liveInputs();
    return last === null ? null : { spec: source.spec, inputs: last.inputs, now: last.at };
  };
}
