/**
 * The exporter's one composition root: loads the spec, opens the store, builds the security layer, one
 * monitor per model, the PromQL sources, the engine, the write side, the exposition and the HTTP app,
 * and wires them together. Nothing else in the exporter wires parts; nothing here computes or parses.
 * `buildExporter` stops short of listening and timers (tests drive it with their own clock);
 * `startExporter` listens and runs the schedule. The process entry is `mlhealth serve` (cli/serve).
 */
import { readFileSync } from 'node:fs';
import { grafanaPusherFor } from './annotations';
import { evaluateCascade } from './cascade';
import { createDemoRun } from './demo/demoRun';
import { DEMO_REFERENCE_AGE_DAYS, runDemo, setUpDemoModels } from './demo/simulator';
import { Engine } from './engine/engine';
import { PromqlSources } from './engine/promqlSources';
import { IngestService } from './ingest/ingestService';
import { KserveReceiver } from './ingest/kserve/receiver';
import { ingestLimitsFor, specLimitWarnings } from './ingest/limits';
import { loadReferenceFile } from './ingest/referenceFiles';
import { ReferenceRowsKeeper } from './ingest/referenceRows';
import { createExporterMetrics } from './metrics/exporterMetrics';
import { buildSecurity, DEFAULT_SECURITY_OPTIONS } from './security';
import { buildVersion, DEFAULT_PREVIEW_DIR, DEMO_SPEC_PATH } from './server/assets';
import { createExporterApp } from './server/exporterApp';
import type { BuildIO, BuildOptions, BuiltExporter, RunningExporter } from './server/exporterParts';
import { listenApp } from './server/listenHttps';
import { resolveShardScope, type ShardScope } from './shards';
import { SourceManager } from './sources';
import { loadSpecFile, type LoadedSpec, type ModelSpec } from './spec';
import { DurableState } from './store/durableState';
import { openMemoryStore, openStore, type Store } from './store/store';
import { evaluateNamedScenarios } from './whatif/named';

export type { BuildOptions, BuiltExporter, RunningExporter, DemoRun } from './server/exporterParts';
export { DEMO_SPEC_PATH, DEFAULT_PREVIEW_DIR, buildVersion };

/** What every step of the build reads: the options, the spec, the store, time, the log, the environment. */
type Context = {
  options: BuildOptions;
  loaded: LoadedSpec;
  store: Store;
  scope: ShardScope | null;
} & BuildIO;

/**
 * Everything but listening and timers. With `dataDir` the state is restored from and persisted to the
 * store there; without, it lives in memory.
 * @throws SpecError / SpecReadError for a bad spec; StoreError for an unusable store; UsageError for
 *   bad security or Grafana settings; Error for an unreadable reference file.
 */
export async function buildExporter(options: BuildOptions): Promise<BuiltExporter> {
  const clock = options.clock ?? (() => Date.now() / 1000);
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const loaded = await loadSpecFile(options.specPath ?? DEMO_SPEC_PATH);
  // A shard's models and nodes (docs/scale-out.md); a bad --models list fails before the store opens.
  const scope = options.shard === undefined ? null : resolveShardScope(loaded.spec, options.shard);
  const now = clock();
  const { dataDir, storeMaxBytes: maxBytes } = options;
  const store = dataDir !== undefined ? openStore(dataDir, { now, maxBytes }) : openMemoryStore(now);
  const env = options.env ?? {};
  const readFile = (path: string) => readFileSync(path, 'utf8');
  try {
    return await buildOnStore({ options, loaded, store, scope, clock, log, env, readFile });
  } catch (err) {
    store.close();
    throw err;
  }
}

/** Security, Grafana push, the durable state and one restored monitor per model. */
async function buildState(c: Context) {
  const { options, loaded, store, clock, log } = c;
  const { spec, sha256 } = loaded;
  const security = buildSecurity(options.security ?? DEFAULT_SECURITY_OPTIONS, options.maxBodyBytes, c);
  const listenWarning = security.checkListen(options.host);
  if (listenWarning !== null) log(listenWarning);
  // A shard keeps a monitor for its own models only: the others' base nodes stay unknown, unexported.
  const models = spec.models.filter((m) => c.scope === null || c.scope.models.has(m.id));
  for (const w of specLimitWarnings(models, security.limits)) log(`mlhealth: ${w}`);
  const { grafanaUrl: url, grafanaTokenFile: tokenFile, grafanaPanelId: panelId } = options;
  const settings = { url, tokenFile, panelId, dashboardUid: options.grafanaDashboardUid };
  const grafana = grafanaPusherFor({ ...settings, env: c.env, readFile: c.readFile }, store, log);
  const notify = grafana === null ? undefined : () => grafana.notify();
  const { checkpointPolicy } = options;
  const durableOptions = { spec, specSha256: sha256, log, pushToGrafana: grafana !== null };
  const durable = new DurableState(store, {
    ...durableOptions,
    onAnnotations: notify,
    ...(checkpointPolicy !== undefined ? { checkpointPolicy } : {}),
  });
  const specFile = { text: c.readFile(loaded.file), file: loaded.file };
  durable.recordSpec(specFile.text, clock());
  // Before any upload of this run: which models' current reference the store restored (not the file).
  const restored = new Set(spec.models.filter((m) => store.getReference(m.id) !== null).map((m) => m.id));
  const references = new ReferenceRowsKeeper(spec, loaded.baseDir, restored);
  const now = clock();
  const takenAt = options.specPath === undefined ? now - DEMO_REFERENCE_AGE_DAYS * 86400 : undefined;
  const fileReference = (model: ModelSpec) => loadReferenceFile(model, loaded.baseDir, takenAt, spec.nodes);
  // From the store's checkpoint and log when there is one (docs/durability.md), else fresh.
  const monitors = await durable.restoreMonitors(models, fileReference, now);
  return { security, grafana, notify, durable, specFile, references, monitors };
}

type State = Awaited<ReturnType<typeof buildState>>;

/** The PromQL sources, the engine over the monitors, the write side and the exposition. */
function buildRuntime(c: Context, { security, durable, references, monitors }: State) {
  const { options, clock, log } = c;
  const { spec, sha256 } = c.loaded;
  const secrets = { env: c.env, readFile: c.readFile };
  // A shard polls the queries of the nodes it evaluates only.
  const needed = c.scope?.needed;
  const polled = needed === undefined ? spec : { ...spec, nodes: spec.nodes.filter((n) => needed.has(n.id)) };
  const sourceManager = spec.sources.length === 0 ? null : new SourceManager(polled, { clock, secrets });
  const sources = sourceManager === null ? null : new PromqlSources(polled, sourceManager);
  const cascade = { evaluate: evaluateCascade, scenarioImpacts: evaluateNamedScenarios };
  const onSnapshot = () => (void metrics.prepare(), durable.snapshotTaken(engine.snapshot()));
  const engine: Engine = new Engine({ spec, sha256, monitors, cascade, sources, log, onSnapshot });
  const limits = { maxEventsPerBatch: options.maxBatchEvents, ...ingestLimitsFor(security.limits) };
  const durability = options.dataDir !== undefined ? durable : null;
  const ingest = new IngestService(engine, clock, limits, durability, c.scope?.misdirected ?? null);
  ingest.restoreAccepted(durable.acceptedEvents());
  ingest.onReferenceAccepted(references.uploaded);
  const kserve = new KserveReceiver(() => engine.spec, ingest, clock);
  const { processMetrics } = options;
  const scope = c.scope ?? undefined;
  const metricsOptions = {
    buildVersion: buildVersion(),
    processMetrics,
    kserve,
    store: durable.health,
    scope,
  };
  const metrics = createExporterMetrics(engine, ingest, metricsOptions);
  return { sourceManager, engine, ingest, metrics, kserve };
}

async function buildOnStore(c: Context): Promise<BuiltExporter> {
  const { options, clock } = c;
  const state = await buildState(c);
  const runtime = buildRuntime(c, state);
  const rowsOf = (model: string) => state.references.rowsOf(model);
  const parts = { ...c, ...options, ...state, ...runtime, annotations: c.store, rowsOf };
  const storeUp = () => state.durable.health.up();
  const app = createExporterApp({ ...parts, grafanaNotify: state.notify, storeUp });
  const now = clock();
  const demo =
    options.specPath === undefined ? createDemoRun(options.demoSeed, now, options.demoTimeScale) : null;
  if (demo !== null) await setUpDemoModels(runtime.ingest, c.loaded.spec.models, now);
  const scope = c.scope;
  return { ...runtime, ...state, loaded: c.loaded, app, demo, clock, buildVersion: buildVersion(), scope };
}

/** Builds, listens, and starts the schedule (one tick a second) and the demo (a step every 250 ms). */
export async function startExporter(options: BuildOptions): Promise<RunningExporter> {
  const built = await buildExporter(options);
  const { app, security, engine, durable, grafana, clock } = built;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const listening = await listenApp(app, security.createServer, options.host, options.port);
  const ticker = setInterval(() => (engine.tick(clock()), durable.tick(clock())), 1000);
  ticker.unref();
  grafana?.start();
  const demo = built.demo !== null ? runDemo(built.demo.traffic, built.ingest, clock, 250, log) : null;
  engine.tick(clock());
  const close = async () => {
    clearInterval(ticker);
    demo?.stop();
    engine.close();
    await listening.close();
    await grafana?.stop();
    durable.close(clock());
  };
  return { built, listening, url: listening.url, close };
}
