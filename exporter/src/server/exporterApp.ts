/**
 * The exporter's HTTP app assembled from the running parts: the engine (cascade, history, live inputs),
 * the write side, the exposition, the annotation store, the security layer and the calibration rows.
 * Builds each router of `server/routes/` over them and hands everything to `createApp`; the composition
 * root (`main.ts`) calls it once.
 */
import type { Express } from 'express';
import type { CascadeInputs, CascadeSnapshot } from '../cascade/types';
import type { KservePort } from '../ingest/kserve/receiver';
import type { IngestPort } from '../ingest/ports';
import type { Security } from '../security';
import type { RowsOutcome } from '../dataset/referenceRows';
import type { Spec } from '../spec/types';
import { createApp } from './app';
import { DEFAULT_PREVIEW_DIR } from './assets';
import type { MetricsRenderer } from './deps';
import { createAnnotationsRouter, type AnnotationStore } from './routes/annotations';
import { createKserveRouter } from './routes/kserve';
import { liveStateOf } from './routes/live';
import { createOtlpLogsRouter } from './routes/otlp';
import { createPreviewRouter, type PreviewOptions } from './routes/preview';

/** What the app reads of the engine (`engine/engine.ts` `Engine` is one). */
export interface EngineView {
  readonly spec: Spec;
  readonly sha256: string;
  snapshot(): CascadeSnapshot | null;
  history(): CascadeSnapshot[];
  detailHistory: NonNullable<PreviewOptions['getDetailHistory']>;
  liveInputs(): { inputs: CascadeInputs; at: number } | null;
}

export interface ExporterAppParts {
  engine: EngineView;
  ingest: IngestPort;
  /** The KServe InferenceLogger receiver behind `POST /api/v1/kserve`. */
  kserve: KservePort;
  metrics: MetricsRenderer;
  annotations: AnnotationStore;
  security: Pick<Security, 'middlewares' | 'guard'>;
  /** The spec file's text and name, for calibration proposals. */
  specFile: { text: string; file: string };
  /** The current reference rows of a model (`ReferenceRowsKeeper.rowsOf`). */
  rowsOf: (model: string) => Promise<RowsOutcome>;
  /** Annotations to push to Grafana: wakes the pusher; absent without a Grafana URL. */
  grafanaNotify?: () => void;
  clock: () => number;
  log: (line: string) => void;
  maxBodyBytes: number;
  previewDir?: string;
  /** Whether the store takes writes: `/readyz` answers 503 while it does not. Absent: always. */
  storeUp?: () => boolean;
}

/** The app with every route mounted; nothing listens yet. */
export function createExporterApp(parts: ExporterAppParts): Express {
  const { engine, security, clock, grafanaNotify } = parts;
  const preview = createPreviewRouter({
    getSnapshot: () => engine.snapshot(),
    getHistory: () => engine.history(),
    getDetailHistory: () => engine.detailHistory(),
    getSpec: () => engine.spec,
    pluginDistDir: parts.previewDir ?? DEFAULT_PREVIEW_DIR,
  });
  const annotations = createAnnotationsRouter(parts.annotations, {
    clock,
    guard: security.guard,
    pushToGrafana: grafanaNotify !== undefined,
    onCreated: () => grafanaNotify?.(),
    nodeExists: (id) => engine.spec.nodes.some((n) => n.id === id),
  });
  return createApp({
    ready: () =>
      parts.storeUp?.() === false
        ? 'the store cannot take writes (mlhealth_store_up 0)'
        : engine.snapshot() !== null,
    cascade: engine,
    ingest: parts.ingest,
    metrics: parts.metrics,
    maxBodyBytes: parts.maxBodyBytes,
    log: parts.log,
    preview,
    before: security.middlewares,
    guard: security.guard,
    live: liveStateOf(engine),
    calibrate: {
      spec: () => engine.spec,
      specText: () => parts.specFile,
      history: () => engine.history(),
      rowsOf: parts.rowsOf,
      clock,
    },
    routers: [
      annotations,
      createKserveRouter(parts.kserve, security.guard('ingest'), parts.maxBodyBytes),
      createOtlpLogsRouter(parts.ingest, security.guard('ingest'), parts.maxBodyBytes),
    ],
  });
}
