#!/usr/bin/env node
/**
 * The exporter's one composition root: reads the flags, loads and validates the spec (refusing to start
 * on an invalid one, every problem listed), loads reference files, builds one `ModelMonitor` per model,
 * the PromQL sources, the engine, a fresh prom-client registry and the HTTP app, then listens, runs the
 * schedule (and the demo simulator when no spec is given) and shuts down cleanly on SIGTERM/SIGINT.
 * `mlhealth serve` runs the same. Nothing else in the exporter wires parts together.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express } from 'express';
import { createAnnotationsRouter, GrafanaPusher, grafanaTargetFrom } from './annotations';
import { ReferenceRowsKeeper } from './ingest/referenceRows';
import { liveStateOf } from './server/routes/live';
import { evaluateCascade } from './cascade';
import { UsageError, type CliIO } from './cli/io';
import { DEMO_MODELS } from './demo/models';
import { setUpDemoModels, runDemo, DEMO_REFERENCE_AGE_DAYS } from './demo/simulator';
import { DemoTraffic } from './demo/traffic';
import { Engine } from './engine/engine';
import { IngestService } from './ingest/ingestService';
import type { MonitorPort } from './signals/monitorPort';
import { loadReferenceFile } from './ingest/referenceFiles';
import { PromqlSources } from './engine/promqlSources';
import { createExporterMetrics, type ExporterMetrics } from './metrics/exporterMetrics';
import { createApp } from './server/app';
import { listen, type Listening } from './server/listen';
import { createPreviewRouter } from './server/routes/preview';
import type { ServeOptions } from './cli/serve/options';
import {
  DEFAULT_SECURITY_OPTIONS,
  buildSecurity,
  ingestLimitsFor,
  listenHttps,
  specLimitWarnings,
  type Security,
  type SecurityOptions,
} from './security';
import { DurableState } from './store/durableState';
import { openMemoryStore, openStore, type Store } from './store/store';
import { SourceManager } from './sources';
import { loadSpecFile, type LoadedSpec } from './spec';
import { evaluateNamedScenarios } from './whatif/named';

export interface BuildOptions extends ServeOptions {
  /** Unix seconds; default the system clock. Tests pass their own to drive time. */
  clock?: () => number;
  log?: (line: string) => void;
  /** prom-client's default process metrics (default true). */
  processMetrics?: boolean;
  /** Tokens, web-config, limits (docs/security.md); absent: none configured, open on loopback. */
  security?: SecurityOptions;
  /** Where `MLHEALTH_{INGEST,READ,ADMIN}_TOKEN` are read from; absent: nowhere (the CLI passes its env). */
  securityEnv?: Readonly<Record<string, string | undefined>>;
}

export interface DemoRun {
  traffic: DemoTraffic;
  startedAt: number;
  timeScale: number;
  seed: number;
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
}

/**
 * The exporter package's directory and version: the nearest `package.json` above this file that is the
 * exporter's (`src/`, `dist/` and the benchmark's compiled copy sit at different depths).
 */
function exporterPackage(): { dir: string; version: string } {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@mlhealth/exporter' && pkg.version !== undefined)
        return { dir, version: pkg.version };
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`exporterPackage: no package.json of @mlhealth/exporter above ${__dirname}`);
}

const PACKAGE = exporterPackage();

/** The demo's spec, `exporter/examples/demo.yaml`. */
export const DEMO_SPEC_PATH = join(PACKAGE.dir, 'examples', 'demo.yaml');

/** The built Grafana panel (`grafana-plugin/dist`) the preview serves, unless `--preview-dir` says. */
export const DEFAULT_PREVIEW_DIR = join(PACKAGE.dir, '..', 'grafana-plugin', 'dist');

/** The exporter's version, for `mlhealth_build_info`. */
export function buildVersion(): string {
  return PACKAGE.version;
}

async function buildMonitors(
  loaded: LoadedSpec,
  durable: DurableState,
  now: number,
  referenceTakenAt?: number,
): Promise<Map<string, MonitorPort>> {
  const monitors = new Map<string, MonitorPort>();
  for (const model of loaded.spec.models) {
    const reference = await loadReferenceFile(model, loaded.baseDir, referenceTakenAt);
    // From the store's checkpoint and log when there is one (docs/durability.md), else fresh.
    monitors.set(model.id, durable.restoreMonitor(model.id, reference, now));
  }
  return monitors;
}

/** The Grafana annotation pusher, or null without `--grafana-url`. Throws UsageError for bad settings. */
function grafanaPusher(
  options: BuildOptions,
  store: Store,
  log: (line: string) => void,
): GrafanaPusher | null {
  try {
    const target = grafanaTargetFrom({
      url: options.grafanaUrl,
      tokenFile: options.grafanaTokenFile,
      dashboardUid: options.grafanaDashboardUid,
      panelId: options.grafanaPanelId,
      env: process.env,
      readFile: (p) => readFileSync(p, 'utf8'),
    });
    return target === null ? null : new GrafanaPusher(store, target, { log });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * Everything but listening and timers: tests build the exporter at a fixed clock and drive it. With
 * `dataDir` the state is restored from and persisted to the store there; without, it lives in memory.
 * @throws SpecError / SpecReadError for a bad spec; StoreError for a store that cannot be used;
 * UsageError for bad Grafana settings; Error for an unreadable reference file.
 */
export async function buildExporter(options: BuildOptions): Promise<BuiltExporter> {
  const clock = options.clock ?? (() => Date.now() / 1000);
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const loaded = await loadSpecFile(options.specPath ?? DEMO_SPEC_PATH);
  const now = clock();
  const store = options.dataDir !== undefined ? openStore(options.dataDir, { now }) : openMemoryStore(now);
  try {
    return await buildOnStore(options, loaded, store, clock, log);
  } catch (err) {
    store.close();
    throw err;
  }
}

async function buildOnStore(
  options: BuildOptions,
  loaded: LoadedSpec,
  store: Store,
  clock: () => number,
  log: (line: string) => void,
): Promise<BuiltExporter> {
  const isDemo = options.specPath === undefined;
  const now = clock();
  const security = buildSecurity(options.security ?? DEFAULT_SECURITY_OPTIONS, options.maxBodyBytes, {
    env: options.securityEnv ?? {},
    readFile: (p) => readFileSync(p, 'utf8'),
    clock,
  });
  const listenWarning = security.checkListen(options.host);
  if (listenWarning !== null) log(listenWarning);
  for (const w of specLimitWarnings(loaded.spec.models, security.limits)) log(`mlhealth: ${w}`);
  const grafana = grafanaPusher(options, store, log);
  const durable = new DurableState(store, {
    spec: loaded.spec,
    specSha256: loaded.sha256,
    log,
    pushToGrafana: grafana !== null,
    onAnnotations: () => grafana?.notify(),
  });
  const specText = readFileSync(loaded.file, 'utf8');
  durable.recordSpec(specText, now);
  // Before any upload of this run: which models' current reference the store restored (not the file).
  const restored = new Set(
    loaded.spec.models.filter((m) => store.getReference(m.id) !== null).map((m) => m.id),
  );
  const references = new ReferenceRowsKeeper(loaded.spec, loaded.baseDir, restored);
  const monitors = await buildMonitors(
    loaded,
    durable,
    now,
    isDemo ? now - DEMO_REFERENCE_AGE_DAYS * 86400 : undefined,
  );
  const sourceManager =
    loaded.spec.sources.length === 0
      ? null
      : new SourceManager(loaded.spec, {
          clock,
          secrets: { env: process.env, readFile: (p) => readFileSync(p, 'utf8') },
        });
  const sources = sourceManager === null ? null : new PromqlSources(loaded.spec, sourceManager);
  let metrics: ExporterMetrics | null = null;
  const engine = new Engine({
    spec: loaded.spec,
    sha256: loaded.sha256,
    monitors,
    cascade: { evaluate: evaluateCascade, scenarioImpacts: evaluateNamedScenarios },
    sources,
    log,
    onSnapshot: () => {
      void metrics?.prepare();
      durable.snapshotTaken(engine.snapshot());
    },
  });
  const ingest = new IngestService(
    engine,
    clock,
    { maxEventsPerBatch: options.maxBatchEvents, ...ingestLimitsFor(security.limits) },
    options.dataDir !== undefined ? durable : null,
  );
  ingest.restoreAccepted(durable.acceptedEvents());
  ingest.onReferenceAccepted(references.uploaded);
  const version = buildVersion();
  metrics = createExporterMetrics(
    {
      spec: () => engine.spec,
      specSha256: () => engine.sha256,
      snapshot: () => engine.snapshot(),
      anomalyScores: () => engine.anomalyScores(),
      modelDetails: () => engine.modelDetails(),
      sourcesUp: () => engine.sourcesUp(),
      up: () => engine.up(),
      ingestTotals: () => ingest.totals(),
      scenarioImpacts: () => engine.scenarioImpacts(),
    },
    { buildVersion: version, processMetrics: options.processMetrics },
  );
  const preview = createPreviewRouter({
    getSnapshot: () => engine.snapshot(),
    getHistory: () => engine.history(),
    getDetailHistory: () => engine.detailHistory(),
    getSpec: () => engine.spec,
    pluginDistDir: options.previewDir ?? DEFAULT_PREVIEW_DIR,
  });
  const app = createApp({
    cascade: engine,
    ingest,
    metrics,
    maxBodyBytes: options.maxBodyBytes,
    log,
    preview,
    before: security.middlewares,
    guard: security.guard,
    live: liveStateOf(engine),
    calibrate: {
      spec: () => engine.spec,
      specText: () => ({ text: specText, file: loaded.file }),
      history: () => engine.history(),
      rowsOf: (model) => references.rowsOf(model),
      clock,
    },
    routers: [
      createAnnotationsRouter(store, {
        clock,
        nodeExists: (id) => loaded.spec.nodes.some((n) => n.id === id),
        pushToGrafana: grafana !== null,
        onCreated: () => grafana?.notify(),
        guard: security.guard,
      }),
    ],
  });
  let demo: DemoRun | null = null;
  if (isDemo) {
    demo = {
      traffic: new DemoTraffic(DEMO_MODELS, options.demoSeed, now, options.demoTimeScale),
      startedAt: now,
      timeScale: options.demoTimeScale,
      seed: options.demoSeed,
    };
    await setUpDemoModels(ingest, loaded.spec.models, now);
  }
  return {
    loaded,
    engine,
    ingest,
    metrics,
    app,
    demo,
    clock,
    buildVersion: version,
    security,
    durable,
    grafana,
    sourceManager,
  };
}

export interface RunningExporter {
  built: BuiltExporter;
  listening: Listening;
  url: string;
  /** Stops the timers, the demo and the server. */
  close(): Promise<void>;
}

/** Builds, listens, and starts the schedule (one tick a second) and the demo (a step every 250 ms). */
export async function startExporter(options: BuildOptions): Promise<RunningExporter> {
  const built = await buildExporter(options);
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const { createServer } = built.security;
  const listening =
    createServer === null
      ? await listen(built.app, options.host, options.port)
      : await listenHttps(createServer(built.app), options.host, options.port);
  const ticker = setInterval(() => {
    built.engine.tick(built.clock());
    built.durable.tick(built.clock());
  }, 1000);
  ticker.unref();
  built.grafana?.start();
  const demo = built.demo !== null ? runDemo(built.demo.traffic, built.ingest, built.clock, 250, log) : null;
  built.engine.tick(built.clock());
  return {
    built,
    listening,
    url: listening.url,
    close: async () => {
      clearInterval(ticker);
      demo?.stop();
      built.engine.close();
      await listening.close();
      await built.grafana?.stop();
      built.durable.close(built.clock());
    },
  };
}

if (require.main === module) {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
  import('./cli/serve/run')
    .then(({ runExporter }) => runExporter(process.argv.slice(2), io))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        const message =
          err instanceof UsageError
            ? err.message
            : err instanceof Error
              ? (err.stack ?? err.message)
              : String(err);
        process.stderr.write(`mlhealth: ${message}\n`);
        process.exitCode = 2;
      },
    );
}
