/**
 * What `createApp` is built from. Every dependency is an interface, so the composition root wires the
 * real engine and tests may wire their own. The slots: `before` (headers,
 * rate limits, access gates run ahead of every route), `guard` (auth middleware per access scope),
 * `routers` (more API: scenarios, dependencies, annotations) and an `IngestPort` whose methods are
 * async, so a durable store can persist a batch before the 2xx answer.
 */
import type { RequestHandler } from 'express';
import type { CalibrateSource } from './routes/calibrate';
import type { GetLive } from './routes/live';
import type { CascadeSnapshot } from '../cascade/types';
import type { IngestAnswer, IngestPort } from '../ingest/ports';
import type { AccessScope } from '../security/scopes';

export type { AccessScope, IngestAnswer, IngestPort };
import type { Spec } from '../spec/types';

export interface CascadeReader {
  readonly spec: Spec;
  readonly sha256: string;
  snapshot(): CascadeSnapshot | null;
  history(): CascadeSnapshot[];
}

export interface MetricsRenderer {
  contentType: string;
  render(): Promise<string>;
}

export interface AppDeps {
  cascade: CascadeReader;
  ingest: IngestPort;
  metrics: MetricsRenderer;
  /** Largest request body accepted, in bytes (413 past it). */
  maxBodyBytes: number;
  /**
   * `/readyz` answers 200 once this is true (default: a first snapshot exists); false or a sentence
   * saying why not answers 503.
   */
  ready?: () => boolean | string;
  /** Middlewares run before every route, in order (security headers, rate limits, body-size gates). */
  before?: RequestHandler[];
  /** Auth middleware per scope (security/); absent: every route is open (loopback-only default). */
  guard?: (scope: AccessScope) => RequestHandler;
  /** More routers, mounted after the built-in routes and before the 404 handler (they guard themselves). */
  routers?: RequestHandler[];
  /**
   * The live cascade inputs for the what-if and dependency API (`POST/GET /api/v1/scenarios`,
   * `GET /api/v1/dependencies`), mounted with `guard('read')`: a what-if run works on copies and never
   * changes live state, so whoever may read the cascade may ask it. Absent: those routes are not mounted.
   */
  live?: GetLive;
  /** What `POST /api/v1/calibrate` reads (mounted with `guard('admin')`); absent: not mounted. */
  calibrate?: CalibrateSource;
  /** The panel preview, mounted at `/preview` (server/routes/preview.ts). */
  preview?: RequestHandler;
  log?: (line: string) => void;
}
