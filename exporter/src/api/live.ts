/**
 * What the API routers read from the running exporter: the spec, the live cascade inputs (never
 * mutated by a router) and the clock. `null` before the first evaluation (the routers answer 503).
 */
import type { RequestHandler } from 'express';
import type { CascadeInputs } from '../cascade/types';
import type { Spec } from '../spec/types';

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
  details: { path: string; message: string }[];
}

export const NOT_READY: ApiError = {
  error: 'not ready',
  details: [{ path: '', message: 'no live cascade inputs yet (the first evaluation has not run)' }],
};
