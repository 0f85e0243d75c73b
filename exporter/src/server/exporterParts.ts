/**
 * The shapes of an exporter as the composition root (`main.ts`) builds and runs it: the options it is
 * built from, the parts it holds once built (tests reach into them), and the handle of a running one.
 */
import type { GrafanaPusher } from '../annotations';
import type { DemoRun } from '../demo/demoRun';
import type { Engine } from '../engine/engine';
import type { IngestService } from '../ingest/ingestService';
import type { ExporterMetrics } from '../metrics/exporterMetrics';
import type { Security, SecurityOptions } from '../security';
import type { ShardScope } from '../shards';
import type { SourceManager } from '../sources';
import type { LoadedSpec } from '../spec';
import type { DurableState } from '../store/durableState';
import type { Express } from 'express';
import type { Listening } from './listen';
import type { ServeOptions } from './serveOptions';

export type { DemoRun };

/** Time, the log, the environment and file reading, as every step of the build receives them. */
export interface BuildIO {
  clock: () => number;
  log: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
}

export interface BuildOptions extends ServeOptions {
  /** Unix seconds; default the system clock. Tests pass their own to drive time. */
  clock?: () => number;
  log?: (line: string) => void;
  /** prom-client's default process metrics (default true). */
  processMetrics?: boolean;
  /** Tokens, web-config, limits (docs/security.md); absent: none configured, open on loopback. */
  security?: SecurityOptions;
  /** The environment: `MLHEALTH_*_TOKEN`, the Grafana token, source credentials. Absent: empty. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface BuiltExporter {
  loaded: LoadedSpec;
  engine: Engine;
  ingest: IngestService;
  metrics: ExporterMetrics;
  app: Express;
  demo: DemoRun | null;
  clock: () => number;
  buildVersion: string;
  /** The security layer: its middlewares are mounted on `app`; `createServer` for TLS (docs/security.md). */
  security: Security;
  /** The store (`:memory:` without a data directory) and what restores and persists through it. */
  durable: DurableState;
  /** Pushes annotations to Grafana when `--grafana-url` is set. */
  grafana: GrafanaPusher | null;
  /** The PromQL sources' poller (null without sources); tests call `pollAll()` to drive it. */
  sourceManager: SourceManager | null;
  /** An exporter shard's models and nodes (`--shard`, `--models`, `--topology-only`); null: all of them. */
  scope: ShardScope | null;
}

export interface RunningExporter {
  built: BuiltExporter;
  listening: Listening;
  url: string;
  /** Stops the timers, the demo and the server. */
  close(): Promise<void>;
}
