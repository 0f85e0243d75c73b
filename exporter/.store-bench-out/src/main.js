#!/usr/bin/env node
"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PREVIEW_DIR = exports.DEMO_SPEC_PATH = void 0;
exports.buildVersion = buildVersion;
exports.buildExporter = buildExporter;
exports.startExporter = startExporter;
/**
 * The exporter's one composition root: reads the flags, loads and validates the spec (refusing to start
 * on an invalid one, every problem listed), loads reference files, builds one `ModelMonitor` per model,
 * the PromQL sources, the engine, a fresh prom-client registry and the HTTP app, then listens, runs the
 * schedule (and the demo simulator when no spec is given) and shuts down cleanly on SIGTERM/SIGINT.
 * `mlhealth serve` runs the same. Nothing else in the exporter wires parts together.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const annotations_1 = require("./annotations");
const api_1 = require("./api");
const cascade_1 = require("./cascade");
const io_1 = require("./cli/io");
const models_1 = require("./demo/models");
const simulator_1 = require("./demo/simulator");
const traffic_1 = require("./demo/traffic");
const engine_1 = require("./engine/engine");
const ingestService_1 = require("./engine/ingestService");
const references_1 = require("./engine/references");
const promqlSources_1 = require("./engine/promqlSources");
const exporterMetrics_1 = require("./metrics/exporterMetrics");
const app_1 = require("./server/app");
const listen_1 = require("./server/listen");
const preview_1 = require("./server/preview");
const security_1 = require("./security");
const durableState_1 = require("./store/durableState");
const store_1 = require("./store/store");
const sources_1 = require("./sources");
const spec_1 = require("./spec");
const named_1 = require("./whatif/named");
/**
 * The exporter package's directory and version: the nearest `package.json` above this file that is the
 * exporter's (`src/`, `dist/` and the benchmark's compiled copy sit at different depths).
 */
function exporterPackage() {
    let dir = __dirname;
    for (let depth = 0; depth < 5; depth++, dir = (0, node_path_1.dirname)(dir)) {
        try {
            const pkg = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name === '@mlhealth/exporter' && pkg.version !== undefined)
                return { dir, version: pkg.version };
        }
        catch {
            // no package.json at this level
        }
    }
    throw new Error(`exporterPackage: no package.json of @mlhealth/exporter above ${__dirname}`);
}
const PACKAGE = exporterPackage();
/** The demo's spec, `exporter/examples/demo.yaml`. */
exports.DEMO_SPEC_PATH = (0, node_path_1.join)(PACKAGE.dir, 'examples', 'demo.yaml');
/** The built Grafana panel (`grafana-plugin/dist`) the preview serves, unless `--preview-dir` says. */
exports.DEFAULT_PREVIEW_DIR = (0, node_path_1.join)(PACKAGE.dir, '..', 'grafana-plugin', 'dist');
/** The exporter's version, for `mlhealth_build_info`. */
function buildVersion() {
    return PACKAGE.version;
}
async function buildMonitors(loaded, durable, now, referenceTakenAt) {
    const monitors = new Map();
    for (const model of loaded.spec.models) {
        const reference = await (0, references_1.loadReferenceFile)(model, loaded.baseDir, referenceTakenAt);
        // From the store's checkpoint and log when there is one (docs/durability.md), else fresh.
        monitors.set(model.id, durable.restoreMonitor(model.id, reference, now));
    }
    return monitors;
}
/** The Grafana annotation pusher, or null without `--grafana-url`. Throws UsageError for bad settings. */
function grafanaPusher(options, store, log) {
    try {
        const target = (0, annotations_1.grafanaTargetFrom)({
            url: options.grafanaUrl,
            tokenFile: options.grafanaTokenFile,
            dashboardUid: options.grafanaDashboardUid,
            panelId: options.grafanaPanelId,
            env: process.env,
            readFile: (p) => (0, node_fs_1.readFileSync)(p, 'utf8'),
        });
        return target === null ? null : new annotations_1.GrafanaPusher(store, target, { log });
    }
    catch (err) {
        throw new io_1.UsageError(err.message);
    }
}
/**
 * Everything but listening and timers: tests build the exporter at a fixed clock and drive it. With
 * `dataDir` the state is restored from and persisted to the store there; without, it lives in memory.
 * @throws SpecError / SpecReadError for a bad spec; StoreError for a store that cannot be used;
 * UsageError for bad Grafana settings; Error for an unreadable reference file.
 */
async function buildExporter(options) {
    const clock = options.clock ?? (() => Date.now() / 1000);
    const log = options.log ?? ((line) => process.stderr.write(line + '\n'));
    const loaded = await (0, spec_1.loadSpecFile)(options.specPath ?? exports.DEMO_SPEC_PATH);
    const now = clock();
    const store = options.dataDir !== undefined ? (0, store_1.openStore)(options.dataDir, { now }) : (0, store_1.openMemoryStore)(now);
    try {
        return await buildOnStore(options, loaded, store, clock, log);
    }
    catch (err) {
        store.close();
        throw err;
    }
}
async function buildOnStore(options, loaded, store, clock, log) {
    const isDemo = options.specPath === undefined;
    const now = clock();
    const security = (0, security_1.buildSecurity)(options.security ?? security_1.DEFAULT_SECURITY_OPTIONS, options.maxBodyBytes, {
        env: options.securityEnv ?? {},
        readFile: (p) => (0, node_fs_1.readFileSync)(p, 'utf8'),
        clock,
    });
    const listenWarning = security.checkListen(options.host);
    if (listenWarning !== null)
        log(listenWarning);
    for (const w of (0, security_1.specLimitWarnings)(loaded.spec.models, security.limits))
        log(`mlhealth: ${w}`);
    const grafana = grafanaPusher(options, store, log);
    const durable = new durableState_1.DurableState(store, {
        spec: loaded.spec,
        specSha256: loaded.sha256,
        log,
        pushToGrafana: grafana !== null,
        onAnnotations: () => grafana?.notify(),
    });
    durable.recordSpec((0, node_fs_1.readFileSync)(loaded.file, 'utf8'), now);
    const monitors = await buildMonitors(loaded, durable, now, isDemo ? now - simulator_1.DEMO_REFERENCE_AGE_DAYS * 86400 : undefined);
    const sourceManager = loaded.spec.sources.length === 0
        ? null
        : new sources_1.SourceManager(loaded.spec, {
            clock,
            secrets: { env: process.env, readFile: (p) => (0, node_fs_1.readFileSync)(p, 'utf8') },
        });
    const sources = sourceManager === null ? null : new promqlSources_1.PromqlSources(loaded.spec, sourceManager);
    let metrics = null;
    const engine = new engine_1.Engine({
        spec: loaded.spec,
        sha256: loaded.sha256,
        monitors,
        cascade: { evaluate: cascade_1.evaluateCascade, scenarioImpacts: named_1.evaluateNamedScenarios },
        sources,
        log,
        onSnapshot: () => {
            void metrics?.prepare();
            durable.snapshotTaken(engine.snapshot());
        },
    });
    const ingest = new ingestService_1.IngestService(engine, clock, { maxEventsPerBatch: options.maxBatchEvents, ...(0, security_1.ingestLimitsFor)(security.limits) }, options.dataDir !== undefined ? durable : null);
    ingest.restoreAccepted(durable.acceptedEvents());
    const version = buildVersion();
    metrics = (0, exporterMetrics_1.createExporterMetrics)({
        spec: () => engine.spec,
        specSha256: () => engine.sha256,
        snapshot: () => engine.snapshot(),
        anomalyScores: () => engine.anomalyScores(),
        modelDetails: () => engine.modelDetails(),
        sourcesUp: () => engine.sourcesUp(),
        up: () => engine.up(),
        ingestTotals: () => ingest.totals(),
        scenarioImpacts: () => engine.scenarioImpacts(),
    }, { buildVersion: version, processMetrics: options.processMetrics });
    const preview = (0, preview_1.createPreviewRouter)({
        getSnapshot: () => engine.snapshot(),
        getHistory: () => engine.history(),
        getDetailHistory: () => engine.detailHistory(),
        getSpec: () => engine.spec,
        pluginDistDir: options.previewDir ?? exports.DEFAULT_PREVIEW_DIR,
    });
    const app = (0, app_1.createApp)({
        cascade: engine,
        ingest,
        metrics,
        maxBodyBytes: options.maxBodyBytes,
        log,
        preview,
        before: security.middlewares,
        guard: security.guard,
        live: (0, api_1.liveStateOf)(engine),
        routers: [
            (0, annotations_1.createAnnotationsRouter)(store, {
                clock,
                nodeExists: (id) => loaded.spec.nodes.some((n) => n.id === id),
                pushToGrafana: grafana !== null,
                onCreated: () => grafana?.notify(),
                guard: security.guard,
            }),
        ],
    });
    let demo = null;
    if (isDemo) {
        demo = {
            traffic: new traffic_1.DemoTraffic(models_1.DEMO_MODELS, options.demoSeed, now, options.demoTimeScale),
            startedAt: now,
            timeScale: options.demoTimeScale,
            seed: options.demoSeed,
        };
        await (0, simulator_1.setUpDemoModels)(ingest, loaded.spec.models, now);
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
/** Builds, listens, and starts the schedule (one tick a second) and the demo (a step every 250 ms). */
async function startExporter(options) {
    const built = await buildExporter(options);
    const log = options.log ?? ((line) => process.stderr.write(line + '\n'));
    const { createServer } = built.security;
    const listening = createServer === null
        ? await (0, listen_1.listen)(built.app, options.host, options.port)
        : await (0, security_1.listenHttps)(createServer(built.app), options.host, options.port);
    const ticker = setInterval(() => {
        built.engine.tick(built.clock());
        built.durable.tick(built.clock());
    }, 1000);
    ticker.unref();
    built.grafana?.start();
    const demo = built.demo !== null ? (0, simulator_1.runDemo)(built.demo.traffic, built.ingest, built.clock, 250, log) : null;
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
    const io = {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        env: process.env,
    };
    Promise.resolve().then(() => __importStar(require('./server/run'))).then(({ runExporter }) => runExporter(process.argv.slice(2), io))
        .then((code) => {
        process.exitCode = code;
    }, (err) => {
        const message = err instanceof io_1.UsageError
            ? err.message
            : err instanceof Error
                ? (err.stack ?? err.message)
                : String(err);
        process.stderr.write(`mlhealth: ${message}\n`);
        process.exitCode = 2;
    });
}
//# sourceMappingURL=main.js.map